// Where the window opens: the remembered bounds if they still lie on a connected display,
// otherwise a default size centred on the primary display. Displays come and go (a laptop
// unplugged from its monitor), and a window restored to where a monitor used to be opens
// off-screen, where the user cannot reach it. Pure: the displays are passed in.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindow {
  bounds: Rect;
  maximized: boolean;
}

/** x and y are left out when the window should open centred (Electron's default). */
export interface WindowPlacement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 };
export const MIN_SIZE = { width: 900, height: 600 };
/** How much of the title bar must be on a display for the window to count as reachable. */
const GRIP = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

const finiteRect = (r: unknown): r is Rect =>
  typeof r === 'object' && r !== null && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((r as Record<string, unknown>)[k]));

/**
 * The placement to open with. `saved` is whatever was read from disk (checked here);
 * `workAreas` are the displays' work areas (screen.getAllDisplays()), primary first.
 */
export function placeWindow(saved: unknown, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0];
  const centred = (): WindowPlacement => {
    if (!primary) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
    const width = Math.min(DEFAULT_SIZE.width, primary.width);
    const height = Math.min(DEFAULT_SIZE.height, primary.height);
    return { bounds: { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height }, maximized: false };
  };
  const s = saved as Partial<SavedWindow> | null | undefined;
  if (!s || !finiteRect(s.bounds)) return centred();
  const maximized = s.maximized === true;
  const b = s.bounds;
  if (b.width < MIN_SIZE.width || b.height < MIN_SIZE.height) return { ...centred(), maximized };
  // The title bar: the window's top strip, where the user grabs it to move it.
  const titleBar = { x: b.x, y: b.y, width: b.width, height: GRIP.height };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(GRIP.width, b.width) && o.height >= GRIP.height;
  });
  if (!home) return { ...centred(), maximized };
  // On a display, but larger than it now is (a smaller monitor at the same place): shrink
  // to fit and keep the window inside that display.
  const width = Math.min(b.width, home.width);
  const height = Math.min(b.height, home.height);
  const x = Math.min(Math.max(b.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(b.y, home.y), home.y + home.height - height);
  return { bounds: { x, y, width, height }, maximized };
}
