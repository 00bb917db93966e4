// An API error as the user reads it: codes with a string of their own (edition_published,
// check_errors) are worded in the UI language from their parameters; others keep the message.
import { hasString, type StringKey } from '../../shared/i18n/strings.js';
import { ApiCallError } from './api.js';
import type { I18n } from './i18n.js';
import type { Lang } from '../../shared/domain.js';
import { renderMessage } from '../../shared/i18n/messages.js';

export function errorText(e: unknown, t: I18n['t'], lang: Lang = 'en'): string {
  if (e instanceof ApiCallError) {
    const key = `error.${e.error.code}`;
    if (hasString(key)) {
      const head = t(key as StringKey, e.error.params ?? {});
      return e.error.code === 'check_errors' ? [head, ...(e.error.issues ?? []).map((i) => (i.text ? renderMessage(lang, i.text) : i.message))].join('\n') : head;
    }
    // A refusal that carries its message code (review.*, signoff.*): worded in the UI language.
    if (e.error.key && hasString(e.error.key)) return t(e.error.key, e.error.params ?? {});
    // A message that is itself a string code (framework.*) is worded in the UI language.
    if (hasString(e.error.message)) return t(e.error.message as StringKey, e.error.params ?? {});
    // A refusal whose every reason is a string code (block.governance.*): those reasons, worded.
    const issues = e.error.issues ?? [];
    if (issues.length > 0 && issues.every((i) => hasString(i.message))) return [...new Set(issues.map((i) => t(i.message as StringKey, e.error.params ?? {})))].join(' ');
  }
  return (e as Error).message;
}
