// The fields an import changes in one value, as a user reads them ("note: (none) → metered"),
// in either language. The import screen and the CLI print the same words.
import type { Lang } from '../domain.js';
import { translate } from '../i18n/strings.js';
import type { ChangeField } from './merge-import.js';

export interface FieldValues {
  value: number | null;
  naReason: string | null;
  unit: string | null;
  note: string | null;
  source: string | null;
  footnoteZh?: string | null;
  footnoteEn?: string | null;
  estimated: boolean;
}

export function describeField(lang: Lang, field: ChangeField, v: FieldValues | null, formatNumber: (n: number) => string): string {
  const none = translate(lang, 'import.empty');
  if (v === null) return none;
  switch (field) {
    case 'value':
      return v.value !== null ? formatNumber(v.value) : v.naReason !== null ? `NA (${v.naReason})` : none;
    case 'unit':
      return v.unit ?? none;
    case 'note':
      return v.note ?? none;
    case 'source':
      return v.source ?? none;
    case 'footnote':
      return [v.footnoteZh, v.footnoteEn].filter(Boolean).join(' / ') || none;
    case 'estimated':
      return translate(lang, v.estimated ? 'import.yes' : 'import.no');
  }
}

/** One line per changed field: `note: (none) → metered`. */
export function describeChanges(lang: Lang, fields: readonly ChangeField[], old: FieldValues | null, next: FieldValues, formatNumber: (n: number) => string): string[] {
  return fields.map((f) =>
    translate(lang, 'import.fieldChange', { field: translate(lang, `import.field.${f}`), old: describeField(lang, f, old, formatNumber), new: describeField(lang, f, next, formatNumber) }),
  );
}
