// The one-click fix of typography.halfwidth_punctuation: the Chinese text of "About this
// report" holds half-width brackets around Latin text between Chinese characters ("(ESG)報告");
// the editor says how many, converts them in one click, saves, and the check no longer reports
// the block.
import { test, expect } from './fixtures.js';

test.use({ lang: 'en' });

test('converts half-width punctuation in Chinese text in one click, and the check follows', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'Report outline' }).click();
  await page.getByTestId('outline-row').filter({ hasText: 'About this report' }).first().click();
  const block = page.locator('[data-testid="block-editor"][data-block="about-text"]');
  await block.getByText('繁體中文').click();
  const warning = block.getByTestId('halfwidth-warning');
  const zh = block.locator('.ProseMirror');
  // The sample's text is full-width; a sentence typed with half-width punctuation is flagged.
  await zh.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('詳情見附錄(二),如下');
  await expect(warning).toContainText(/has \d+ half-width punctuation/);
  await warning.getByRole('button', { name: 'Convert to full-width' }).click();
  await expect(warning).toBeHidden();
  await expect(zh).toContainText('詳情見附錄（二），如下');
  // Codes and figures keep their own punctuation.
  await expect(zh).toContainText('準則第2號》');
  await expect(block.getByText('Saved', { exact: true })).toBeVisible({ timeout: 10_000 });

  const res = await page.request.post(`${host.origin}/api/checks:run`, { headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' }, data: { year: 2024 } });
  expect(res.ok()).toBe(true);
  const findings = JSON.stringify(await res.json());
  expect(findings).not.toContain('"blockId":"about-text"');

  await page.reload();
  await page.getByRole('menuitem', { name: 'Report outline' }).click();
  await page.getByTestId('outline-row').filter({ hasText: 'About this report' }).first().click();
  await block.getByText('繁體中文').click();
  await expect(block.locator('.ProseMirror')).toContainText('詳情見附錄（二），如下');
  await expect(block.getByTestId('halfwidth-warning')).toBeHidden();
});
