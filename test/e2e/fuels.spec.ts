// The factors screen takes a fuel of the company's own: added with its unit, it gets rows for
// its factors (in its unit), and a factor typed there is saved and recomputes the KPIs.
import { test, expect } from './fixtures.js';

test('a fuel added on the factors screen gets its factor rows in its own unit', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'Factors', exact: true }).click();
  const form = page.getByTestId('add-fuel');
  await form.getByLabel('Fuel code').fill('wood_chips');
  await form.getByLabel('Name (Chinese)').fill('木片');
  await form.getByLabel('Name (English)').fill('Wood chips');
  await form.getByLabel('Unit').fill('t');
  await form.getByRole('checkbox').check();
  await form.getByRole('button', { name: 'Add fuel' }).click();
  await expect(page.getByTestId('factors').getByRole('alert')).toContainText('Fuel wood_chips added, in t');
  const ncv = page.getByLabel('factor.fuel_ncv|fuel=wood_chips Value');
  await expect(ncv).toBeVisible();
  await expect(page.getByRole('row', { name: /factor\.fuel_ncv|Fuel net calorific value/ }).filter({ has: ncv })).toContainText('GJ/t');
  await ncv.fill('12');
  await ncv.press('Enter');
  await expect(page.getByTestId('factors').getByRole('alert')).toContainText('Saved');
  await page.screenshot({ path: 'test-results/fuels-factors.png', fullPage: false });
  // The same code again is refused, saying why.
  await form.getByLabel('Fuel code').fill('wood_chips');
  await form.getByLabel('Name (Chinese)').fill('木片');
  await form.getByLabel('Name (English)').fill('Wood chips');
  await form.getByLabel('Unit').fill('t');
  await form.getByRole('button', { name: 'Add fuel' }).click();
  await expect(page.getByTestId('factors').getByRole('alert')).toContainText('There is a fuel wood_chips already');
});
