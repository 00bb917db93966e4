// The window's size, position and maximized state, remembered between runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1400, height: 900 }, maximized: false };

export function loadWindowState(dir: string): WindowState {
  try {
    const s = JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8')) as WindowState;
    if (s.bounds.width >= 600 && s.bounds.height >= 400) return s;
  } catch {
    // first run or unreadable: defaults
  }
  return DEFAULT;
}

export function trackWindowState(dir: string, win: BrowserWindow): void {
  const save = () => {
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(join(dir, 'window-state.json'), JSON.stringify(state));
    } catch {
      // not worth failing over
    }
  };
  win.on('close', save);
}
