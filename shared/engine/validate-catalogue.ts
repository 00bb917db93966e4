// Checks a catalogue before a workspace adopts it: formulas readable, references known,
// no cycles, units convertible, dimensions declared. Returns problems as sentences.
import type { Catalogue } from '../catalogue.js';
import { SITE_KEY } from '../dimensions.js';
import { unitPlaceholders, unitWithStandIn } from '../fuels.js';
import { isKnownUnit } from '../units.js';
import { compileFormula, formulaRefs, FormulaError } from './formula.js';

export function validateCatalogue(cat: Catalogue): string[] {
  const problems: string[] = [];
  const byCode = new Map(cat.metrics.map((m) => [m.code, m]));
  const dimKeys = new Set(cat.dimensions.map((d) => d.key));
  const seen = new Set<string>();
  const deps = new Map<string, string[]>();

  for (const m of cat.metrics) {
    if (seen.has(m.code)) problems.push(`${m.code}: listed twice`);
    seen.add(m.code);
    // "GJ/{fuel}": the unit of each fuel fills the placeholder, so the metric must carry that dimension.
    if (!isKnownUnit(unitWithStandIn(m.unit))) problems.push(`${m.code}: unit "${m.unit}" is not a known unit`);
    for (const key of unitPlaceholders(m.unit)) if (!m.dimensions.includes(key)) problems.push(`${m.code}: unit "${m.unit}" names dimension "${key}" it does not carry`);
    if (m.aliasOf) {
      const target = byCode.get(m.aliasOf.code);
      if (!target) problems.push(`${m.code}: alias of unknown metric ${m.aliasOf.code}`);
      else if (Object.keys(m.aliasOf.dims).some((k) => !target.dimensions.includes(k))) problems.push(`${m.code}: alias dimensions are not those of ${m.aliasOf.code}`);
    }
    if (m.asPublished && m.kind !== 'derived') problems.push(`${m.code}: only a derived total is entered "as published"`);
    for (const d of [...m.dimensions, ...(m.breakdown ?? [])]) {
      if (d !== SITE_KEY && !dimKeys.has(d)) problems.push(`${m.code}: dimension "${d}" is not declared`);
    }
    if (m.kind !== 'derived') {
      if (m.formula) problems.push(`${m.code}: only derived metrics have a formula`);
      continue;
    }
    if (!m.formula) {
      problems.push(`${m.code}: a derived metric needs a formula`);
      continue;
    }
    try {
      const refs = formulaRefs(compileFormula(m.formula));
      deps.set(m.code, refs);
      for (const r of refs) if (!byCode.has(r)) problems.push(`${m.code}: formula uses unknown metric ${r}`);
    } catch (e) {
      problems.push(`${m.code}: ${e instanceof FormulaError ? e.message : String(e)}`);
    }
  }

  // Depth-first search for cycles among derived metrics.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (code: string, path: string[]): void => {
    if (state.get(code) === 'done') return;
    if (state.get(code) === 'open') {
      problems.push(`circular formulas: ${[...path, code].join(' → ')}`);
      return;
    }
    state.set(code, 'open');
    for (const d of deps.get(code) ?? []) visit(d, [...path, code]);
    state.set(code, 'done');
  };
  for (const code of deps.keys()) visit(code, []);
  return problems;
}
