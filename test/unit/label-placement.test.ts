// The matrix's label placement: crowded points all get a label, none overlapping another label
// or a point, all inside the plot.
import { describe, expect, it } from 'vitest';
import { placeLabels, type Rect } from '../../shared/label-placement.js';

const hit = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels', () => {
  it('places every label of a crowded cluster without overlap, inside the plot', () => {
    const area = { x: 0, y: 0, width: 800, height: 430 };
    // 28 points packed into a corner, as the sample's topics are.
    const items = Array.from({ length: 28 }, (_, i) => ({ px: 420 + (i % 7) * 55, py: 40 + Math.floor(i / 7) * 30, width: 60 + (i % 3) * 20, height: 12 }));
    const rects = placeLabels(items, area, 12);
    expect(rects.every((r) => r !== null)).toBe(true);
    const placed = rects as Rect[];
    for (const r of placed) expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= 800 && r.y + r.height <= 430).toBe(true);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(hit(placed[i] as Rect, placed[j] as Rect)).toBe(false);
    for (const r of placed) for (const p of items) expect(hit(r, { x: p.px - 6, y: p.py - 6, width: 12, height: 12 })).toBe(false);
  });

  it('keeps a lone label beside its point', () => {
    const [r] = placeLabels([{ px: 100, py: 100, width: 50, height: 12 }], { x: 0, y: 0, width: 400, height: 400 }, 12);
    expect(r).toMatchObject({ x: 108, y: 93 });
  });
});
