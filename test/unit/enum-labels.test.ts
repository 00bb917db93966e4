// One label per enum value and language: every value of each enum has exactly one label in
// each language, the screens read the same words as the DOCX and the XLSX annex, and no two
// values of one enum share a label.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/domain.js';
import { CLIMATE_CATEGORIES, HORIZONS } from '../../shared/report/register.js';
import { ENUM_LABELS } from '../../shared/enum-labels.js';
import { ROLES, VALUE_STATES } from '../../shared/review/people.js';
import { translate, type StringKey } from '../../shared/i18n/strings.js';
import { STATUS_LABELS, TARGET_TYPE_LABELS } from '../../main/export/labels.js';
import { CLIMATE_CATEGORY, HORIZON, RISK_TYPE } from '../../main/export/docx/labels.js';

const VALUES: { [K in keyof typeof ENUM_LABELS]: readonly string[] } = {
  targetStatus: ['achieved', 'on_track', 'off_track', 'no_data', 'not_started', 'qualitative'],
  targetType: ['reduction_pct', 'absolute', 'share_pct'],
  climateType: ['risk', 'opportunity'],
  climateCategory: [...new Set([...CLIMATE_CATEGORIES.risk, ...CLIMATE_CATEGORIES.opportunity])],
  horizon: HORIZONS,
  role: ROLES,
  valueState: VALUE_STATES,
};

describe('enum labels', () => {
  it.each(Object.entries(ENUM_LABELS))('%s: every value has exactly one label per language, none shared', (name, table) => {
    const values = VALUES[name as keyof typeof VALUES];
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const lang of LANGS) {
      const labels = values.map((v) => (table as Record<string, Record<string, string>>)[v]?.[lang]);
      for (const l of labels) expect(l).toMatch(/\S/);
      expect(new Set(labels).size).toBe(labels.length);
    }
    for (const v of values) expect(Object.keys((table as Record<string, object>)[v] ?? {}).sort()).toEqual([...LANGS].sort());
  });

  it('gives the screens, the DOCX and the XLSX annex the same words', () => {
    const ui = (prefix: string, table: Record<string, Record<string, string>>) => {
      for (const [v, l] of Object.entries(table)) for (const lang of LANGS) expect(translate(lang, `${prefix}.${v}` as StringKey), `${prefix}.${v}`).toBe(l[lang]);
    };
    ui('targets.status', ENUM_LABELS.targetStatus);
    ui('edit.cat', ENUM_LABELS.climateCategory);
    ui('edit.type', ENUM_LABELS.climateType);
    ui('edit.horizon', ENUM_LABELS.horizon);
    ui('targetsEdit.type', ENUM_LABELS.targetType);
    expect(STATUS_LABELS).toBe(ENUM_LABELS.targetStatus);
    expect(TARGET_TYPE_LABELS).toBe(ENUM_LABELS.targetType);
    expect(CLIMATE_CATEGORY).toBe(ENUM_LABELS.climateCategory);
    expect(RISK_TYPE).toBe(ENUM_LABELS.climateType);
    expect(HORIZON).toBe(ENUM_LABELS.horizon);
    expect(translate('zh-Hant', 'edit.cat.policy_legal')).toBe('政策及法規');
  });
});
