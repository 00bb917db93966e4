// Where the materiality matrix puts each topic's label, so that every topic is labelled and no
// label covers another label or a point. Topics are named next to their point when every name
// finds a free place; otherwise (a crowded matrix) each point is numbered, in the order of
// the topic table, and a numbered legend under the plot names them. Pure geometry on the
// chart's own pixel grid (the grid is fixed: no automatic outer bounds), so the same topics
// always give the same picture.

export interface MatrixPoint {
  /** Importance to the business (x) and to stakeholders (y), 0–10. */
  x: number;
  y: number;
  name: string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedLabel {
  text: string;
  /** Label centre relative to the point, in pixels. */
  dx: number;
  dy: number;
  box: Box;
}

export interface MatrixLayout {
  mode: 'names' | 'numbers';
  min: number;
  max: number;
  width: number;
  height: number;
  grid: { left: number; right: number; top: number; bottom: number };
  labels: PlacedLabel[];
  /** Numbered mode: the legend's entries with their top-left corners. */
  legend: { text: string; x: number; y: number }[];
  legendFont: number;
}

export const POINT_RADIUS = 5;
const LABEL_FONT = 9;
const NUMBER_FONT = 9;
const LEGEND_FONT = 9;
const LEGEND_LINE = 13;
const GRID = { left: 70, right: 32, top: 48, bottom: 60 };

/** Text width estimate: a Chinese character is a square, a Latin one a little over half. */
export function textWidth(text: string, font: number): number {
  return [...text].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? font : /[ il.,'|:;()]/.test(ch) ? 0.3 * font : 0.58 * font), 0);
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

const overlapArea = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Axis range shared by both axes: a point's scores with a margin of one, within 0–10. */
export function axisRange(points: readonly MatrixPoint[]): { min: number; max: number } {
  const scores = points.flatMap((p) => [p.x, p.y]);
  const min = Math.max(0, Math.floor(Math.min(...scores, 10)) - 1);
  const max = Math.max(min + 1, Math.min(10, Math.ceil(Math.max(...scores, 0))));
  return { min, max };
}

/**
 * Places one label per point, greedily in order, at the first candidate position (right,
 * left, above, below, the diagonals; then further out) that stays inside `area` and covers
 * no point and no label placed before. Strict (names): only right next to the point and with
 * room around every other point, so that a name is never read as its neighbour's; returns
 * null when some name finds no such place. Otherwise the least-covering place is taken.
 */
function place(centres: { px: number; py: number }[], texts: string[], font: number, area: Box, strict: boolean): PlacedLabel[] | null {
  const clear = POINT_RADIUS + (strict ? 4 : 1);
  const pointBoxes = centres.map((c) => ({ x: c.px - clear, y: c.py - clear, w: 2 * clear, h: 2 * clear }));
  const placed: PlacedLabel[] = [];
  for (const [i, c] of centres.entries()) {
    const text = texts[i] as string;
    const w = textWidth(text, font) + 2;
    const h = font + 3;
    const gap = POINT_RADIUS + 2;
    const candidates: [number, number][] = [];
    for (const ring of strict ? [1] : [1, 2, 3.2]) {
      const gx = gap * ring;
      const gy = gap * ring;
      candidates.push(
        [gx + w / 2, 0],
        [-(gx + w / 2), 0],
        [0, -(gy + h / 2)],
        [0, gy + h / 2],
        [gx + w / 2, -(gy + h / 2) + 2],
        [gx + w / 2, gy + h / 2 - 2],
        [-(gx + w / 2), -(gy + h / 2) + 2],
        [-(gx + w / 2), gy + h / 2 - 2],
      );
    }
    let best: PlacedLabel | null = null;
    let bestCost = Infinity;
    for (const [dx, dy] of candidates) {
      const box = { x: c.px + dx - w / 2, y: c.py + dy - h / 2, w, h };
      const inside = box.x >= area.x && box.y >= area.y && box.x + box.w <= area.x + area.w && box.y + box.h <= area.y + area.h;
      const cost =
        (inside ? 0 : 1e6) +
        placed.reduce((s, p) => s + overlapArea(p.box, box), 0) * 10 +
        pointBoxes.reduce((s, p, j) => s + (j === i ? overlapArea({ x: c.px - POINT_RADIUS, y: c.py - POINT_RADIUS, w: 2 * POINT_RADIUS, h: 2 * POINT_RADIUS }, box) : overlapArea(p, box)), 0);
      if (cost === 0) {
        best = { text, dx, dy, box };
        bestCost = 0;
        break;
      }
      if (cost < bestCost) {
        best = { text, dx, dy, box };
        bestCost = cost;
      }
    }
    if (bestCost > 0 && strict) return null;
    placed.push(best as PlacedLabel);
  }
  return placed;
}

/** The matrix's layout for a canvas `width` wide; its height follows from the plot and the legend. */
export function layoutMatrix(points: readonly MatrixPoint[], width: number, plotHeight: number): MatrixLayout {
  const { min, max } = axisRange(points);
  const toPixels = (bottom: number, height: number) => {
    const x0 = GRID.left;
    const x1 = width - GRID.right;
    const y0 = GRID.top;
    const y1 = height - bottom;
    return points.map((p) => ({ px: x0 + ((p.x - min) / (max - min)) * (x1 - x0), py: y1 - ((p.y - min) / (max - min)) * (y1 - y0) }));
  };
  const plotArea = (height: number, bottom: number): Box => ({ x: GRID.left + 2, y: GRID.top + 2, w: width - GRID.left - GRID.right - 4, h: height - bottom - GRID.top - 4 });

  const named = place(toPixels(GRID.bottom, plotHeight), points.map((p) => p.name), LABEL_FONT, plotArea(plotHeight, GRID.bottom), true);
  if (named) return { mode: 'names', min, max, width, height: plotHeight, grid: { ...GRID }, labels: named, legend: [], legendFont: LEGEND_FONT };

  // Numbered: the legend in as many columns as the longest entry allows (at most three).
  const entries = points.map((p, i) => `${i + 1}  ${p.name}`);
  const usable = width - GRID.left - 8;
  const longest = Math.max(...entries.map((e) => textWidth(e, LEGEND_FONT))) + 16;
  const columns = Math.max(1, Math.min(3, Math.floor(usable / longest)));
  const perColumn = Math.ceil(entries.length / columns);
  const legendHeight = perColumn * LEGEND_LINE + 12;
  const bottom = GRID.bottom + legendHeight;
  const height = plotHeight + legendHeight;
  const colWidth = usable / columns;
  const legendTop = height - legendHeight + 4;
  const legend = entries.map((text, i) => ({ text, x: GRID.left + Math.floor(i / perColumn) * colWidth, y: legendTop + (i % perColumn) * LEGEND_LINE }));
  const labels = place(toPixels(bottom, height), points.map((_, i) => String(i + 1)), NUMBER_FONT, plotArea(height, bottom), false) as PlacedLabel[];
  return { mode: 'numbers', min, max, width, height, grid: { ...GRID, bottom }, labels, legend, legendFont: LEGEND_FONT };
}
