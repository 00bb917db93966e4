// Issue 15, item 4 in the UI (Traditional Chinese): a comment on a grid row and on a report
// section and one of its blocks, resolved and reopened, with the counts on the row, the
// outline and the blocks following; a comment's markup is shown as typed, never as HTML.
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
