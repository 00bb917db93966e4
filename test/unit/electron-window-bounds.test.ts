// Where the window opens: remembered bounds are kept only while a display still shows the
// window's title bar; otherwise it opens centred on the primary display, never off-screen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, placeWindow, type Rect } from '../../main/electron/window-bounds.js';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };
const monitorLeftAbove: Rect = { x: -1920, y: -300, width: 1920, height: 1050 };

function inside(b: { x?: number; y?: number; width: number; height: number }, area: Rect): boolean {
  if (b.x === undefined || b.y === undefined) return false;
  return b.x >= area.x && b.y >= area.y && b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height;
}

describe('placeWindow', () => {
  it('keeps bounds that are on a display, and the maximized state', () => {
    const saved = { bounds: { x: 1600, y: 80, width: 1500, height: 1000 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitorRight])).toEqual(saved);
    const left = { bounds: { x: -1800, y: -200, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(left, [laptop, monitorLeftAbove])).toEqual(left);
  });

  it('centres on the primary display when the monitor the window was on is gone', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1500, height: 1000 }, maximized: true };
    const p = placeWindow(saved, [laptop]);
    expect(inside(p.bounds, laptop)).toBe(true);
    expect(p.bounds).toEqual({ x: 20, y: 0, width: DEFAULT_SIZE.width, height: 875 }); // default size, height capped to the laptop
    expect(p.maximized).toBe(true);
  });

  it('moves a window whose title bar is above or beside every display', () => {
    // Only the bottom strip overlaps the display: the title bar is out of reach.
    const above = { bounds: { x: 100, y: -850, width: 1000, height: 900 }, maximized: false };
    expect(inside(placeWindow(above, [laptop]).bounds, laptop)).toBe(true);
    // A sliver of 50 px of title bar at the right edge is not enough to grab.
    const sliver = { bounds: { x: 1390, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(inside(placeWindow(sliver, [laptop]).bounds, laptop)).toBe(true);
  });

  it('shrinks a window larger than the display it is on and keeps it inside', () => {
    const saved = { bounds: { x: 200, y: 50, width: 2400, height: 1400 }, maximized: false };
    const p = placeWindow(saved, [laptop]);
    expect(p.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('uses defaults for missing, malformed or too small state', () => {
    const centred = { bounds: { x: 20, y: 0, width: DEFAULT_SIZE.width, height: 875 }, maximized: false };
    for (const saved of [null, undefined, 'x', {}, { bounds: { x: 'a', y: 0, width: 1000, height: 800 } }, { bounds: { x: Number.NaN, y: 0, width: 1000, height: 800 } }, { bounds: { x: 0, y: 0, width: Infinity, height: 800 } }]) {
      expect(placeWindow(saved, [laptop]), JSON.stringify(saved)).toEqual(centred);
    }
    expect(placeWindow({ bounds: { x: 10, y: 10, width: MIN_SIZE.width - 1, height: 700 }, maximized: false }, [laptop])).toEqual(centred);
    expect(placeWindow(null, [])).toEqual({ bounds: DEFAULT_SIZE, maximized: false }); // no display known: Electron centres
  });

  it('never places a window off every display, whatever was saved', () => {
    const rect = (min: number, max: number) => fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min, max }), height: fc.integer({ min, max }) });
    fc.assert(
      fc.property(rect(0, 6000), fc.array(rect(800, 4000), { minLength: 1, maxLength: 3 }), (bounds, displays) => {
        const p = placeWindow({ bounds, maximized: false }, displays);
        expect(displays.some((d) => inside(p.bounds, d))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
