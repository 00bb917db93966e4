/// <reference lib="dom" />
// Text typed by a user is never run as HTML: a materiality topic named with markup shows, in
// the matrix tooltip, as those very characters, and the window stays on the app.
import { test, expect } from './fixtures.js';

const META = '<meta http-equiv="refresh" content="0;url=https://example.com">';
const IMG = '<img src=x onerror="window.__pwned=1">';

const WORDS = {
  en: { registers: 'Materiality and registers', edit: 'Edit', save: 'Save', nameZh: 'Name (Chinese)', nameEn: 'Name (English)', business: 'Importance to the business', stakeholders: 'Importance to stakeholders', shown: IMG },
  'zh-Hant': { registers: '重要性與登記冊', edit: '編輯', save: '儲存', nameZh: '名稱（中文）', nameEn: '名稱（英文）', business: '對業務的重要性', stakeholders: '對持份者的重要性', shown: META },
} as const;

// antd puts a space between the two characters of a two-character Chinese button label.
const label = (text: string) => new RegExp(`^${[...text].join('\\s?')}$`);

for (const lang of ['en', 'zh-Hant'] as const) {
  const w = WORDS[lang];
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    test('a topic named with markup shows as text in the matrix tooltip and does not navigate', async ({ page, host }) => {
      await page.goto(host.url);
      const appUrl = page.url();
      await page.getByRole('menuitem', { name: w.registers }).click();
      await page.getByTestId('topic-table').locator('tbody tr').first().getByRole('button', { name: label(w.edit) }).click();
      const form = page.getByTestId('register-form');
      await form.getByLabel(w.nameZh).fill(META);
      await form.getByLabel(w.nameEn).fill(IMG);
      // A corner of the matrix no other topic of the sample uses.
      await form.getByLabel(w.business).fill('0.3');
      await form.getByLabel(w.stakeholders).fill('9.7');
      await page.getByRole('button', { name: label(w.save) }).click();
      await expect(form).toBeHidden();

      const matrix = page.getByTestId('materiality-matrix');
      await expect(matrix).toHaveAttribute('data-points', /:0\.3:9\.7/);
      const box = await matrix.boundingBox();
      if (!box) throw new Error('no matrix');
      // The chart's grid (MaterialityMatrix.tsx): left 56, right 24, top 40, bottom 48; axes 0–10.
      const x = box.x + 56 + ((box.width - 80) * 0.3) / 10;
      const y = box.y + 40 + ((box.height - 88) * (10 - 9.7)) / 10;
      await page.mouse.move(x - 20, y - 20);
      await page.mouse.move(x, y, { steps: 4 });
      const tooltip = matrix.locator('div').filter({ hasText: w.shown }).last();
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText(w.shown);
      expect(await matrix.locator('meta, img').count()).toBe(0);
      await page.waitForTimeout(1500);
      expect(page.url()).toBe(appUrl);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(matrix).toBeVisible();
    });
  });
}
