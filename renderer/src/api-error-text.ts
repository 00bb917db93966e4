// An API refusal in the UI's language: a message code with parameters when the back end gave
// one (company set-up), else its text; and each field's reason, translated where it is a code.
import type { ApiError } from '../../shared/api/result.js';
import { hasString, translate } from '../../shared/i18n/strings.js';
import type { Lang } from '../../shared/domain.js';
import { ApiCallError } from './api.js';

export function errorText(lang: Lang, e: unknown): string {
  const err: ApiError | undefined = e instanceof ApiCallError ? e.error : undefined;
  if (err?.key && hasString(err.key)) return translate(lang, err.key, err.params ?? {});
  if (err?.issues?.length) return err.issues.map((i) => issueText(lang, i.message, err.params)).join(' ');
  return (e as Error).message;
}

export function issueText(lang: Lang, message: string, params: Record<string, string | number> = {}): string {
  return hasString(message) ? translate(lang, message, params) : message;
}

/** Field path → reason, for antd Form.setFields. */
export function fieldErrors(lang: Lang, e: unknown): { name: string; errors: string[] }[] {
  const err = e instanceof ApiCallError ? e.error : undefined;
  const byField = new Map<string, string[]>();
  for (const i of err?.issues ?? []) {
    const name = i.path.split('.')[0] ?? '';
    if (!name) continue;
    byField.set(name, [...(byField.get(name) ?? []), issueText(lang, i.message, err?.params)]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}
