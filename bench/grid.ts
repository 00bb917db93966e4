/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser, so this file sees DOM types.
// The data-entry grid in a real browser (Debian's Chromium through Playwright) on a given
// workspace: what a user feels, where the API alone was measured before. The caller gives a
// disposable workspace: an edit is saved into it.
//
//   npx tsx bench/grid.ts <workspace.esg>     prints one JSON object
//   ESG_GRID_SCREENSHOT=<file.png>            also saves screenshots of the loaded grid (the top,
//                                             and <file>-middle.png halfway down the list)
//   ESG_GRID_DEBUG=1                          echoes the page's console and requests
//   import { measureGrid } from './grid.js';  await measureGrid(file) from another script
//
// Figures, in ms unless named otherwise: grid_first_rows_ms (navigation until the first rows
// show, in the year the app opens with), grid_load_settled_ms (until nothing is loading and
// frames flow), grid_year_switch_ms (picking the newest year until its rows show, when the
// app opened another), grid_rows (the grid's count), grid_scroll_frame_p95_ms and _max_ms
// (frame times while jumping through the whole list, one step a frame: a scroll-bar drag),
// grid_wheel_frame_p95_ms (100 px a frame, as a mouse wheel), grid_scroll_to_end_ms (a jump
// to the end until the last row is drawn), grid_edit_ms (Enter on a typed value until the
// cell shows it saved and formatted), grid_edit_settled_ms (until nothing is loading and
// frames flow again), grid_undo_ms (the header's Undo until the cell no longer shows the edit
// and frames flow), grid_search_ms (typing a metric code in the search box until only its
// rows show) and grid_search_chars.
//
// Needs the renderer bundle (`npm run build`), as the host serves out/renderer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawnHost, stopHost, type HostProcess } from '../test/host-process.js';

const CHROMIUM = process.env.ESG_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Scroll positions visited, one per animation frame, from the top of the list to the end. */
const SCROLL_STEPS = 120;
/** Wheel-like steps (100 px each, one per frame) in the middle of the list. */
const WHEEL_STEPS = 120;
const TIMEOUT = 120_000;
/** The data-entry grid (AG Grid 36: one element per row, holding its pinned and scrolling cells). */
const GRID = '[data-testid="data-entry"]';

/** `serve` on the workspace, in its own process as a user would run it. */
function startHost(workspace: string, settingsDir: string): Promise<HostProcess> {
  return spawnHost(['--dir', dirname(workspace), workspace], { ESG_SETTINGS_DIR: settingsDir }, TIMEOUT);
}

/** The years the workspace holds, asked of the host's API with its token (as the UI does). */
async function workspaceYears(url: string): Promise<number[]> {
  const u = new URL(url);
  const token = u.hash.replace('#token=', '');
  const res = await fetch(`${u.origin}/api/workspace:summary`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{}' });
  const r = (await res.json()) as { ok: boolean; value?: { years: number[] }; error?: { message: string } };
  if (!r.ok || !r.value) throw new Error(`workspace:summary: ${r.error?.message ?? 'failed'}`);
  return r.value.years;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}

/**
 * Counts the API calls in flight (until their JSON is read), so "settled" can mean none
 * pending, and the grid loads read, so a year switch can wait for the new year's rows.
 */
function trackFetches(): void {
  const w = window as unknown as { __esgInflight: number; __esgGridLoads: number };
  w.__esgInflight = 0;
  w.__esgGridLoads = 0;
  const orig = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    w.__esgInflight++;
    let res: Response;
    try {
      res = await orig(...args);
    } catch (e) {
      w.__esgInflight--;
      throw e;
    }
    const json = res.json.bind(res);
    res.json = async () => {
      try {
        return (await json()) as unknown;
      } finally {
        w.__esgInflight--;
        if (String(args[0]).includes('/api/data:grid')) w.__esgGridLoads++;
      }
    };
    return res;
  };
}

/** Resolves (in the page) when no API call is in flight and two frames in a row came quickly. */
async function waitSettled(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const w = window as unknown as { __esgInflight: number };
        let last = performance.now();
        let quiet = 0;
        const tick = (now: number) => {
          const dt = now - last;
          last = now;
          quiet = w.__esgInflight === 0 && dt < 50 ? quiet + 1 : 0;
          if (quiet >= 3) ok(now);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Resolves (in the page) once `data:grid` answers have been read `count` times, and two frames later. */
async function waitGridLoads(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as { __esgGridLoads: number }).__esgGridLoads >= n, count, { timeout: TIMEOUT, polling: 'raf' });
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
}

/**
 * Navigation until the first rows show (the year the app opens with: the report year); then,
 * if that is not the newest year, picking the newest year until its rows show.
 */
async function openNewestYear(page: Page, url: string, newest: number, screenshot: string | undefined): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const t0 = Date.now();
  await page.goto(url);
  await page.locator(`${GRID} .ag-row[row-index="1"] .ag-cell[col-id="value"]`).waitFor({ timeout: TIMEOUT });
  out.grid_first_rows_ms = Date.now() - t0;
  await waitSettled(page);
  out.grid_load_settled_ms = Date.now() - t0;
  const yearSelect = page.getByTestId('year-select');
  if (!(await yearSelect.innerText()).includes(String(newest))) {
    const loads = await page.evaluate(() => (window as unknown as { __esgGridLoads: number }).__esgGridLoads);
    await yearSelect.click();
    const option = page.locator('.ant-select-item-option', { hasText: String(newest) });
    // The year list is virtual: scroll it until the year is drawn.
    for (let i = 0; i < 30 && (await option.count()) === 0; i++) {
      await page.evaluate(() => document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .rc-virtual-list-holder')?.scrollBy(0, 96));
      await page.waitForTimeout(50);
    }
    await option.waitFor();
    const t1 = Date.now();
    await option.click();
    await page.locator('.ag-header-cell[col-id="value"]', { hasText: String(newest) }).waitFor();
    await waitGridLoads(page, loads + 1);
    out.grid_year_switch_ms = Date.now() - t1;
    await waitSettled(page);
  }
  // The grid's own count ("47909 rows"): data rows, without the group headings.
  out.grid_rows = Number(/\d+/.exec(await page.getByTestId('grid-count').innerText())?.[0] ?? NaN);
  if (screenshot) await page.screenshot({ path: screenshot });
  return out;
}

/**
 * Frame times while the grid body moves one step per animation frame: `through` the whole
 * list from top to end in `steps` (a scroll-bar drag), or 100 px a step from the middle, as
 * a mouse wheel. The first `skip` frames (before any scrolling) are left out.
 */
function scrollFrames(page: Page, steps: number, mode: 'through' | 'wheel', skip: number): Promise<number[]> {
  return page.evaluate(
    ({ steps, mode, skip }) =>
      new Promise<number[]>((ok) => {
        const vp = document.querySelector<HTMLElement>('[data-testid="data-entry"] .ag-grid-viewport');
        if (!vp) throw new Error('no grid body');
        const end = vp.scrollHeight - vp.clientHeight;
        const middle = Math.round(end / 2);
        const deltas: number[] = [];
        let step = 0;
        let last = performance.now();
        const tick = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (step > steps) {
            ok(deltas.slice(skip));
            return;
          }
          vp.scrollTop = mode === 'through' ? Math.round((end * step) / steps) : middle + step * 100;
          step++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { steps, mode, skip },
  );
}

/** One scroll step per animation frame from top to bottom; the frame times while doing so. */
async function measureScroll(page: Page): Promise<Record<string, number>> {
  const frames = await scrollFrames(page, SCROLL_STEPS, 'through', 1);
  return { grid_scroll_frame_p95_ms: round(percentile(frames, 95)), grid_scroll_frame_max_ms: round(Math.max(...frames)) };
}

/** The middle of the list (the synthetic metrics of a large workspace, with their site rows). */
async function screenshotMiddle(page: Page, path: string): Promise<void> {
  await page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>('[data-testid="data-entry"] .ag-grid-viewport');
    if (vp) vp.scrollTop = Math.round((vp.scrollHeight - vp.clientHeight) / 2);
  });
  await waitSettled(page);
  await page.screenshot({ path });
}

/** Wheel-like steps of 100 px (three rows) per frame through the middle of the list: the frame times. */
async function measureWheel(page: Page): Promise<Record<string, number>> {
  const frames = await scrollFrames(page, WHEEL_STEPS, 'wheel', 2);
  return { grid_wheel_frame_p95_ms: round(percentile(frames, 95)) };
}

/** From the top, a jump to the end, until the last row shows its cells. */
async function measureScrollToEnd(page: Page): Promise<{ ms: number; lastRowId: string }> {
  await page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>('[data-testid="data-entry"] .ag-grid-viewport');
    if (vp) vp.scrollTop = 0;
  });
  await waitSettled(page);
  return page.evaluate(
    () =>
      new Promise<{ ms: number; lastRowId: string }>((ok) => {
        const vp = document.querySelector<HTMLElement>('[data-testid="data-entry"] .ag-grid-viewport');
        const root = document.querySelector('[data-testid="data-entry"] [role="grid"][aria-rowcount]');
        if (!vp || !root) throw new Error('no grid');
        const lastIndex = root.getAttribute('aria-rowcount') ?? '';
        const t0 = performance.now();
        vp.scrollTop = vp.scrollHeight;
        const poll = () => {
          const row = document.querySelector(`[data-testid="data-entry"] .ag-row[aria-rowindex="${lastIndex}"]`);
          const name = row?.querySelector('.ag-cell[col-id="name"]');
          if (row && (row.querySelector('.group-row') || (name?.textContent ?? '') !== '')) ok({ ms: Math.round((performance.now() - t0) * 10) / 10, lastRowId: row.getAttribute('row-id') ?? '' });
          else requestAnimationFrame(poll);
        };
        poll();
      }),
  );
}

/** A value row on screen that can be edited: an entered metric (not derived), not "not applicable". */
async function editableRowId(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="data-entry"] .ag-row[row-id]'));
    const box = document.querySelector('[data-testid="data-entry"] .ag-grid-viewport')?.getBoundingClientRect();
    for (const r of rows.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)) {
      const top = r.getBoundingClientRect().top;
      if (!box || top < box.top || top > box.bottom - 40) continue;
      const rid = r.getAttribute('row-id') ?? '';
      const name = r.querySelector('.ag-cell[col-id="name"]');
      const value = r.querySelector('.ag-cell[col-id="value"]');
      if (!name || name.matches('.cell-derived') || name.querySelector('.cell-derived') || !value || value.querySelector('.cell-na, .cell-error')) continue;
      return rid;
    }
    return null;
  });
  if (!id) throw new Error('no editable value row on screen');
  return id;
}

/** Type a value in a value cell, Enter, until the cell shows it saved and formatted. */
async function measureEdit(page: Page): Promise<Record<string, number>> {
  await waitSettled(page);
  const rowId = await editableRowId(page);
  const cell = page.locator(`${GRID} .ag-row[row-id="${rowId}"] .ag-cell[col-id="value"]`);
  // A value the cell cannot already show: it changes from run to run.
  const n = 900_000 + Math.floor(Math.random() * 99_999);
  const shown = n.toLocaleString('en-GB');
  await cell.click();
  await page.keyboard.type(String(n));
  await page.evaluate(
    ({ rowId, shown }) => {
      const w = window as unknown as { __edit: { start: number; end: number } };
      w.__edit = { start: 0, end: 0 };
      document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !w.__edit.start) w.__edit.start = performance.now(); }, { capture: true, once: true });
      const poll = () => {
        const c = document.querySelector(`[data-testid="data-entry"] .ag-row[row-id="${CSS.escape(rowId)}"] .ag-cell[col-id="value"]`);
        if (w.__edit.start && !c?.querySelector('input') && (c?.textContent ?? '').startsWith(shown)) w.__edit.end = performance.now();
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    },
    { rowId, shown },
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { __edit: { end: number } }).__edit.end > 0, undefined, { timeout: TIMEOUT, polling: 'raf' });
  const edit = await page.evaluate(() => (window as unknown as { __edit: { start: number; end: number } }).__edit);
  // Until the recomputed figures are in and frames flow again: the grid is usable once more.
  const settledAt = await waitSettled(page);
  // Undo from the header bar until the cell no longer shows the edit and frames flow again.
  const undoStart = Date.now();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(
    ({ rowId, shown }) => !(document.querySelector(`[data-testid="data-entry"] .ag-row[row-id="${CSS.escape(rowId)}"] .ag-cell[col-id="value"]`)?.textContent ?? '').startsWith(shown),
    { rowId, shown },
    { timeout: TIMEOUT, polling: 'raf' },
  );
  await waitSettled(page);
  const undo = Date.now() - undoStart;
  return { grid_edit_ms: round(edit.end - edit.start), grid_edit_settled_ms: round(settledAt - edit.start), grid_undo_ms: undo };
}

/** Typing a metric's code (the last one of the list: `rowId`'s) into the search box until only its rows show. */
async function measureSearch(page: Page, rowId: string): Promise<Record<string, number>> {
  await waitSettled(page);
  const query = rowId.split('|')[0] ?? '';
  if (!query) throw new Error('no row to search for');
  const box = page.getByTestId('data-entry').getByRole('searchbox');
  await box.click();
  await page.evaluate((q) => {
    const w = window as unknown as { __search: { start: number; end: number } };
    w.__search = { start: 0, end: 0 };
    document.addEventListener('keydown', () => { if (!w.__search.start) w.__search.start = performance.now(); }, { capture: true, once: true });
    const poll = () => {
      const ids = Array.from(document.querySelectorAll('[data-testid="data-entry"] .ag-row[row-id]')).map((r) => r.getAttribute('row-id') ?? '').filter((id) => !id.startsWith('group|'));
      const input = document.querySelector<HTMLInputElement>('[data-testid="data-entry"] input[type="search"]');
      if (w.__search.start && input?.value === q && ids.length > 0 && ids.every((id) => id.split('|')[0]?.includes(q))) w.__search.end = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }, query);
  await page.keyboard.type(query);
  await page.waitForFunction(() => (window as unknown as { __search: { end: number } }).__search.end > 0, undefined, { timeout: TIMEOUT, polling: 'raf' });
  const s = await page.evaluate(() => (window as unknown as { __search: { start: number; end: number } }).__search);
  return { grid_search_ms: round(s.end - s.start), grid_search_chars: query.length };
}

/**
 * Starts the host on `workspacePath` (which it edits: give it a copy), opens the data-entry
 * grid for the newest year in Chromium and returns the figures in milliseconds (and the row
 * count). `ESG_GRID_SCREENSHOT` names a PNG to save of the loaded grid.
 */
/** `year`: the year to measure (default: the newest the workspace has). */
export async function measureGrid(workspacePath: string, year?: number): Promise<Record<string, number>> {
  const workspace = resolve(workspacePath);
  const settingsDir = mkdtempSync(join(tmpdir(), 'esg-grid-bench-'));
  let host: HostProcess | undefined;
  let browser: Browser | undefined;
  try {
    host = await startHost(workspace, settingsDir);
    const years = await workspaceYears(host.url);
    const newest = year ?? Math.max(...years);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(TIMEOUT);
    await page.addInitScript(() => localStorage.setItem('esg-lang', 'en'));
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in
    // __name(); the functions handed to the page need it defined there too.
    await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    await page.addInitScript(trackFetches);
    if (process.env.ESG_GRID_DEBUG) {
      page.on('console', (m) => console.error('[page]', m.text()));
      page.on('pageerror', (e) => console.error('[page error]', e.message));
      page.on('requestfinished', (r) => console.error('[request]', r.url().replace(/#.*/, '')));
    }
    const out: Record<string, number> = {};
    const shot = process.env.ESG_GRID_SCREENSHOT;
    Object.assign(out, await openNewestYear(page, host.url, newest, shot));
    Object.assign(out, await measureScroll(page));
    if (shot) await screenshotMiddle(page, shot.replace(/(\.png)?$/i, '-middle.png'));
    Object.assign(out, await measureWheel(page));
    const end = await measureScrollToEnd(page);
    out.grid_scroll_to_end_ms = end.ms;
    Object.assign(out, await measureEdit(page));
    Object.assign(out, await measureSearch(page, end.lastRowId));
    return out;
  } finally {
    await browser?.close().catch(() => undefined);
    if (host) await stopHost(host.child);
    rmSync(settingsDir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx bench/grid.ts <workspace.esg>   (a copy: the bench saves an edit into it)');
    process.exit(2);
  }
  try {
    console.log(JSON.stringify(await measureGrid(file), null, 2));
  } catch (e) {
    console.error(`grid bench: ${(e as Error).stack ?? String(e)}`);
    process.exit(1);
  }
}
