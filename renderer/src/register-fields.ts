// The fields of each register's form, in the order shown: what the generic register modal
// renders and how a form value becomes a row (lists are typed one per line).
import type { EditableRegister } from '../../shared/api/contract.js';
import type { StringKey } from '../../shared/i18n/strings.js';
import { CLIMATE_CATEGORIES, HORIZONS, QUALITATIVE_CATEGORIES } from '../../shared/report/register.js';
import { YEAR_MAX, YEAR_MIN } from '../../shared/years.js';

export interface FieldSpec {
  name: string;
  label: StringKey;
  kind: 'text' | 'textarea' | 'lines' | 'number' | 'select' | 'multi';
  lang?: 'zh-Hant' | 'en';
  options?: (values: Record<string, unknown>) => { value: string; label: StringKey | string }[];
  min?: number;
  max?: number;
  step?: number;
  /** Set when the row is created; its key afterwards. */
  key?: boolean;
}

const zh = 'zh-Hant' as const;
const en = 'en' as const;
const text = (name: string, label: StringKey, lang?: 'zh-Hant' | 'en'): FieldSpec => ({ name, label, kind: 'text', lang });
const area = (name: string, label: StringKey, lang: 'zh-Hant' | 'en'): FieldSpec => ({ name, label, kind: 'textarea', lang });
const lines = (name: string, label: StringKey, lang: 'zh-Hant' | 'en'): FieldSpec => ({ name, label, kind: 'lines', lang });

export const REGISTER_FIELDS: Record<EditableRegister, FieldSpec[]> = {
  topics: [
    text('nameZh', 'edit.nameZh', zh),
    text('nameEn', 'edit.nameEn', en),
    { name: 'category', label: 'registers.category', kind: 'select', options: () => ['E', 'S', 'G'].map((c) => ({ value: c, label: c })) },
    { name: 'businessScore', label: 'registers.businessScore', kind: 'number', min: 0, max: 10, step: 0.1 },
    { name: 'stakeholderScore', label: 'registers.stakeholderScore', kind: 'number', min: 0, max: 10, step: 0.1 },
  ],
  stakeholders: [
    text('groupZh', 'edit.groupZh', zh),
    text('groupEn', 'edit.groupEn', en),
    lines('expectationsZh', 'edit.expectationsZh', zh),
    lines('expectationsEn', 'edit.expectationsEn', en),
    lines('channelsZh', 'edit.channelsZh', zh),
    lines('channelsEn', 'edit.channelsEn', en),
  ],
  climate: [
    { name: 'type', label: 'registers.type', kind: 'select', options: () => (['risk', 'opportunity'] as const).map((v) => ({ value: v, label: `edit.type.${v}` as const })) },
    {
      name: 'category',
      label: 'registers.category',
      kind: 'select',
      options: (v) => CLIMATE_CATEGORIES[v['type'] === 'opportunity' ? 'opportunity' : 'risk'].map((c) => ({ value: c, label: `edit.cat.${c}` as const })),
    },
    text('titleZh', 'edit.titleZh', zh),
    text('titleEn', 'edit.titleEn', en),
    area('descriptionZh', 'edit.descriptionZh', zh),
    area('descriptionEn', 'edit.descriptionEn', en),
    area('impactsZh', 'edit.impactsZh', zh),
    area('impactsEn', 'edit.impactsEn', en),
    area('financialEffectZh', 'edit.financialZh', zh),
    area('financialEffectEn', 'edit.financialEn', en),
    { name: 'horizons', label: 'edit.horizons', kind: 'multi', options: () => HORIZONS.map((h) => ({ value: h, label: `edit.horizon.${h}` as const })) },
    { name: 'likelihood', label: 'edit.likelihood', kind: 'number', min: 1, max: 5, step: 1 },
    { name: 'impact', label: 'edit.impact', kind: 'number', min: 1, max: 5, step: 1 },
    lines('responsesZh', 'edit.responsesZh', zh),
    lines('responsesEn', 'edit.responsesEn', en),
  ],
  qualitativeTargets: [
    { name: 'code', label: 'edit.code', kind: 'text', key: true },
    { name: 'category', label: 'registers.category', kind: 'select', options: () => QUALITATIVE_CATEGORIES.map((c) => ({ value: c, label: `edit.qcat.${c}` as const })) },
    text('titleZh', 'edit.titleZh', zh),
    text('titleEn', 'edit.titleEn', en),
    area('statusZh', 'edit.statusZh', zh),
    area('statusEn', 'edit.statusEn', en),
    { name: 'targetYear', label: 'edit.targetYear', kind: 'number', min: YEAR_MIN, max: YEAR_MAX, step: 1 },
  ],
};

/** A stored row as form values: lists as lines of text. */
export function toFormValues(kind: EditableRegister, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const f of REGISTER_FIELDS[kind]) if (f.kind === 'lines') out[f.name] = ((row[f.name] as string[] | undefined) ?? []).join('\n');
  return out;
}

/** Form values as the row the API gets: lines split, blank lines dropped; the rest as typed (the server validates). */
export function toRow(kind: EditableRegister, base: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = { ...base };
  for (const f of REGISTER_FIELDS[kind]) {
    const v = values[f.name];
    if (f.kind === 'lines') row[f.name] = String(v ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
    else if (f.kind === 'number') row[f.name] = v === undefined || v === '' ? null : v;
    else if (v !== undefined) row[f.name] = f.kind === 'multi' ? v : (v ?? '');
  }
  return row;
}

/** A new row's id: unique enough within one workspace, and matching the ids' pattern. */
export const newRowId = (kind: EditableRegister) => `${kind === 'topics' ? 'topic' : kind === 'stakeholders' ? 'group' : 'climate'}-${Date.now().toString(36)}`;
