// Charts are drawn to SVG and rasterised to a PNG fallback with resvg, which draws no text at
// all without font files. This finds a font with CJK glyphs where each platform keeps one, so
// Chinese axis labels render on a user's machine as on ours. ESG_CHART_FONT overrides it.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  // Windows: Microsoft JhengHei (Traditional Chinese UI font), YaHei, MingLiU
  'C:\\Windows\\Fonts\\msjh.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\mingliub.ttc',
  // macOS
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Medium.ttc',
  '/System/Library/Fonts/Hiragino Sans GB.ttc',
  '/Library/Fonts/Arial Unicode.ttf',
  // Linux: WenQuanYi (Debian fonts-wqy-zenhei), Noto CJK, Droid fallback
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
];

// A chart without Chinese text is rasterised with a small Latin font: resvg reads the font
// file again for every glyph it lays out, which costs seconds with a 16 MB CJK collection.
const LATIN = [
  'C:\\Windows\\Fonts\\arial.ttf',
  '/Library/Fonts/Arial.ttf',
  '/System/Library/Fonts/Supplemental/Arial.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
];

export interface ChartFonts {
  /** A font with CJK glyphs, or null (then resvg falls back to the system's fonts). */
  cjk: string | null;
  /** A small Latin font for charts without CJK text; the CJK font when there is none. */
  latin: string | null;
}

export function findChartFonts(env: NodeJS.ProcessEnv = process.env): ChartFonts {
  const override = env['ESG_CHART_FONT'];
  const cjk = override && existsSync(override) ? override : (CANDIDATES.find((p) => existsSync(p)) ?? null);
  return { cjk, latin: LATIN.find((p) => existsSync(p)) ?? cjk };
}
