// Setting a company up in the UI, in both languages: Add year (the header's year list shows it
// at once), the Sites screen (add, rename, retire) and the targets editor (a refused value is
// explained beside its field; add, edit, delete).
import { translate, type StringKey } from '../../shared/i18n/strings.js';
import { test, expect } from './fixtures.js';

for (const lang of ['en', 'zh-Hant'] as const) {
  const t = (k: StringKey, p: Record<string, string | number> = {}) => translate(lang, k, p);
  // antd puts a space between the two characters of a two-character Chinese button label
  const btn = (k: StringKey) => new RegExp(`^${[...t(k)].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s?')}$`);

  test.describe(`company set-up (${lang})`, () => {
    test.use({ lang });

    test('Add year puts the new year in the year list at once and selects it', async ({ page, host }) => {
      await page.goto(host.url);
      await expect(page.getByTestId('year-select')).toContainText('2024');
      await page.getByTestId('year-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('year-add-input').fill('2025');
      await dialog.locator('.ant-btn-primary').click();
      await expect(page.getByText(t('year.added', { year: 2025 }))).toBeVisible();
      await expect(page.getByTestId('year-select')).toContainText('2025');
      await page.getByTestId('year-select').click();
      await expect(page.locator('.ant-select-item-option', { hasText: '2025' })).toBeVisible();
      // the same year again is refused, in this language
      await page.keyboard.press('Escape');
      await page.getByTestId('year-add').click();
      await page.getByRole('dialog').getByTestId('year-add-input').fill('2025');
      await page.getByRole('dialog').locator('.ant-btn-primary').click();
      await expect(page.getByText(t('company.year_exists', { year: 2025 }))).toBeVisible();
    });

    test('Sites: add, rename and retire a site; a bad code is explained beside its field', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: t('nav.sites') }).click();
      const table = page.getByTestId('sites-table');
      await expect(table).toContainText('BJ-HQ');
      await page.getByTestId('site-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('site-code').fill('SZ DC');
      await dialog.getByTestId('site-nameZh').fill('深圳數據中心');
      await dialog.getByTestId('site-nameEn').fill('Shenzhen data centre');
      await dialog.locator('.ant-btn-primary').click();
      await expect(dialog).toContainText(t('company.site_code'));
      await dialog.getByTestId('site-code').fill('SZ-DC');
      await dialog.locator('.ant-btn-primary').click();
      const row = table.locator('tr', { hasText: 'SZ-DC' });
      await expect(row).toContainText('Shenzhen data centre');
      await expect(row).toContainText(t('sites.active'));

      await row.getByRole('button', { name: btn('sites.rename') }).click();
      await page.getByRole('dialog').getByTestId('site-nameEn').fill('Shenzhen Nanshan data centre');
      await page.getByRole('dialog').locator('.ant-btn-primary').click();
      await expect(row).toContainText('Shenzhen Nanshan data centre');

      await row.getByRole('button', { name: btn('sites.retire') }).click();
      await page.getByRole('dialog').getByTestId('site-retiredYear').fill('2024');
      await page.getByRole('dialog').locator('.ant-btn-primary').click();
      await expect(row).toContainText(t('sites.retiredAfter', { year: 2024 }));

      // survives a reload
      await page.reload();
      await page.getByRole('menuitem', { name: t('nav.sites') }).click();
      await expect(page.getByTestId('sites-table').locator('tr', { hasText: 'SZ-DC' })).toContainText(t('sites.retiredAfter', { year: 2024 }));
    });

    test('Targets editor: a refused value is explained beside its field; add, edit and delete a target', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: t('nav.targets') }).click();
      const table = page.getByTestId('targets-table');
      await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
      await page.getByTestId('target-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('target-code').fill('T-WASTE');
      await dialog.getByRole('combobox', { name: t('targetsEdit.metric') }).fill('waste.non_hazardous_intensity');
      await page.keyboard.press('Enter');
      await dialog.getByTestId('target-target-year').fill('2030');
      await dialog.getByTestId('target-value').fill('150');
      await dialog.getByTestId('target-title-zh').fill('人均無害廢棄物減少10%');
      await dialog.getByTestId('target-title-en').fill('Non-hazardous waste per person 10% below 2023');
      await dialog.locator('.ant-btn-primary').click();
      await expect(dialog.locator('.ant-form-item-explain-error')).toContainText('at most 100');
      await dialog.getByTestId('target-value').fill('10');
      await dialog.locator('.ant-btn-primary').click();
      await expect(dialog).toBeHidden();
      const row = table.locator('tr', { hasText: 'Non-hazardous waste per person 10% below 2023' });
      const zhRow = table.locator('tr', { hasText: '人均無害廢棄物減少10%' });
      await expect(lang === 'en' ? row : zhRow).toBeVisible();
      const mine = lang === 'en' ? row : zhRow;

      await mine.getByRole('button', { name: btn('targetsEdit.edit') }).click();
      await page.getByRole('dialog').getByTestId('target-value').fill('12');
      await page.getByRole('dialog').getByTestId('target-title-en').fill('Non-hazardous waste per person 12% below 2023');
      await page.getByRole('dialog').getByTestId('target-title-zh').fill('人均無害廢棄物減少12%');
      await page.getByRole('dialog').locator('.ant-btn-primary').click();
      const edited = table.locator('tr', { hasText: lang === 'en' ? '12% below 2023' : '減少12%' });
      await expect(edited).toBeVisible();

      await edited.getByRole('button', { name: btn('targetsEdit.delete') }).click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await expect(edited).toHaveCount(0);
    });
  });
}

test.describe('a new empty workspace', () => {
  test.use({ withSample: false, lang: 'en' });

  test('gets the neutral HKEX outline and its own profile', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByLabel('File name').fill('acme');
    await page.getByRole('button', { name: 'Create an empty workspace' }).click();
    await expect(page.getByTestId('data-entry')).toBeVisible();

    await page.getByRole('menuitem', { name: 'Company profile' }).click();
    await page.getByTestId('profile-nameZh').fill('艾克美科技');
    await page.getByTestId('profile-nameEn').fill('Acme Technology');
    await page.getByTestId('profile-stockCodes').fill('0700, 80700');
    await page.getByTestId('profile-save').click();
    await expect(page.getByText('Profile saved')).toBeVisible();
    // the header names the company at once
    await expect(page.locator('.app-header')).toContainText('Acme Technology');
    await page.getByTestId('profile-stockCodes').fill('0700, 7OO');
    await page.getByTestId('profile-save').click();
    await expect(page.getByTestId('profile-screen').locator('.ant-form-item-explain-error')).toContainText('4 or 5 digits');

    await page.getByRole('menuitem', { name: 'Report outline' }).click();
    const outline = page.getByTestId('outline-screen');
    await expect(outline).toContainText('Reporting principles and boundary');
    await expect(outline).toContainText('Emissions');
    await expect(outline).toContainText('Community investment');
    await expect(outline).not.toContainText('Platform responsibility');
  });
});
