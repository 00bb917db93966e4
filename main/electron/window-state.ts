// The window's size, position and maximized state, remembered between runs and checked
// against today's displays (window-bounds.ts) before the window opens.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Screen } from 'electron';
import { placeWindow, type SavedWindow, type WindowPlacement } from './window-bounds.js';

const FILE = 'window-state.json';

export function loadWindowPlacement(dir: string, screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>): WindowPlacement {
  let saved: unknown = null;
  try {
    saved = JSON.parse(readFileSync(join(dir, FILE), 'utf8'));
  } catch {
    // first run or unreadable: defaults
  }
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  return placeWindow(saved, displays.map((d) => d.workArea));
}

export function trackWindowState(dir: string, win: BrowserWindow): void {
  const save = () => {
    const state: SavedWindow = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(join(dir, FILE), JSON.stringify(state));
    } catch {
      // not worth failing over
    }
  };
  win.on('close', save);
}
