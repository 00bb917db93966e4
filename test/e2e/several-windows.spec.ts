// Two pages on one host are two windows on one workspace: editing one value ends with one
// winner and a "changed by someone else — reload" for the other, whose view then shows the
// winner's figure; undo in one page undoes that page's edit, never the other's.
import { test, expect, cell, editValue, search } from './fixtures.js';

test('two pages editing one value: one winner, a reload prompt for the other', async ({ page, host, context }) => {
  const other = await context.newPage();
  for (const p of [page, other]) {
    await p.goto(host.url);
    await search(p, 'water.fresh');
    await expect(cell(p, 'water.fresh', '', 'value')).not.toHaveText('');
  }
  await editValue(page, 'water.fresh', '1234');
  await expect(page.getByTestId('grid-status')).toContainText('water');
  await expect(cell(page, 'water.fresh', '', 'value')).toHaveText('1,234');

  await editValue(other, 'water.fresh', '5678');
  await expect(other.getByTestId('grid-status')).toContainText('Changed by someone else — reload');
  await expect(cell(other, 'water.fresh', '', 'value')).toHaveText('1,234');
  await page.reload();
  await search(page, 'water.fresh');
  await expect(cell(page, 'water.fresh', '', 'value')).toHaveText('1,234');
  await other.close();
});

test("undo in one page does not undo the other page's edit", async ({ page, host, context }) => {
  const other = await context.newPage();
  await page.goto(host.url);
  await search(page, 'water.fresh');
  await other.goto(host.url);
  await search(other, 'waste.hazardous');
  const water = cell(page, 'water.fresh', '', 'value');
  await expect(water).not.toHaveText('');
  const before = await water.innerText();
  await editValue(page, 'water.fresh', '4321');
  await expect(water).toHaveText('4,321');
  await editValue(other, 'waste.hazardous', '77');
  await expect(cell(other, 'waste.hazardous', '', 'value')).toHaveText('77');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(water).toHaveText(before);
  await page.getByRole('button', { name: 'Undo' }).click();
  await other.reload();
  await search(other, 'waste.hazardous');
  await expect(cell(other, 'waste.hazardous', '', 'value')).toHaveText('77');
  await other.close();
});
