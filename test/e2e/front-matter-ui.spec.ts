// Issue 13 in the UI, in both languages: the profile's contact, consolidation, prevailing
// language and cover logo (chosen with a labelled button, previewed from its bytes,
// removable, refused in words); the board approval date beside the edition status (refused
// like `report approve` refuses, frozen once published); and the front_matter block's kind
// with a preview of what it prints in each language.
import { deflateSync } from 'node:zlib';
import { translate, type StringKey } from '../../shared/i18n/strings.js';
import { formatReportDate } from '../../shared/report/front-matter.js';
import { test, expect } from './fixtures.js';

/** A real w×h PNG (RGB, one colour), so the preview must decode the bytes sent. */
function png(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = (crcTable[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(4 + body.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 4 + body.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const rows = Buffer.concat(Array.from({ length: h }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, 0xc0)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

for (const lang of ['en', 'zh-Hant'] as const) {
  const t = (k: StringKey, p: Record<string, string | number> = {}) => translate(lang, k, p);

  test.describe(`front matter in the UI (${lang})`, () => {
    test.use({ lang });

    test('profile: contact fields, consolidation and prevailing language are saved; a bad e-mail is explained beside its field', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: t('nav.profile') }).click();
      const screen = page.getByTestId('profile-screen');
      await expect(screen.getByLabel(t('profile.addressZh'))).toBeVisible();
      await screen.getByTestId('profile-addressEn').fill('Building 1, 6 Shangdi West Road, Beijing');
      await screen.getByTestId('profile-addressZh').fill('北京市海淀區上地西路6號1號樓');
      await screen.getByTestId('profile-phone').fill('+86 10 0000 0000');
      await screen.getByTestId('profile-email').fill('esg at example');
      await screen.getByTestId('profile-save').click();
      await expect(screen.locator('.ant-form-item-explain-error')).toHaveText(t('company.email'));
      await screen.getByTestId('profile-email').fill('esg@example.com');
      await screen.getByTestId('profile-consolidation').click();
      await page.locator('.ant-select-item-option', { hasText: t('consolidation.financial_control') }).click();
      await screen.getByTestId('profile-prevailingLang').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'English' }).click();
      await screen.getByTestId('profile-save').click();
      await expect(page.getByText(t('profile.saved'))).toBeVisible();

      await page.reload();
      await page.getByRole('menuitem', { name: t('nav.profile') }).click();
      await expect(screen.getByTestId('profile-addressEn')).toHaveValue('Building 1, 6 Shangdi West Road, Beijing');
      await expect(screen.getByTestId('profile-email')).toHaveValue('esg@example.com');
      await expect(screen.getByTestId('profile-consolidation')).toContainText(t('consolidation.financial_control'));
      await expect(screen.getByTestId('profile-prevailingLang')).toContainText('English');
    });

    test('profile: the logo is chosen with a labelled button, previewed from its bytes, refused when not an image, and removed', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: t('nav.profile') }).click();
      const field = page.getByTestId('profile-logo');
      await expect(field).toContainText(t('profile.logo'));
      // The sample's logo is shown from the stored bytes.
      await expect(field.getByTestId('profile-logo-img')).toBeVisible();
      await expect(field.getByRole('button', { name: t('profile.logoChoose') })).toBeVisible();
      await expect(page.getByText(/No file chosen|未選擇任何檔案/)).toHaveCount(0);

      const chooser = page.waitForEvent('filechooser');
      await field.getByTestId('profile-logo-choose').click();
      await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png(30, 20) });
      await expect(field.getByTestId('profile-logo-size')).toHaveText(t('profile.logoSet', { mime: 'PNG', kb: 1 }));
      await expect.poll(() => field.getByTestId('profile-logo-img').evaluate((img: HTMLImageElement) => `${img.naturalWidth}x${img.naturalHeight}`)).toBe('30x20');

      await field.getByTestId('profile-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
      await expect(field.getByTestId('profile-logo-error')).toHaveText(t('company.logo_format'));
      // the refused file changed nothing
      await expect.poll(() => field.getByTestId('profile-logo-img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(30);

      await field.getByTestId('profile-logo-remove').click();
      await expect(field.getByTestId('profile-logo-none')).toHaveText(t('profile.logoNone'));
      await page.reload();
      await page.getByRole('menuitem', { name: t('nav.profile') }).click();
      await expect(page.getByTestId('profile-logo-none')).toBeVisible();
    });

    test('editions bar: the approval date is refused on or before the year end, saved after it, and frozen once published', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: t('nav.outline') }).click();
      const bar = page.getByTestId('edition-bar');
      await expect(bar.getByTestId('edition-approved-on')).toHaveText(`${t('edition.approvedOn')} ${formatReportDate('2025-03-24', lang)}`);
      // antd's date picker, in the UI language: the day as the report writes it.
      const picker = bar.getByLabel(t('edition.approvedOnPick'));
      await expect(picker).toHaveValue(formatReportDate('2025-03-24', lang));
      const save = bar.getByTestId('edition-approval-save');
      await expect(save).toBeDisabled();
      // The year end itself is not offered: typed, it is not taken, and nothing can be saved.
      await picker.click();
      await picker.fill('2024-12-31');
      await picker.press('Enter');
      await picker.blur();
      await expect(picker).toHaveValue(formatReportDate('2025-03-24', lang));
      await expect(save).toBeDisabled();
      await expect(bar.getByTestId('edition-approved-on')).toContainText(formatReportDate('2025-03-24', lang));
      // The calendar speaks the UI language (Chinese weeks start on Sunday 日, British ones on
      // Monday) and greys out the days up to the year end: in January 2025's page, the last days
      // of December (29–31 from Sunday, 30–31 from Monday).
      await picker.click();
      const calendar = page.locator('.ant-picker-dropdown:visible');
      await expect(calendar.locator('.ant-picker-content thead th').first()).toHaveText(lang === 'en' ? 'Mo' : '日');
      await expect(calendar.locator('.ant-picker-cell-selected')).toHaveText('24');
      await calendar.locator('.ant-picker-header-prev-btn').click();
      await calendar.locator('.ant-picker-header-prev-btn').click();
      await expect(calendar.locator('.ant-picker-header-view')).toContainText(lang === 'en' ? 'Jan' : '1月');
      await expect(calendar.locator('td.ant-picker-cell-disabled')).toHaveCount(lang === 'en' ? 2 : 3);
      await picker.press('Escape');

      await picker.click();
      await picker.fill('2025-04-02');
      await picker.press('Enter');
      await expect(picker).toHaveValue(formatReportDate('2025-04-02', lang));
      await save.click();
      await expect(bar.getByTestId('edition-approved-on')).toHaveText(`${t('edition.approvedOn')} ${formatReportDate('2025-04-02', lang)}`);
      await expect(bar.getByTestId('edition-approval-error')).toHaveCount(0);

      await bar.getByTestId('edition-publish').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('publish-force').check();
      await dialog.getByTestId('publish-reason').fill('e2e');
      await dialog.locator('.ant-btn-primary').click();
      // publishing builds and keeps every report file: slow on a busy machine
      await expect(bar.getByTestId('edition-status')).toHaveText(t('edition.published'), { timeout: 120_000 });
      await expect(picker).toBeDisabled();
      await expect(bar.getByTestId('edition-approval-save')).toHaveCount(0);
      await expect(bar.getByTestId('edition-approved-on')).toContainText(formatReportDate('2025-04-02', lang));
    });

    test('block editor: a front matter block offers its kind and previews what it prints in each language', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: t('nav.outline') }).click();
      await page.locator('[data-testid="outline-row"][data-section="board-statement"]').click();
      const block = page.locator('[data-testid="block"][data-type="front_matter"]');
      await expect(block.getByTestId('front-matter-kind')).toContainText(t('frontMatter.kind.board_approval'));
      await expect(block.getByTestId('front-preview-zh-Hant')).toContainText('本報告已於2025年3月24日經董事會批准刊發。');
      await expect(block.getByTestId('front-preview-en')).toContainText('The Board approved this report for publication on 24 March 2025.');

      await block.getByTestId('front-matter-kind').click();
      await page.locator('.ant-select-item-option', { hasText: t('frontMatter.kind.report_scope') }).click();
      await expect(block.getByTestId('front-preview-zh-Hant')).toContainText('合併方法');
      await expect(block.getByTestId('front-preview-en')).toContainText('Consolidation approach');
      await expect(block.getByTestId('front-preview-en')).toContainText('1 January 2024 to 31 December 2024.');
      await block.getByRole('button', { name: t('block.save') }).click();
      await expect(block.getByText(t('outline.saved'))).toBeVisible();
      await page.reload();
      await page.getByRole('menuitem', { name: t('nav.outline') }).click();
      await page.locator('[data-testid="outline-row"][data-section="board-statement"]').click();
      await expect(page.locator('[data-testid="block"][data-type="front_matter"]').getByTestId('front-matter-kind')).toContainText(t('frontMatter.kind.report_scope'));
    });
  });
}
