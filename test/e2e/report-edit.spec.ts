// Editing report content in the UI: a bullet-list block added to a section keeps its text
// after a reload, and a materiality topic's score edited in its form moves it in the matrix data.
import { test, expect } from './fixtures.js';

test.use({ lang: 'en' });

test('adds a bullet-list block, edits it and sees it after a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'Report outline' }).click();
  await page.getByTestId('outline-row').filter({ hasText: 'Board statement' }).click();
  const blocks = page.getByTestId('block');
  const before = await blocks.count();
  await page.getByRole('combobox', { name: 'Add a block' }).click();
  await page.getByTitle('Bullet list').click();
  await page.getByRole('button', { name: 'Add a block' }).click();
  await expect(blocks).toHaveCount(before + 1);
  const added = blocks.last();
  await expect(added).toHaveAttribute('data-type', 'bullet_list');
  const editor = added.locator('.ProseMirror');
  await expect(editor).toContainText('New item');
  await editor.getByText('New item').click();
  await page.keyboard.press('End');
  await page.keyboard.type(': cut office electricity');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Publish the supplier code');
  await added.getByRole('button', { name: 'Save block' }).click();
  await expect(added.getByText('Saved')).toBeVisible();

  await page.reload();
  await page.getByRole('menuitem', { name: 'Report outline' }).click();
  await page.getByTestId('outline-row').filter({ hasText: 'Board statement' }).click();
  await expect(blocks).toHaveCount(before + 1);
  const items = blocks.last().locator('.ProseMirror li');
  await expect(items).toHaveText(['New item: cut office electricity', 'Publish the supplier code']);
  // The Chinese text is its own: still the default item.
  await blocks.last().getByText('繁體中文').click();
  await expect(blocks.last().locator('.ProseMirror li')).toHaveText(['新項目']);
});

test('edits a materiality topic: a score out of range is refused beside its field, a good one moves the point', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'Materiality and registers' }).click();
  const matrix = page.getByTestId('materiality-matrix');
  const firstRow = page.getByTestId('topic-table').locator('tbody tr').first();
  await expect(matrix).toHaveAttribute('data-points', /:/);
  const points = (await matrix.getAttribute('data-points')) ?? '';
  const topicId = points.split(' ')[0]?.split(':')[0] ?? '';
  expect(topicId).not.toBe('');

  await firstRow.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByTestId('register-form');
  const business = form.getByLabel('Importance to the business');
  await business.fill('12');
  await page.getByRole('button', { name: 'Save' }).click();
  // The server's reason, beside the field; the matrix keeps its point.
  await expect(form.locator('.ant-form-item-explain-error')).toContainText(/10/);
  await expect(matrix).toHaveAttribute('data-points', points);

  await business.fill('2.5');
  await form.getByLabel('Importance to stakeholders').fill('9.5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(matrix).toHaveAttribute('data-points', new RegExp(`^${topicId}:2.5:9.5 `));
  await expect(firstRow.locator('td').nth(2)).toHaveText('2.5');

  await page.reload();
  await page.getByRole('menuitem', { name: 'Materiality and registers' }).click();
  await expect(matrix).toHaveAttribute('data-points', new RegExp(`^${topicId}:2.5:9.5 `));
});
