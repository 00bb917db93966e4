// The climate register block shows one group of risks: in the sample's 1.1.2 Strategy the
// physical and transition risks are two blocks; switching one to the other group is saved and
// still there after a reload, and a block that shows opportunities offers no risk group.
import { test, expect } from './fixtures.js';
import { translate } from '../../shared/i18n/strings.js';

test.describe('climate register risk groups (zh-Hant)', () => {
  test.use({ lang: 'zh-Hant' });
  const t = (key: Parameters<typeof translate>[1]) => translate('zh-Hant', key);

  test('shows the group of each register block and saves a change of group', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('menuitem', { name: t('nav.outline') }).click();
    await page.locator('[data-testid="outline-row"][data-section="climate-strategy"]').click();
    const physical = page.locator('[data-testid="block"][data-block="climate-risks-physical"]');
    const transition = page.locator('[data-testid="block"][data-block="climate-risks-transition"]');
    const opportunities = page.locator('[data-testid="block"][data-block="climate-opportunities"]');
    const group = (b: typeof physical) => b.getByRole('combobox', { name: t('block.climateGroup') });
    await expect(physical.getByTestId('block-config')).toContainText(t('block.climateGroup.physical'));
    await expect(transition.getByTestId('block-config')).toContainText(t('block.climateGroup.transition'));
    await expect(group(opportunities)).toBeDisabled();
    await physical.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('climate-register-groups.png') });

    await group(physical).click();
    await page.locator('.ant-select-item-option', { hasText: t('block.climateGroup.all') }).click();
    await physical.getByRole('button', { name: t('block.save') }).click();
    await expect(physical.getByText(t('outline.saved'))).toBeVisible();

    await page.reload();
    await page.getByRole('menuitem', { name: t('nav.outline') }).click();
    await page.locator('[data-testid="outline-row"][data-section="climate-strategy"]').click();
    await expect(page.locator('[data-testid="block"][data-block="climate-risks-physical"]').getByTestId('block-config')).toContainText(t('block.climateGroup.all'));
    await expect(page.locator('[data-testid="block"][data-block="climate-risks-transition"]').getByTestId('block-config')).toContainText(t('block.climateGroup.transition'));
  });
});
