// How an imported value meets the stored one: the file's value (number or NA) always wins,
// but a note, source, estimated flag or entered unit the file does not give (an empty cell)
// is kept from the stored value, so an import never wipes what was typed in the grid. A
// department workbook names itself as the source only of values it brings or changes, and
// a workbook returned untouched changes nothing at all.
import type { StoredValue, ValueInput } from '../domain.js';
import { convertToCanonical, isWaterMetric, normalizeUnitText } from '../units.js';

/** Which optional fields a row of the file gave (a non-empty cell); the value is always given. */
export interface GivenFields {
  note: boolean;
  source: boolean;
  estimated: boolean;
  unit: boolean;
  /** The report footnotes (optional data-package columns); absent for media without them. */
  footnoteZh?: boolean;
  footnoteEn?: boolean;
}

/** The fields a preview lists as changing. */
export const CHANGE_FIELDS = ['value', 'unit', 'note', 'source', 'footnote', 'estimated'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

export const ALL_GIVEN: GivenFields = { note: true, source: true, estimated: true, unit: true };

export interface ImportedValue {
  input: ValueInput;
  given: GivenFields;
  /** A source used only where the value is new or changed and none is stored (a workbook's name). */
  fallbackSource?: string | null;
}

const hasValue = (v: StoredValue | null | undefined): v is StoredValue => !!v && (v.value !== null || v.naReason !== null);

const sameUnit = (a: string, b: string) => normalizeUnitText(a) === normalizeUnitText(b);

/** The value as it will be written: the file's fields where given, the stored ones elsewhere. */
export function mergeImported(stored: StoredValue | null | undefined, imp: ImportedValue, canonicalUnit: string): ValueInput {
  const { input, given } = imp;
  if (!stored) return { ...input, source: given.source ? input.source : (imp.fallbackSource ?? input.source) };
  const sameValue = hasValue(stored) && stored.value === input.value && stored.naReason === input.naReason;
  let enteredValue = input.enteredValue;
  let enteredUnit = input.enteredUnit;
  if (input.value === null) {
    enteredUnit = null;
  } else if (sameValue && (!given.unit || sameUnit(input.enteredUnit ?? canonicalUnit, stored.enteredUnit ?? canonicalUnit))) {
    // The same number in the same unit (a workbook shows it in the canonical unit): as it was typed.
    enteredValue = stored.enteredValue;
    enteredUnit = stored.enteredUnit;
  } else if (!given.unit && stored.enteredUnit !== null) {
    // A new number in the canonical unit, kept in the unit the value was entered in.
    const back = convertToCanonical(input.value, canonicalUnit, stored.enteredUnit, { water: isWaterMetric(input.metric) });
    if (back.ok) {
      enteredValue = String(back.value);
      enteredUnit = stored.enteredUnit;
    }
  }
  const fallback = sameValue ? null : (imp.fallbackSource ?? null);
  return {
    ...input,
    enteredValue,
    enteredUnit,
    note: given.note ? input.note : stored.note,
    source: given.source ? input.source : (stored.source ?? fallback),
    footnoteZh: given.footnoteZh ? (input.footnoteZh ?? null) : (stored.footnoteZh ?? null),
    footnoteEn: given.footnoteEn ? (input.footnoteEn ?? null) : (stored.footnoteEn ?? null),
    estimated: given.estimated ? input.estimated : stored.estimated,
  };
}

/** The fields in which `next` differs from what is stored (every given field of a new value). */
export function changedFields(stored: StoredValue | null | undefined, next: ValueInput): ChangeField[] {
  const before = stored ?? null;
  const out: ChangeField[] = [];
  if (!hasValue(before) || before.value !== next.value || before.naReason !== next.naReason) out.push('value');
  if ((before?.enteredUnit ?? null) !== next.enteredUnit) out.push('unit');
  if ((before?.note ?? null) !== next.note) out.push('note');
  if ((before?.source ?? null) !== next.source) out.push('source');
  if ((before?.footnoteZh ?? null) !== (next.footnoteZh ?? null) || (before?.footnoteEn ?? null) !== (next.footnoteEn ?? null)) out.push('footnote');
  if ((before?.estimated ?? false) !== next.estimated) out.push('estimated');
  return out;
}
