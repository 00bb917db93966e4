// A finding is made from a message code with parameters (shared/i18n/messages.ts); its
// `message` is the English wording, kept for logs and older readers. The edges (CLI, UI) word
// it again in their language with `findingText`.
import type { Finding, Severity } from '../checks.js';
import type { Lang } from '../domain.js';
import { dimsFromKey, type Dims } from '../dimensions.js';
import { renderMessage, type Message } from '../i18n/messages.js';

export function finding(severity: Severity, rule: string, metric: string, year: number, text: Message, extra: Pick<Finding, 'part' | 'basis' | 'sectionId'> = {}): Finding {
  return { severity, rule, metric, year, text, message: renderMessage('en', text), ...extra };
}

/** The finding worded in `lang`. */
export function findingText(lang: Lang, f: Pick<Finding, 'text' | 'message'>): string {
  return f.text ? renderMessage(lang, f.text) : f.message;
}

/** The code and parameters a reader (`check --json`) can match on; a basis finding names its own key. */
export function findingCode(f: Pick<Finding, 'text'>): { code: string; params: Record<string, unknown> } {
  if (f.text.code === 'check.basis') return { code: f.text.params.key, params: f.text.params.params };
  return { code: f.text.code, params: f.text.params as Record<string, unknown> };
}

/**
 * The grid cell a finding is about, for a jump to it: its metric and, when the finding names
 * one, its breakdown (null: the metric's total, or its first row). Null for a finding about
 * no metric (a section, an HKEX item).
 */
export function findingCell(f: Pick<Finding, 'metric' | 'text'>): { metric: string; dims: Dims | null } | null {
  if (!f.metric) return null;
  const params = f.text?.params as { dims?: unknown } | undefined;
  return { metric: f.metric, dims: typeof params?.dims === 'string' ? dimsFromKey(params.dims) : null };
}
