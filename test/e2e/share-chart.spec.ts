// The share (pie) chart block in the outline, in both languages: the sample's waste pie drawn
// on screen with its slices' shares; moved to a year without waste figures (the sample has them
// for 2024 only) it says so in words instead of drawing an empty ring, and keeps that year after
// saving and reloading.
import { test, expect } from './fixtures.js';
import { translate } from '../../shared/i18n/strings.js';

for (const lang of ['en', 'zh-Hant'] as const) {
  test.describe(`share chart (${lang})`, () => {
    test.use({ lang });
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
    const hazardous = lang === 'en' ? 'Hazardous waste' : '有害廢棄物';

    test('shows the waste pie with its shares, and says when the year chosen has no data', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: t('nav.outline') }).click();
      await page.locator('[data-testid="outline-row"][data-section="green-waste"]').click();
      const block = page.locator('[data-testid="block"][data-block="green-waste-share"]');
      const svg = block.getByTestId('share-chart').locator('svg');
      await expect(svg).toContainText(hazardous);
      // 2024: 51.16 t hazardous of 5,659.01 t in all.
      await expect(svg).toContainText('0.9%');
      await expect(svg).toContainText('99.1%');

      await block.getByRole('combobox', { name: t('block.share.year') }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `${t('block.yearBefore', { n: 1 })} (2023)` }).click();
      await expect(block.getByTestId('share-chart-empty')).toHaveText(t('block.share.noData', { year: 2023 }));
      await block.getByRole('button', { name: t('block.save') }).click();
      await expect(block.getByText(t('outline.saved'))).toBeVisible();

      await page.reload();
      await page.getByRole('menuitem', { name: t('nav.outline') }).click();
      await page.locator('[data-testid="outline-row"][data-section="green-waste"]').click();
      const kept = page.locator('[data-testid="block"][data-block="green-waste-share"]');
      await expect(kept.getByTestId('share-chart-empty')).toHaveText(t('block.share.noData', { year: 2023 }));
      await expect(kept.getByTestId('share-chart')).toHaveCount(0);
    });
  });
}
