// Destructive actions are undoable or asked first: Delete on a grid value clears the number
// only (note, source and flag stay) and offers Undo; emptying a factor's field never deletes
// the factor and its source (refused with the reason); "Remove" deletes it after a question.
import { test, expect, cell, search } from './fixtures.js';

const WORDS = {
  en: { cleared: 'note, source and flag are kept', undo: 'Undo', back: 'Put back the value', factors: 'Factors', refused: 'A factor is not removed by emptying its value', remove: 'Remove', removed: 'Removed' },
  'zh-Hant': { cleared: '其備註、來源及標記仍保留', undo: '復原', back: '已還原', factors: '排放及換算係數', refused: '清空數值不會刪除係數', remove: '移除', removed: '已移除' },
} as const;

// antd puts a space between the two characters of a two-character Chinese button label.
const label = (text: string) => new RegExp(`^${[...text].join('\\s?')}$`);

for (const lang of ['en', 'zh-Hant'] as const) {
  const w = WORDS[lang];
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    test('Delete on a grid value keeps its note and offers an undo that puts the number back', async ({ page, host }) => {
      await page.goto(host.url);
      await search(page, 'water.fresh');
      const value = cell(page, 'water.fresh', '', 'value');
      const note = cell(page, 'water.fresh', '', 'note');
      await expect(value).not.toHaveText('');
      const before = await value.innerText();
      await note.dblclick();
      await note.locator('input').fill('meter read on 31 Dec');
      await note.locator('input').press('Enter');
      await expect(note).toHaveText('meter read on 31 Dec');

      await value.click();
      await page.keyboard.press('Delete');
      const status = page.getByTestId('grid-status');
      await expect(status).toContainText(w.cleared);
      await expect(value).toHaveText('');
      await expect(note).toHaveText('meter read on 31 Dec');

      await status.getByRole('button', { name: label(w.undo) }).click();
      await expect(status).toContainText(w.back);
      await expect(value).toHaveText(before);
      await expect(note).toHaveText('meter read on 31 Dec');
    });

    test('emptying a factor field is refused; Remove asks, then deletes it with its source', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: w.factors, exact: true }).click();
      const field = page.getByLabel('factor.grid_location', { exact: false }).first();
      const before = await field.inputValue();
      expect(before).not.toBe('');
      await field.fill('');
      await field.press('Enter');
      await expect(page.getByTestId('factors').getByRole('alert')).toContainText(w.refused);
      await expect(field).toHaveValue(before);
      await page.reload();
      await page.getByRole('menuitem', { name: w.factors, exact: true }).click();
      await expect(field).toHaveValue(before);

      await page.getByRole('button', { name: `${w.remove} factor.grid_location` }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: label(w.remove) }).click();
      await expect(page.getByTestId('factors').getByRole('alert')).toContainText(w.removed);
      await expect(field).toHaveValue('');
    });
  });
}
