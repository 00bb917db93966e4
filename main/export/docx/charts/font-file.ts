// Charts are drawn to SVG and rasterised to a PNG fallback with resvg, which draws no text at
// all without font files. The app ships its two chart fonts (assets/fonts): Liberation Sans
// for Latin text and Droid Sans Fallback (4 MB) for CJK, used on every machine so that the
// same workspace gives the same PNG bytes everywhere. A 16–20 MB system CJK collection would
// also work but costs resvg about a second per chart. ESG_CHART_FONT overrides the CJK font.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ROOT } from '../../../paths.js';

const FONT_DIR = join(APP_ROOT, 'assets', 'fonts');
export const BUNDLED_LATIN = join(FONT_DIR, 'LiberationSans-Regular.ttf');
export const BUNDLED_CJK = join(FONT_DIR, 'DroidSansFallbackFull.ttf');
/** Family name resvg uses first; characters it lacks fall back to the CJK font. */
export const LATIN_FAMILY = 'Liberation Sans';

export interface ChartFonts {
  /** A font with CJK glyphs, or null (then resvg falls back to the system's fonts). */
  cjk: string | null;
  /** A Latin font, tried first for every character. */
  latin: string | null;
}

export function findChartFonts(env: NodeJS.ProcessEnv = process.env): ChartFonts {
  const override = env['ESG_CHART_FONT'];
  const cjk = override && existsSync(override) ? override : existsSync(BUNDLED_CJK) ? BUNDLED_CJK : null;
  return { cjk, latin: existsSync(BUNDLED_LATIN) ? BUNDLED_LATIN : null };
}
