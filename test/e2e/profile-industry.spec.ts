// The profile's SASB industry and intensity denominators in the UI: a manufacturer picks its
// industry and "per tonne of product"; the data-entry screen then offers its intensities per
// tonne, and the choice is there after a reload.
import { test, expect } from './fixtures.js';

test.describe('industry and denominators in the profile', () => {
  test.use({ withSample: false, lang: 'en' });

  test('a manufacturer chooses FB-PF and intensities per tonne of product', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByLabel('File name').fill('maker');
    await page.getByRole('button', { name: 'Create an empty workspace' }).click();
    await expect(page.getByTestId('data-entry')).toBeVisible();

    await page.getByRole('menuitem', { name: 'Company profile' }).click();
    await page.getByTestId('profile-nameEn').fill('Ka Wo Foods');
    await page.getByTestId('profile-nameZh').fill('嘉和食品');
    await page.getByTestId('profile-stockCodes').fill('1234');
    await page.getByTestId('profile-sasbIndustry').click();
    await page.locator('.ant-select-item-option', { hasText: 'FB-PF Processed Foods' }).click();
    await page.getByTestId('profile-intensityDenominators').click();
    await page.locator('.ant-select-item-option', { hasText: 'Production output (tonnes)' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('profile-save').click();
    await expect(page.getByText('Profile saved')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('profile-industry.png'), fullPage: true });

    await page.reload();
    await page.getByRole('menuitem', { name: 'Company profile' }).click();
    await expect(page.getByTestId('profile-sasbIndustry')).toContainText('FB-PF Processed Foods');
    await expect(page.getByTestId('profile-intensityDenominators')).toContainText('Production output (tonnes)');

    await page.getByRole('menuitem', { name: 'Data entry' }).click();
    await page.getByTestId('data-entry').getByRole('searchbox').fill('per tonne of product');
    await expect(page.getByTestId('data-entry')).toContainText('GHG emissions per tonne of product (Scope 1 and 2)');
  });
});
