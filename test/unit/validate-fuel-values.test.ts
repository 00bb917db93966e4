// The value validator on fuels, totals entered as published and "not disclosed": a fuel's row is
// in that fuel's unit, natural gas given as a fuel lands where natural gas is kept, a total
// marked `as_published` may be typed, and "ND" is not "NA".
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { indexMetrics } from '../../shared/catalogue.js';
import { renderMessage } from '../../shared/i18n/messages.js';
import { validateValue, type ValueCandidate, type ValueContext } from '../../shared/io/validate-value.js';

const cat = loadTemplateCatalogue();
const ctx: ValueContext = { metrics: indexMetrics(cat.metrics), dimensions: cat.dimensions, sites: new Set(['hk']) };
const OPTS = { numberForm: 'csv', reasonPlace: 'note_column' } as const;
const check = (over: Partial<ValueCandidate>) => validateValue({ metric: 'energy.fuel', year: '2024', dims: '', value: '5', unit: '', ...over }, ctx, OPTS);

describe('validating fuel rows', () => {
  it('converts a fuel row to that fuel\'s unit: petrol to litres, pellets to tonnes', () => {
    expect(check({ dims: 'fuel=petrol', value: '8.5', unit: 'm³' })).toMatchObject({ ok: true, value: { value: 8_500, metric: 'energy.fuel', dims: { fuel: 'petrol' } } });
    expect(check({ dims: 'fuel=biomass_pellets', value: '120,000', unit: 'kg' })).toMatchObject({ ok: true, value: { value: 120 } });
    expect(check({ metric: 'factor.fuel_ef', dims: 'fuel=petrol', value: '2.36', unit: 'kgCO2e/L' })).toMatchObject({ ok: true, value: { value: 0.00236 } });
  });

  it('refuses a fuel row without its fuel, or in a unit of another quantity', () => {
    const r = check({ dims: '', value: '5', unit: 't' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(renderMessage('en', r.problem)).toContain('fuel');
    const wrong = check({ dims: 'fuel=petrol', value: '5', unit: 'MWh' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(renderMessage('en', wrong.problem)).toContain('L');
  });

  it('keeps natural gas and diesel given as fuels under their own codes', () => {
    expect(check({ dims: 'fuel=natural_gas;site=hk', value: '1,000', unit: 'm³' })).toMatchObject({ ok: true, value: { metric: 'energy.natural_gas', dims: { site: 'hk' }, value: 1_000 } });
    expect(check({ metric: 'factor.fuel_ncv', dims: 'fuel=diesel', value: '42.652', unit: 'GJ/t' })).toMatchObject({ ok: true, value: { metric: 'factor.diesel_ncv', dims: {} } });
  });

  it('takes a total entered as published, and still refuses other derived metrics', () => {
    expect(check({ metric: 'ghg.scope1', value: '0.21', unit: '萬tCO2e' })).toMatchObject({ ok: true, value: { value: 2_100, enteredValue: '0.21' } });
    expect(check({ metric: 'ghg.scope3_total', value: '1,234.5' })).toMatchObject({ ok: true });
    expect(check({ metric: 'ghg.scope12_intensity', value: '9.98' }).ok).toBe(false);
  });

  it('reads ND as "not disclosed" and NA as "not applicable", both with their reason', () => {
    expect(check({ metric: 'waste.hazardous', value: 'ND', naReason: 'not collected' })).toMatchObject({ ok: true, value: { value: null, naReason: 'not collected', notDisclosed: true } });
    expect(check({ metric: 'waste.hazardous', value: '未披露', naReason: '未有收集' })).toMatchObject({ ok: true, value: { notDisclosed: true } });
    expect(check({ metric: 'energy.heat', value: 'NA', naReason: 'none used' })).toMatchObject({ ok: true, value: { value: null, notDisclosed: false } });
    expect(check({ metric: 'waste.hazardous', value: 'ND', naReason: '' }).ok).toBe(false);
  });
});
