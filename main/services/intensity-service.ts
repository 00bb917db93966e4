// The intensities per the denominators a company chose (profile `intensityDenominators`): one
// derived metric per intensity and denominator in the workspace catalogue, written when the
// choice changes and removed when a denominator is dropped (unless a target follows one).
import { canBeDenominator, intensitiesFor, isGeneratedIntensity } from '../../shared/denominators.js';
import type { Workspace } from '../store/workspace.js';
import { CompanyError } from './company-error.js';

/** Refuses a code that is no metric, or no quantity to divide by (a rate, a factor, a derived KPI). */
export function checkDenominators(ws: Workspace, codes: readonly string[]): void {
  const byCode = new Map(ws.catalogue.metrics().map((m) => [m.code, m]));
  codes.forEach((code, i) => {
    const m = byCode.get(code);
    const issues = [{ path: `intensityDenominators.${i}`, message: m ? 'company.denominator_not_quantity' : 'company.denominator_unknown' }];
    if (!m) throw new CompanyError('validation', 'company.denominator_unknown', { code }, issues);
    if (!canBeDenominator(m)) throw new CompanyError('validation', 'company.denominator_not_quantity', { code }, issues);
  });
}

/** Makes the catalogue's generated intensities those of `codes`; inside the caller's transaction. */
export function syncIntensities(ws: Workspace, codes: readonly string[]): void {
  const metrics = ws.catalogue.metrics();
  const wanted = intensitiesFor(metrics, codes);
  const keep = new Set(wanted.map((w) => w.metric.code));
  const targets = ws.targets.list();
  for (const m of metrics) {
    if (!isGeneratedIntensity(m.code) || keep.has(m.code)) continue;
    const t = targets.find((x) => x.metric === m.code);
    if (t) throw new CompanyError('validation', 'company.denominator_in_target', { target: t.code, metric: m.code }, [{ path: 'intensityDenominators', message: 'company.denominator_in_target' }]);
    ws.catalogue.deleteMetric(m.code);
  }
  for (const { metric, after } of wanted) ws.catalogue.putMetric(metric, ws.catalogue.sortOf(after) ?? metrics.length);
}
