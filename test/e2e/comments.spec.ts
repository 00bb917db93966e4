// Issue 15, items 4 and 7 in the UI (Traditional Chinese): a comment on grid rows (an entered
// and a derived value) and on a report section and one of its blocks, resolved and reopened, with the counts on the row,
// the outline and the blocks following; a comment's markup is shown as typed, never as HTML.
// And the exported report, commented by a reviewer in Word, imported: the preview lists the
// comment, the import brings it onto its block.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commentAsWord } from '../word-comment-xml.js';
import { cell, expect, search, test } from './fixtures.js';

test.use({ lang: 'zh-Hant' });

test('comments on a value, a section and a block; resolving updates the counts', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);

  // A grid row: its review cell shows no comment until one is added in its drawer.
  await page.getByRole('menuitem', { name: '數據填報' }).click();
  await search(page, 'energy.electricity');
  const review = cell(page, 'energy.electricity', '', 'review');
  await expect(review.getByTestId('comment-count')).toHaveCount(0);
  await review.getByTestId('review-cell').click();
  const drawer = page.getByTestId('review-drawer');
  await expect(drawer.getByTestId('comments-panel')).toContainText('尚無評論。');
  await drawer.getByTestId('comment-new-text').fill('請附上電費單<b>佐證</b>');
  await drawer.getByTestId('comment-add').click();
  await expect(drawer.getByTestId('comment-thread')).toHaveCount(1);
  // Shown as typed: the tag is text, not bold markup.
  await expect(drawer.getByTestId('comment-text')).toHaveText('請附上電費單<b>佐證</b>');
  await expect(drawer.locator('[data-testid="comment-text"] b')).toHaveCount(0);
  await expect(review.getByTestId('comment-count')).toHaveText('1');
  await drawer.getByTestId('comment-resolve').click();
  await expect(drawer.getByTestId('comment-thread')).toHaveCount(0);
  await expect(review.getByTestId('comment-count')).toHaveCount(0);
  await drawer.getByTestId('comments-show-resolved').click();
  await expect(drawer.getByTestId('comment-resolved')).toContainText('已由');
  await page.keyboard.press('Escape');

  // A derived row (no state, no evidence of its own) takes comments too.
  await search(page, 'ghg.scope2_location');
  const derived = cell(page, 'ghg.scope2_location', '', 'review');
  await derived.getByTestId('review-cell').click();
  await expect(drawer.getByTestId('review-state')).toHaveCount(0);
  await expect(drawer.getByTestId('evidence-attach')).toHaveCount(0);
  await drawer.getByTestId('comment-new-text').fill('電網排放因子是否已更新？');
  await drawer.getByTestId('comment-add').click();
  await expect(derived.getByTestId('comment-count')).toHaveText('1');
  await page.keyboard.press('Escape');

  // A section of the outline and a block of it.
  await page.getByRole('menuitem', { name: '報告大綱' }).click();
  const row = page.getByTestId('outline-row').filter({ hasText: '關於本報告' });
  await row.click();
  await row.getByTestId('comment-badge').click();
  let side = page.getByTestId('comments-drawer');
  await expect(side).toContainText('章節 關於本報告');
  await side.getByTestId('comment-new-text').fill('報告範圍需與去年一致。');
  await side.getByTestId('comment-add').click();
  await side.getByTestId('comment-new-text').fill('請補充匯報原則。');
  await side.getByTestId('comment-add').click();
  await expect(side.getByTestId('comment-thread')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(row.getByTestId('comment-badge')).toHaveAttribute('data-count', '2');

  const block = page.getByTestId('block').first();
  await block.getByTestId('comment-badge').click();
  side = page.getByTestId('comments-drawer');
  await expect(side).toContainText('關於本報告 的內容塊');
  await side.getByTestId('comment-new-text').fill('此段數字請核對。');
  await side.getByTestId('comment-add').click();
  await expect(side.getByTestId('comment-thread')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(block.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
  // The section's own count is of the section's comments, not its blocks'.
  await expect(row.getByTestId('comment-badge')).toHaveAttribute('data-count', '2');

  // Resolve one of the section's two; the count follows, and reopening brings it back.
  await row.getByTestId('comment-badge').click();
  side = page.getByTestId('comments-drawer');
  await side.getByTestId('comment-resolve').first().click();
  await expect(side.getByTestId('comment-thread')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(row.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
  await row.getByTestId('comment-badge').click();
  side = page.getByTestId('comments-drawer');
  await side.getByTestId('comments-show-resolved').click();
  await side.getByTestId('comment-reopen').click();
  await expect(side.getByTestId('comment-resolve')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(row.getByTestId('comment-badge')).toHaveAttribute('data-count', '2');

  // After a reload the counts come from the workspace.
  await page.reload();
  await page.getByRole('menuitem', { name: '報告大綱' }).click();
  await expect(page.getByTestId('outline-row').filter({ hasText: '關於本報告' }).getByTestId('comment-badge')).toHaveAttribute('data-count', '2');
});

test('a reviewer\u2019s Word comment on the exported report comes back onto its block', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: '匯出' }).click();
  const exportScreen = page.getByTestId('export-screen');
  await exportScreen.getByRole('button', { name: '匯出…' }).click();
  await expect(exportScreen.getByTestId('export-files')).toContainText('esg-report-2024-zh-Hant.docx', { timeout: 60_000 });
  const exported = join(host.dir, 'esg-report-2024-zh-Hant.docx');
  expect(existsSync(exported)).toBe(true);
  writeFileSync(join(host.dir, 'reviewed.docx'), commentAsWord(readFileSync(exported), 'about-text', '陳審閱', '範圍是否與去年一致？'));

  await page.getByRole('menuitem', { name: '匯入' }).click();
  const screen = page.getByTestId('import-screen');
  await screen.getByTestId('import-files').getByLabel('reviewed.docx').check();
  await screen.getByRole('button', { name: '預覽匯入' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('import-comments-count')).toContainText('Word 審閱評論（1 則）');
  const row = preview.getByTestId('import-comments').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('關於本報告 的內容塊');
  await expect(row).toContainText('陳審閱');
  await expect(row).toContainText('範圍是否與去年一致？');
  await expect(row).toContainText('所評段落：「本報告是快手科技發佈的第五份');
  await screen.getByTestId('import-commit').click();
  await expect(screen.getByTestId('import-result')).toContainText('已匯入審閱評論：1 則');

  // Previewed again, it brings nothing new.
  await screen.getByTestId('import-files').getByLabel('reviewed.docx').check();
  await screen.getByRole('button', { name: '預覽匯入' }).click();
  await expect(preview.getByTestId('import-comments-count')).toContainText('1 則評論先前已匯入');
  await expect(screen.getByTestId('import-commit')).toBeDisabled();

  await page.getByRole('menuitem', { name: '報告大綱' }).click();
  await page.getByTestId('outline-row').filter({ hasText: '關於本報告' }).click();
  const block = page.locator('[data-testid="block"][data-block="about-text"]');
  await expect(block.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
  await block.getByTestId('comment-badge').click();
  const side = page.getByTestId('comments-drawer');
  await expect(side.getByTestId('comment-thread')).toContainText('來自 Word');
  await expect(side.getByTestId('comment-text')).toHaveText('範圍是否與去年一致？');
});
