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

/** The first CJK-capable font file found, or null (then resvg falls back to the system's fonts). */
export function findChartFont(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env['ESG_CHART_FONT'];
  if (override && existsSync(override)) return override;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}
