// Places the labels of a crowded scatter chart (the materiality matrix) so that none overlaps
// another label or a point and all stay inside the plot: each label tries its point's right,
// left, then steps above and below on either side, and takes the first free place. Greedy and
// deterministic, so the same topics always get the same layout.
export interface Rect { x: number; y: number; width: number; height: number }
export interface LabelInput { px: number; py: number; width: number; height: number }

const hit = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** For each point, its label's rectangle (top-left in the plot's pixels), or null when no place is free. */
export function placeLabels(items: readonly LabelInput[], area: Rect, symbol: number, gap = 2): (Rect | null)[] {
  const taken: Rect[] = items.map((i) => ({ x: i.px - symbol / 2, y: i.py - symbol / 2, width: symbol, height: symbol }));
  const order = items.map((_, i) => i).sort((a, b) => (items[a] as LabelInput).py - (items[b] as LabelInput).py || (items[a] as LabelInput).px - (items[b] as LabelInput).px);
  const out: (Rect | null)[] = items.map(() => null);
  for (const i of order) {
    const it = items[i] as LabelInput;
    const w = it.width + gap;
    const h = it.height + gap;
    const right = it.px + symbol / 2 + 2;
    const left = it.px - symbol / 2 - 2 - w;
    const candidates: Rect[] = [];
    for (let step = 0; step <= 24; step++) {
      for (const dir of step === 0 ? [0] : [-1, 1]) {
        const y = it.py - h / 2 + dir * step * h;
        candidates.push({ x: right, y, width: w, height: h }, { x: left, y, width: w, height: h });
      }
    }
    const inArea = (r: Rect) => r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;
    const free = candidates.find((r) => inArea(r) && !taken.some((t) => hit(r, t)));
    if (free) {
      taken.push(free);
      out[i] = free;
    }
  }
  return out;
}
