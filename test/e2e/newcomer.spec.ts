// A newcomer's first session: create the sample, find Scope 2, change one of its inputs,
// see the derived KPIs change and the change in the value's history.
import { test, expect, cell, search, editValue } from './fixtures.js';

test.use({ withSample: false, lang: 'en' });

test('create the sample, change electricity, see Scope 2 and the history follow', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByText('Create the sample company')).toBeVisible();
  await page.getByLabel('File name').fill('my-sample');
  const started = Date.now();
  await page.getByRole('button', { name: 'Create the sample company' }).click();
  await expect(page.getByTestId('data-entry')).toBeVisible();
  await expect(cell(page, 'workforce.total', '', 'value')).toContainText('27,674');
  test.info().annotations.push({ type: 'grid-ready-ms', description: String(Date.now() - started) });

  // Find Scope 2 (both methods) and note the location-based figure.
  await search(page, 'Scope 2');
  const scope2 = cell(page, 'ghg.scope2_location', '', 'value');
  await expect(scope2).toContainText('273,975');
  await expect(cell(page, 'ghg.scope2_market', '', 'value')).toBeVisible();

  // Its trace names the input and the factor with its source.
  await page.locator('.ag-row[row-id="ghg.scope2_location|"]').getByRole('button', { name: 'Trace' }).click();
  const trace = page.getByTestId('trace-drawer');
  await expect(trace.getByText('energy.electricity', { exact: true })).toBeVisible();
  await expect(trace.getByText('factor.grid_location', { exact: true })).toBeVisible();
  await trace.getByRole('button', { name: 'Close' }).click();

  // Change purchased electricity: saved at once, Scope 2 recomputed.
  await search(page, 'energy.electricity');
  await editValue(page, 'energy.electricity', '100000');
  await expect(page.getByTestId('grid-status')).toContainText('Saved');
  await expect(cell(page, 'energy.electricity', '', 'value')).toContainText('100,000');
  await search(page, 'Scope 2');
  await expect(scope2).not.toContainText('273,975');
  const changed = await scope2.innerText();

  // The KPI overview shows the same new figure.
  await page.getByRole('menuitem', { name: 'KPI overview' }).click();
  await expect(page.getByTestId('kpi-ghg.scope2_location').getByTestId('kpi-value')).toHaveText(changed.replace('ƒ', '').trim());
  await page.getByRole('menuitem', { name: 'Data entry' }).click();

  // The history shows the edit, old and new.
  await search(page, 'energy.electricity');
  await page.locator('.ag-row[row-id="energy.electricity|"]').getByRole('button', { name: 'History' }).click();
  const history = page.getByTestId('history-drawer');
  await expect(history.getByTestId('history-entry').first()).toContainText('changed');
  await expect(history.getByTestId('history-entry').first()).toContainText('100000');
  await history.getByRole('button', { name: 'Close' }).click();

  // Undo puts the old figure back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await search(page, 'Scope 2');
  await expect(scope2).toContainText('273,975');
});
