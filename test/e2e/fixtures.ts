/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser, so these files see DOM types.
// A fresh loopback host per test: its own temporary folder, optionally with the sample
// workspace already created, and the URL (with token) it printed.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { spawnHost } from '../host-process.js';

export interface HostHandle {
  url: string;
  origin: string;
  port: number;
  token: string;
  dir: string;
}

/** Starts `serve` on a fresh folder (with the sample), or on an existing workspace file. */
export async function startHost(withSample: boolean, existing?: string): Promise<{ host: HostHandle; child: ChildProcess }> {
  const dir = mkdtempSync(join(tmpdir(), 'esg-e2e-'));
  const args = ['--dir', dir, ...(existing ? [existing] : withSample ? [join(dir, 'sample.esg'), '--sample'] : [])];
  const { url, child } = await spawnHost(args, { ESG_SETTINGS_DIR: join(dir, 'settings') }, 30_000);
  const u = new URL(url);
  return { host: { url, origin: u.origin, port: Number(u.port), token: u.hash.replace('#token=', ''), dir }, child };
}

type Fixtures = { lang: 'en' | 'zh-Hant'; withSample: boolean; host: HostHandle };

export const test = base.extend<Fixtures>({
  lang: ['en', { option: true }],
  withSample: [true, { option: true }],
  host: async ({ withSample }, use) => {
    const { host, child } = await startHost(withSample);
    await use(host);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(host.dir, { recursive: true, force: true });
  },
  page: async ({ page, lang }, use) => {
    await page.addInitScript((l) => {
      if (!localStorage.getItem('esg-lang')) localStorage.setItem('esg-lang', l);
    }, lang);
    await use(page);
  },
});
export { expect };

/** The grid cell of a row (metric and breakdown key, "" for the total) and column. */
export function cell(page: Page, metric: string, dims: string, col: string) {
  return page.locator(`.ag-row[row-id="${metric}|${dims}"] .ag-cell[col-id="${col}"]`);
}

export async function search(page: Page, text: string): Promise<void> {
  const box = page.getByTestId('data-entry').getByRole('searchbox');
  await box.fill(text);
}

export async function editValue(page: Page, metric: string, text: string): Promise<void> {
  const c = cell(page, metric, '', 'value');
  await c.dblclick();
  const input = c.locator('input');
  await input.fill(text);
  await input.press('Enter');
}
