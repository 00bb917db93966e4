// Every unit of the catalogue (the template's and a workspace's own) reads one way per
// language on every screen and in every document: one label each, Chinese without English words.
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { UNIT_LABELS, unitLabel, unitSuffix } from '../../shared/unit-labels.js';
import { formatValue } from '../../shared/report/format.js';
import { LANGS } from '../../shared/domain.js';

const { metrics } = loadTemplateCatalogue();
const units = [...new Set(metrics.map((m) => m.unit))];
const { dimensions } = loadTemplateCatalogue();
const fuelUnits = (dimensions.find((d) => d.key === 'fuel')?.values ?? []).map((v) => v.unit as string);

describe('unit labels', () => {
  it.each(units)('%s has exactly one label in each language', (unit) => {
    const labels = UNIT_LABELS[unit];
    expect(labels, `no label for unit "${unit}"`).toBeDefined();
    expect(Object.keys(labels ?? {}).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) if (unit !== '') expect(labels?.[lang]).not.toBe('');
  });

  it('gives Chinese labels without English words (PB is the symbol of a petabyte)', () => {
    for (const unit of units) expect(unitLabel(unit, 'zh-Hant').replace(/PB/g, ''), unit).not.toMatch(/[A-Za-z]/);
  });

  it('labels each unit a fuel row resolves to ("GJ/{fuel}" of petrol is GJ/L), in Chinese without English', () => {
    expect(fuelUnits.length).toBeGreaterThan(5);
    const resolved = units.flatMap((u) => (u.includes('{fuel}') ? fuelUnits.map((f) => u.replace('{fuel}', f)) : []));
    expect(resolved).toContain('tCO2e/L');
    for (const unit of resolved) expect(unitLabel(unit, 'zh-Hant'), unit).not.toMatch(/[A-Za-z]/);
    expect(unitLabel('tCO2e/L', 'zh-Hant')).toBe('噸二氧化碳當量/升');
    expect(unitLabel('tCO2e/L', 'en')).toBe('tCO2e/L');
    expect(unitLabel('L', 'zh-Hant')).toBe('升');
  });

  it('says persons, counts and hours in Chinese', () => {
    expect(unitLabel('persons', 'zh-Hant')).toBe('人');
    expect(unitLabel('count', 'zh-Hant')).toBe('個');
    expect(unitLabel('hours', 'zh-Hant')).toBe('小時');
    expect(unitLabel('persons', 'en')).toBe('persons');
  });

  it('prints counts bare after a figure in the report, with its unit otherwise', () => {
    expect(unitSuffix('count', 'zh-Hant')).toBe('');
    expect(formatValue(12, { code: 'product.complaints', unit: 'count', decimals: 0 }, 'zh-Hant').unit).toBe('');
    expect(formatValue(120, { code: 'training.hours', unit: 'hours', decimals: 0 }, 'zh-Hant').unit).toBe('小時');
  });
});
