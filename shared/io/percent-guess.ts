// A share typed as a fraction: 0.35 in a column of percentages whose last year read 35. A
// spreadsheet that formats 35% shows it but holds 0.35, and that is what a copy gives; the
// grid asks which was meant instead of saving a share a hundred times too small.
import { trimBinaryNoise } from '../units.js';

/**
 * The percentage a typed number probably meant (35 for 0.35), or null when nothing looks
 * wrong: only for a metric in %, a typed value strictly between 0 and 1, and a prior-year value
 * of at least 1 (a share that was already below 1% last year may well be 0.35% now).
 */
export function percentMeant(unit: string, typed: number, prior: number | null): number | null {
  if (unit !== '%' || prior === null || !(prior >= 1)) return null;
  if (!(typed > 0 && typed < 1)) return null;
  return trimBinaryNoise(typed * 100);
}
