// Exporting again into a folder that has the earlier files asks first, listing them: keeping
// them writes nothing, replacing them exports as usual.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.js';

const WORDS = {
  en: { en: 'English', zh: 'Traditional Chinese', nav: 'Export', start: 'Export…', title: 'Replace the earlier export?', keep: 'Keep them', replace: 'Replace', done: 'Exported 1 files' },
  'zh-Hant': { en: '英文', zh: '繁體中文', nav: '匯出', start: '匯出…', title: '取代先前匯出的檔案？', keep: '保留原檔', replace: /^取\s?代$/, done: '已匯出 1 個檔案' },
} as const;

for (const lang of ['en', 'zh-Hant'] as const) {
  const w = WORDS[lang];
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    test('exporting over earlier files asks, and keeps them unless told to replace', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: w.nav, exact: true }).click();
      const screen = page.getByTestId('export-screen');
      // Only the Chinese report: one file.
      await screen.getByTestId('export-docx').getByLabel(w.en).uncheck();
      await screen.getByTestId('export-xlsx').getByLabel(w.zh).uncheck();
      await screen.getByRole('button', { name: w.start }).click();
      await expect(screen.getByTestId('export-status')).toContainText(w.done, { timeout: 30_000 });
      const file = join(host.dir, 'esg-report-2024-zh-Hant.docx');
      const first = statSync(file).mtimeMs;

      await screen.getByRole('button', { name: w.start }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText(w.title);
      await expect(dialog.getByTestId('export-existing')).toContainText('esg-report-2024-zh-Hant.docx');
      await dialog.getByRole('button', { name: w.keep }).click();
      await expect(dialog).toHaveCount(0);
      expect(statSync(file).mtimeMs).toBe(first);

      await screen.getByRole('button', { name: w.start }).click();
      await page.getByRole('dialog').getByRole('button', { name: w.replace }).click();
      await expect(screen.getByTestId('export-status')).toContainText(w.done, { timeout: 30_000 });
      expect(statSync(file).mtimeMs).toBeGreaterThan(first);
    });
  });
}
