// The governance-structure block in the outline, in both languages: added with its default
// tiers, its tiers retyped one per line, the diagram redrawn from them on screen, saved and
// still there after a reload; tiers that differ between the languages are refused in words, and
// the refused text is kept as this window's draft.
import { test, expect } from './fixtures.js';
import { translate } from '../../shared/i18n/strings.js';
import { ADDABLE_BLOCK_TYPES } from '../../shared/report/block-defaults.js';

for (const lang of ['en', 'zh-Hant'] as const) {
  test.describe(`governance structure (${lang})`, () => {
    test.use({ lang });
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);

    test('adds the block, retypes its tiers, sees the diagram and keeps it after a reload', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: t('nav.outline') }).click();
      await page.getByTestId('outline-row').first().click();
      const blocks = page.getByTestId('block');
      const before = await blocks.count();
      // The list is virtual: walk it with the keyboard to the type near its end.
      await page.getByRole('combobox', { name: t('block.add') }).focus();
      await page.keyboard.press('Enter');
      for (let i = 0; i < ADDABLE_BLOCK_TYPES.indexOf('governance_structure'); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('add-block')).toContainText(t('block.type.governance_structure'));
      await page.getByRole('button', { name: t('block.add') }).click();
      await expect(blocks).toHaveCount(before + 1);
      const added = blocks.last();
      await expect(added).toHaveAttribute('data-type', 'governance_structure');
      await expect(added.getByTestId('governance-diagram')).toBeVisible();

      await added.getByTestId('tiers-zh-Hant').fill('董事會 | 最高管理機構\n可持續發展委員會\n各部門 | 執行 | 人力資源；採購；財務');
      await added.getByTestId('tiers-en').fill('Board | Highest body\nSustainability Committee\nDepartments | Carry out the work | HR; Procurement; Finance');
      const svg = added.getByTestId('governance-diagram').locator('svg');
      await expect(svg).toContainText(lang === 'en' ? 'Sustainability Committee' : '可持續發展委員會');
      await expect(svg).toContainText(lang === 'en' ? 'Procurement' : '採購');
      await added.getByRole('button', { name: t('block.save') }).click();
      await expect(added.getByText(t('outline.saved'))).toBeVisible();

      // Tiers that differ between the languages are refused, in the UI language.
      await added.getByTestId('tiers-en').fill('Board\nDepartments | | HR; Procurement; Finance');
      await added.getByRole('button', { name: t('block.save') }).click();
      await expect(added).toContainText(t('block.governance.tiers_differ'));

      await page.reload();
      await page.getByRole('menuitem', { name: t('nav.outline') }).click();
      await page.getByTestId('outline-row').first().click();
      const kept = page.getByTestId('block').last();
      // The saved Chinese tiers, and the refused English text kept as this window's draft.
      await expect(kept.getByTestId('tiers-zh-Hant')).toHaveValue('董事會 | 最高管理機構\n可持續發展委員會\n各部門 | 執行 | 人力資源; 採購; 財務');
      await expect(kept.getByTestId('tiers-en')).toHaveValue('Board\nDepartments |  | HR; Procurement; Finance');
      await expect(kept).toContainText(t('draft.restored'));
      await expect(kept.getByTestId('governance-diagram').locator('svg')).toContainText(lang === 'en' ? 'Finance' : '財務');
    });
  });
}
