// Working in the grid from the keyboard, "not applicable" with a reason, and a second
// process on the same workspace getting a read-only view.
import { join } from 'node:path';
import type { GridData } from '../../shared/api/contract.js';
import { formatNumber, formatPercentChange } from '../../shared/i18n/format.js';
import { test, expect, cell, search, startHost } from './fixtures.js';

test.use({ lang: 'en' });

test('keyboard only: type over a value, Enter saves, Ctrl+Z undoes', async ({ page, host }) => {
  await page.goto(host.url);
  await search(page, 'water.fresh');
  const value = cell(page, 'water.fresh', '', 'value');
  const before = await value.innerText();
  await value.click();
  await page.keyboard.type('123456');
  await page.keyboard.press('Enter');
  await expect(value).toHaveText('123,456');
  // Leave the grid (the app title is inert; the side menu now reaches that far down).
  await page.locator('.app-header .title').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/Undone: /)).toBeVisible();
  await expect(value).toHaveText(before);
  void host;
});

test('a value can be marked not applicable with its reason', async ({ page, host }) => {
  await page.goto(host.url);
  await search(page, 'water.wastewater');
  const reason = cell(page, 'water.wastewater', '', 'naReason');
  await reason.scrollIntoViewIfNeeded();
  await reason.dblclick();
  await reason.locator('input').fill('Leased offices: discharged to the municipal network');
  await reason.locator('input').press('Enter');
  await expect(cell(page, 'water.wastewater', '', 'value')).toContainText('N/A: Leased offices');
  void host;
});

test('a second process on the same workspace gets a read-only view', async ({ page, host, browser }) => {
  const second = await startHost(false, join(host.dir, 'sample.esg'));
  try {
    const other = await browser.newPage();
    await other.addInitScript(() => localStorage.setItem('esg-lang', 'en'));
    await other.goto(second.host.url);
    await expect(other.getByText(/Read-only: sample\.esg is open for editing in another window or process/)).toBeVisible();
    await expect(other.getByRole('button', { name: 'Undo' })).toBeDisabled();
    // Its grid cannot be edited; the first window still can.
    await other.getByTestId('data-entry').getByRole('searchbox').fill('water.fresh');
    await cell(other, 'water.fresh', '', 'value').dblclick();
    await expect(cell(other, 'water.fresh', '', 'value').locator('input')).toHaveCount(0);
    await page.goto(host.url);
    await expect(page.getByText(/Read-only/)).toHaveCount(0);
  } finally {
    second.child.kill('SIGTERM');
  }
});

test('a value per site is added as a breakdown row and saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add a breakdown row' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Metric').click();
  await page.keyboard.type('office.water');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Site').click();
  await page.keyboard.type('BJ-HQ');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Add row' }).click();
  const value = cell(page, 'office.water', 'site=BJ-HQ', 'value');
  await expect(cell(page, 'office.water', 'site=BJ-HQ', 'dimsText')).toContainText('Beijing Yuan Centre headquarters');
  await value.click();
  await page.keyboard.type('4200');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('grid-status')).toContainText('Saved');
  await expect(value).toHaveText('4,200');
  void host;
});

test('an edit and its undo bring the recomputed KPIs without reloading the year', async ({ page, host }) => {
  const gridLoads: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/data:grid')) gridLoads.push(r.url());
  });
  await page.goto(host.url);
  const scope2 = cell(page, 'ghg.scope2_location', '', 'value');
  await search(page, 'ghg.scope2_location');
  await expect(scope2).toContainText('273,975');
  const before = await scope2.innerText();
  // Scope 2 reads electricity: its row shows the new figure from the edit's answer alone.
  await search(page, 'energy.electricity');
  const electricity = cell(page, 'energy.electricity', '', 'value');
  await electricity.click();
  await page.keyboard.type('600000');
  await page.keyboard.press('Enter');
  await expect(electricity).toHaveText('600,000');
  await expect(page.getByTestId('grid-status')).toContainText('Saved');
  await search(page, 'ghg.scope2_location');
  await expect(scope2).not.toHaveText(before);
  expect(gridLoads).toHaveLength(1);
  // Undo comes from the header; its answer carries the rows it changed, as an edit's does.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(scope2).toHaveText(before);
  await search(page, 'energy.electricity');
  await expect(electricity).not.toHaveText('600,000');
  expect(gridLoads).toHaveLength(1);
});

test('search hides the rows and headings that do not match, and the count follows', async ({ page, host }) => {
  await page.goto(host.url);
  const count = page.getByTestId('grid-count');
  await expect(count).toHaveText(/^\d+ rows$/);
  const all = Number((await count.innerText()).split(' ')[0]);
  await expect(page.locator('.ag-row[row-id="group|employment|hr"]')).toBeVisible();
  await search(page, 'water.fresh');
  await expect(count).toHaveText(/^[1-9] rows?$/);
  await expect(page.locator('.ag-row[row-id="group|employment|hr"]')).toHaveCount(0);
  const ids = await page.locator('[data-testid="data-entry"] .ag-row[row-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('row-id') ?? ''));
  const shown = ids.filter((id) => !id.startsWith('group|'));
  expect(shown.length).toBe(Number((await count.innerText()).split(' ')[0]));
  expect(shown.every((id) => id.startsWith('water.fresh'))).toBe(true);
  expect(ids.filter((id) => id.startsWith('group|')).length).toBeLessThanOrEqual(shown.length);
  await search(page, 'no metric is called this');
  await expect(count).toHaveText('0 rows');
  await search(page, '');
  await expect(count).toHaveText(`${all} rows`);
  await expect(page.locator('.ag-row[row-id="group|employment|hr"]')).toBeVisible();
  void host;
});

test('switching the language relabels the group headings and breakdowns on screen', async ({ page, host }) => {
  await page.goto(host.url);
  await search(page, 'workforce.fulltime');
  const heading = page.locator('.ag-row[row-id="group|employment|hr"] .group-row');
  const female = cell(page, 'workforce.fulltime', 'gender=female', 'dimsText');
  await expect(heading).toHaveText('Employment · Human resources');
  await expect(female).toHaveText('Gender: Female');
  await page.getByText('繁體中文', { exact: true }).click();
  await expect(cell(page, 'workforce.fulltime', '', 'name')).toHaveText(/^全職/);
  await expect(heading).not.toHaveText('Employment · Human resources');
  await expect(heading).toHaveText(/[\u4e00-\u9fff]/);
  await expect(female).toHaveText(/[\u4e00-\u9fff]/);
  void host;
});

test('numbers in the grid read as the rest of the app formats them, in both languages', async ({ page, host, request }) => {
  const headers = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
  const grid = (await (await request.post(`${host.origin}/api/data:grid`, { headers, data: { year: 2024 } })).json()).value as GridData;
  const metrics = (await (await request.post(`${host.origin}/api/catalogue:get`, { headers, data: {} })).json()).value.metrics as { code: string; decimals: number }[];
  const decimals = new Map(metrics.map((m) => [m.code, m.decimals]));
  const rows = new Map(grid.rows.map((r) => [r.id, r]));
  await page.goto(host.url);
  // Offices have the prior year and changes; lost days change by more than 20 % (a flag).
  for (const [lang, query] of [['en', 'office.'], ['en', 'safety.lost_days'], ['zh-Hant', 'office.'], ['zh-Hant', 'safety.lost_days']] as const) {
    if (lang === 'zh-Hant') await page.getByText('繁體中文', { exact: true }).click();
    await search(page, query);
    await expect(page.locator(`.ag-row[row-id^="${query}"]`).first()).toBeVisible();
    await expect(page.locator('[data-testid="data-entry"] .ag-row[row-id]:not(.ag-full-width-row)').first()).toHaveAttribute('row-id', new RegExp(`^${query.replace('.', '\\.')}`));
    const shown = await page.locator('[data-testid="data-entry"] .ag-row[row-id]:not(.ag-full-width-row)').evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('row-id') ?? '', value: e.querySelector('[col-id="value"]')?.textContent ?? '', prior: e.querySelector('[col-id="prior"]')?.textContent ?? '', change: e.querySelector('[col-id="change"]')?.textContent ?? '' })),
    );
    expect(shown.length).toBeGreaterThan(0);
    let withPrior = 0;
    for (const s of shown) {
      const r = rows.get(s.id);
      if (!r) continue;
      const d = decimals.get(r.metric) ?? 2;
      if (r.value !== null && !r.naReason) expect(s.value, s.id).toContain(formatNumber(lang, r.value, d));
      expect(s.prior, s.id).toBe(formatNumber(lang, r.prior, d));
      expect(s.change.replace('⚑ ', ''), s.id).toBe(formatPercentChange(lang, r.changePct));
      if (r.prior !== null) withPrior++;
    }
    expect(withPrior).toBeGreaterThan(0);
  }
});
