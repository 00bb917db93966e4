// The materiality matrix labels every topic and no label covers another label or a point:
// by name where each name fits right next to its point, else by number with a legend.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutMatrix, overlaps, POINT_RADIUS, type MatrixLayout, type MatrixPoint } from '../../main/export/docx/charts/matrix-layout.js';

const register = JSON.parse(readFileSync(join(import.meta.dirname, '../../templates/sample/report/register.json'), 'utf8')) as {
  topics: { nameZh: string; nameEn: string; businessScore: number; stakeholderScore: number }[];
};
const sample = (lang: 'zh' | 'en'): MatrixPoint[] => register.topics.map((t) => ({ x: t.businessScore, y: t.stakeholderScore, name: lang === 'zh' ? t.nameZh : t.nameEn }));

function pixels(layout: MatrixLayout, points: MatrixPoint[]) {
  const { left, right, top, bottom } = layout.grid;
  const span = layout.max - layout.min;
  return points.map((p) => ({ px: left + ((p.x - layout.min) / span) * (layout.width - left - right), py: layout.height - bottom - ((p.y - layout.min) / span) * (layout.height - bottom - top) }));
}

function expectClear(layout: MatrixLayout, points: MatrixPoint[]) {
  expect(layout.labels).toHaveLength(points.length);
  const centres = pixels(layout, points);
  layout.labels.forEach((l, i) => {
    const c = centres[i]!;
    // The box is where the label's centre says it is.
    expect(l.box.x + l.box.w / 2).toBeCloseTo(c.px + l.dx, 6);
    expect(l.box.y + l.box.h / 2).toBeCloseTo(c.py + l.dy, 6);
    layout.labels.forEach((o, j) => {
      if (j !== i) expect(overlaps(l.box, o.box), `${l.text} covers ${o.text}`).toBe(false);
    });
    centres.forEach((p, j) => {
      const dot = { x: p.px - POINT_RADIUS, y: p.py - POINT_RADIUS, w: 2 * POINT_RADIUS, h: 2 * POINT_RADIUS };
      expect(overlaps(l.box, dot), `${l.text} covers point ${j + 1}`).toBe(false);
    });
    expect(l.box.x).toBeGreaterThanOrEqual(0);
    expect(l.box.x + l.box.w).toBeLessThanOrEqual(layout.width);
  });
}

describe('layoutMatrix', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`numbers the sample's 28 ${lang} topics, each clear of every other label and point, with all of them in the legend`, () => {
      const points = sample(lang);
      const layout = layoutMatrix(points, 642, 462);
      expect(layout.mode).toBe('numbers');
      expectClear(layout, points);
      expect(layout.labels.map((l) => l.text)).toEqual(points.map((_, i) => String(i + 1)));
      expect(layout.legend.map((e) => e.text)).toEqual(points.map((p, i) => `${i + 1}  ${p.name}`));
      // The legend lies under the plot, entries not on top of each other.
      for (const e of layout.legend) expect(e.y).toBeGreaterThan(layout.height - layout.grid.bottom + 40);
      expect(new Set(layout.legend.map((e) => `${e.x}|${e.y}`)).size).toBe(points.length);
      expect(layout.height).toBeGreaterThan(462);
    });
  }

  it('names the topics next to their points when they are few', () => {
    const points = sample('en').filter((_, i) => i % 6 === 0);
    const layout = layoutMatrix(points, 642, 462);
    expect(layout.mode).toBe('names');
    expect(layout.labels.map((l) => l.text)).toEqual(points.map((p) => p.name));
    expect(layout.legend).toEqual([]);
    expect(layout.height).toBe(462);
    expectClear(layout, points);
  });

  it('keeps two topics with the same scores apart', () => {
    const points: MatrixPoint[] = [{ x: 7, y: 7, name: 'A' }, { x: 7, y: 7, name: 'B' }, { x: 7.05, y: 7.02, name: 'C' }];
    const layout = layoutMatrix(points, 642, 462);
    const boxes = layout.labels.map((l) => l.box);
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    expect(overlaps(boxes[1]!, boxes[2]!)).toBe(false);
    expect(overlaps(boxes[0]!, boxes[2]!)).toBe(false);
  });
});
