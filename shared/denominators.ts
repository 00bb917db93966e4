// Intensities per the denominators a company chooses. Every intensity of the catalogue is per
// person (÷ workforce.total); a company may add revenue, production output, floor area or a
// denominator of its own (an entered metric), and each intensity then also exists per each of
// them, as a derived metric of its own (`ghg.scope12_intensity.per_revenue`), so that KPI
// tables, targets, the annex and the trace treat it like any other metric. Pure: the workspace
// service writes what this returns into the workspace catalogue.
import type { MetricDef } from './catalogue.js';
import { unitLabel } from './report/format.js';

/** The denominator every intensity of the catalogue is written with. */
export const PER_PERSON = 'workforce.total';
const PER_PERSON_TAIL = /\/\s*workforce\.total\s*$/u;
const GENERATED = /\.per_[a-z0-9_]+$/u;

/** How a report says "per <denominator>", for the shipped ones; others are built from name and unit. */
const PHRASES: Record<string, { zh: string; en: string }> = {
  'denominator.revenue': { zh: '每百萬港元收入', en: 'per million HKD revenue' },
  'denominator.production': { zh: '每單位產品', en: 'per unit produced' },
  'denominator.production_t': { zh: '每噸產品', en: 'per tonne of product' },
  'denominator.floor_area': { zh: '每平方米樓面面積', en: 'per m² of floor area' },
};

/** An intensity the catalogue writes per person: its formula ends in ÷ workforce.total. */
export function isPerPersonIntensity(m: MetricDef): boolean {
  return m.kind === 'derived' && !GENERATED.test(m.code) && m.unit.endsWith('/person') && PER_PERSON_TAIL.test(m.formula ?? '');
}

/** Whether a metric is an intensity made for a chosen denominator (removed when it is dropped). */
export function isGeneratedIntensity(code: string): boolean {
  return GENERATED.test(code);
}

/** A metric can serve as a denominator: entered, additive, a quantity (not a rate or a factor). */
export function canBeDenominator(m: MetricDef): boolean {
  return m.kind === 'entered' && m.aggregation === 'sum' && !m.unit.includes('/') && m.unit !== '%';
}

/** `revenue` for denominator.revenue, `office_floor_area` for office.floor_area. */
export function denominatorSuffix(code: string): string {
  return code.startsWith('denominator.') ? code.slice('denominator.'.length) : code.replaceAll('.', '_');
}

/** The code a user may shorten: `revenue` stands for denominator.revenue. */
export function denominatorCode(text: string): string {
  return text.includes('.') ? text : `denominator.${text}`;
}

export function perPhrase(denominator: MetricDef): { zh: string; en: string } {
  const known = PHRASES[denominator.code];
  if (known) return known;
  return {
    zh: `每${unitLabel(denominator.unit, 'zh-Hant')}${denominator.nameZh}`,
    en: `per ${unitLabel(denominator.unit, 'en')} of ${denominator.nameEn.toLowerCase()}`,
  };
}

/** The intensity `base` (per person) per `denominator` instead: same numerator, same references. */
export function intensityPer(base: MetricDef, denominator: MetricDef): MetricDef {
  const per = perPhrase(denominator);
  const numerator = base.unit.slice(0, -'/person'.length);
  const nameZh = base.nameZh.startsWith('人均') ? `${per.zh}${base.nameZh.slice(2)}` : `${base.nameZh}(${per.zh})`;
  const nameEn = / per person/u.test(base.nameEn) ? base.nameEn.replace(/ per person/u, ` ${per.en}`) : `${base.nameEn} (${per.en})`;
  return {
    code: `${base.code}.per_${denominatorSuffix(denominator.code)}`,
    nameZh,
    nameEn,
    unit: `${numerator}/${denominator.unit}`,
    unitLabelZh: `${per.zh}${unitLabel(numerator, 'zh-Hant')}`,
    unitLabelEn: `${unitLabel(numerator, 'en')} ${per.en}`,
    kind: 'derived',
    aggregation: 'none',
    area: base.area,
    owner: base.owner,
    dimensions: [],
    hkex: [...base.hkex],
    sasb: [],
    partd: [...base.partd],
    // Per million of revenue or per unit produced the figures are small: four places.
    decimals: Math.max(base.decimals, 4),
    formula: (base.formula ?? '').replace(PER_PERSON_TAIL, `/ ${denominator.code}`),
  };
}

/** Every generated intensity the chosen denominators call for, each after its base. */
export function intensitiesFor(metrics: readonly MetricDef[], denominators: readonly string[]): { metric: MetricDef; after: string }[] {
  const byCode = new Map(metrics.map((m) => [m.code, m]));
  const bases = metrics.filter(isPerPersonIntensity);
  const out: { metric: MetricDef; after: string }[] = [];
  for (const code of denominators) {
    const d = byCode.get(code);
    if (!d || code === PER_PERSON) continue;
    for (const b of bases) out.push({ metric: intensityPer(b, d), after: b.code });
  }
  return out;
}

/**
 * KPI table rows with, after each per-person intensity, the same intensity per each chosen
 * denominator (unless the table lists it already): a table written before a denominator was
 * chosen shows it without being edited.
 */
export function withChosenIntensities<R extends { metric: string; dims: Readonly<Record<string, string>> }>(
  rows: readonly R[],
  denominators: readonly string[],
  exists: (code: string) => boolean,
): R[] {
  const listed = new Set(rows.map((r) => r.metric));
  const out: R[] = [];
  for (const r of rows) {
    out.push(r);
    if (Object.keys(r.dims).length || isGeneratedIntensity(r.metric)) continue;
    for (const d of denominators) {
      const code = `${r.metric}.per_${denominatorSuffix(d)}`;
      if (d === PER_PERSON || listed.has(code) || !exists(code)) continue;
      listed.add(code);
      out.push({ ...r, metric: code, label_zh: undefined, label_en: undefined });
    }
  }
  return out;
}
