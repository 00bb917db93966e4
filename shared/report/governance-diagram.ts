// The ESG governance structure as a diagram: each tier a box under the one it reports to, an
// arrow between them, and the last tier drawn as a frame holding its members (departments,
// units) as boxes in rows. Positions and sizes are computed here; ECharts' graphic component
// draws the shapes and wraps the text, so the report (SVG with its PNG fallback) and the app
// show the same picture.
import type { EChartsOption } from 'echarts';

export interface DiagramTier {
  name: string;
  members: readonly string[];
}

export interface GovernanceDiagram {
  option: EChartsOption;
  width: number;
  height: number;
}

const FONT = 12;
const LINE = 16;
const ARROW = 30;
const MARGIN = 8;
const GAP = 8;
const MIN_MEMBER_W = 84;
const INK = '#1f6f8b';
const FILLS = ['#1f6f8b', '#2f7f9c', '#4593ad', '#5fa6bd'];
const FRAME_FILL = '#eef6f9';
const MEMBER_FILL = '#ffffff';

const isWide = (c: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c);
/** Lines a label takes in a box `width` pixels wide (Chinese characters 1 em, others about ½). */
export function linesOf(text: string, width: number, size = FONT): number {
  const w = [...text].reduce((sum, c) => sum + (isWide(c) ? size : size * 0.56), 0);
  return Math.max(1, Math.ceil(w / Math.max(width, size)));
}

type Element = Record<string, unknown>;

function box(x: number, y: number, w: number, h: number, fill: string, stroke: string): Element {
  return { type: 'rect', shape: { x, y, width: w, height: h, r: 3 }, style: { fill, stroke, lineWidth: 1 }, silent: true };
}

function label(text: string, cx: number, cy: number, w: number, color: string, bold: boolean, fontFamily?: string): Element {
  return {
    type: 'text',
    x: cx,
    y: cy,
    style: { text, width: w, overflow: 'break', align: 'center', verticalAlign: 'middle', fontSize: FONT, lineHeight: LINE, fontWeight: bold ? 'bold' : 'normal', fill: color, ...(fontFamily ? { fontFamily } : {}) },
    silent: true,
  };
}

function arrow(cx: number, from: number, to: number): Element[] {
  return [
    { type: 'line', shape: { x1: cx, y1: from, x2: cx, y2: to - 6 }, style: { stroke: INK, lineWidth: 1.4 }, silent: true },
    { type: 'polygon', shape: { points: [[cx - 5, to - 7], [cx + 5, to - 7], [cx, to]] }, style: { fill: INK }, silent: true },
  ];
}

/** The diagram of the tiers, `width` CSS pixels wide; its height follows from the tiers. */
export function governanceDiagram(tiers: readonly DiagramTier[], width: number, fontFamily?: string): GovernanceDiagram {
  const inner = width - 2 * MARGIN;
  const tierW = Math.round(inner * 0.6);
  const cx = width / 2;
  const elements: Element[] = [];
  let y = MARGIN;
  tiers.forEach((tier, i) => {
    if (i > 0) {
      elements.push(...arrow(cx, y, y + ARROW));
      y += ARROW;
    }
    const lastWithMembers = i === tiers.length - 1 && tier.members.length > 0;
    if (!lastWithMembers) {
      const h = linesOf(tier.name, tierW - 16) * LINE + 16;
      elements.push(box(cx - tierW / 2, y, tierW, h, FILLS[Math.min(i, FILLS.length - 1)] ?? INK, INK), label(tier.name, cx, y + h / 2, tierW - 16, '#ffffff', true, fontFamily));
      y += h;
      return;
    }
    // The last tier: a frame with its name on top and its members in rows inside.
    const frameTop = y;
    const headH = linesOf(tier.name, inner - 16) * LINE + 10;
    // As many per row as fit, spread evenly over the rows needed (7 → 4 + 3, not 6 + 1).
    const fit = Math.max(1, Math.floor((inner - GAP) / (MIN_MEMBER_W + GAP)));
    const perRow = Math.ceil(tier.members.length / Math.ceil(tier.members.length / fit));
    const memberW = Math.floor((inner - 2 * GAP - (perRow - 1) * GAP) / perRow);
    let rowTop = frameTop + headH;
    const members: Element[] = [];
    for (let start = 0; start < tier.members.length; start += perRow) {
      const row = tier.members.slice(start, start + perRow);
      const h = Math.max(...row.map((m) => linesOf(m, memberW - 10))) * LINE + 14;
      const rowW = row.length * memberW + (row.length - 1) * GAP;
      row.forEach((m, k) => {
        const x = MARGIN + (inner - rowW) / 2 + k * (memberW + GAP);
        members.push(box(x, rowTop, memberW, h, MEMBER_FILL, INK), label(m, x + memberW / 2, rowTop + h / 2, memberW - 10, '#1d2b33', false, fontFamily));
      });
      rowTop += h + GAP;
    }
    const frameH = rowTop - frameTop;
    elements.push(box(MARGIN, frameTop, inner, frameH, FRAME_FILL, INK), label(tier.name, cx, frameTop + headH / 2 + 1, inner - 16, INK, true, fontFamily), ...members);
    y = frameTop + frameH;
  });
  const height = Math.round(y + MARGIN);
  return { width, height, option: { graphic: { elements } } as EChartsOption };
}
