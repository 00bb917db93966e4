// A bad value is shown next to the cell with the reason, and nothing is saved.
import { test, expect, cell, search, editValue } from './fixtures.js';

test.use({ lang: 'en' });

test('a value that is not a number is refused inline and not saved', async ({ page, host, request }) => {
  await page.goto(host.url);
  await search(page, 'energy.electricity');
  const value = cell(page, 'energy.electricity', '', 'value');
  const before = await value.innerText();
  await editValue(page, 'energy.electricity', '12 apples');
  await expect(value.getByTestId('cell-error')).toContainText('not a unit we know');
  await expect(page.getByTestId('grid-status')).toContainText('Not saved');

  await editValue(page, 'energy.electricity', 'abc');
  await expect(value.getByTestId('cell-error')).toContainText('expected a number');

  // Nothing was written: the stored value and its history are as before.
  const headers = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
  const hist = await (await request.post(`${host.origin}/api/value:history`, { headers, data: { metric: 'energy.electricity', year: 2024, dims: {} } })).json();
  expect(hist.value).toHaveLength(1);
  expect(hist.value[0].action).toBe('insert');
  await page.reload();
  await search(page, 'energy.electricity');
  await expect(value).toHaveText(before);
});

test('a unit of another quantity is refused; a convertible one is converted', async ({ page, host }) => {
  await page.goto(host.url);
  await search(page, 'energy.electricity');
  await editValue(page, 'energy.electricity', '5 t');
  await expect(cell(page, 'energy.electricity', '', 'value').getByTestId('cell-error')).toContainText('cannot be converted');
  await editValue(page, 'energy.electricity', '250000 kWh');
  await expect(cell(page, 'energy.electricity', '', 'value')).toHaveText('250');
  void host;
});
