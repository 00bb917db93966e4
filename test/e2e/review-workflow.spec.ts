// Issue 15 in the UI: people with roles, the person working chosen (and remembered), a data
// owner submits and attaches evidence, a validator returns one value with a comment and
// approves the other, the owner reads the comment, the evidence opens from a temporary copy,
// and the collection screen writes the assurance pack with the evidence inside.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkZip } from '../../main/zip/read.js';
import { cell, expect, search, test } from './fixtures.js';
import { addPerson, openReview, workAs } from './review-steps.js';

test.use({ lang: 'en' });

test('owner submits with evidence, validator returns one with a comment and approves the rest', async ({ page, host }) => {
  // Three people's work in one session: longer than the default minute on a loaded machine.
  test.setTimeout(180_000);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  writeFileSync(join(host.dir, 'headcount-2024.pdf'), pdf);
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'People' }).click();
  await addPerson(page, 'Chan Tai Man', 'Data owner', 'Human Resources');
  await workAs(page, 'Chan Tai Man');
  await addPerson(page, 'Lee Mei', 'Validator');

  // The data owner submits two figures of HR and attaches the evidence of one.
  let drawer = await openReview(page, 'workforce.total');
  await expect(drawer.getByTestId('review-state')).toHaveText('Draft');
  await expect(drawer.getByTestId('review-approve')).toHaveCount(0);
  await drawer.getByTestId('review-submit').click();
  await expect(drawer.getByTestId('review-state')).toHaveText('Submitted');
  await drawer.getByTestId('evidence-file').fill('headcount-2024.pdf');
  await drawer.getByTestId('evidence-attach').click();
  await expect(drawer.getByTestId('evidence-name')).toHaveText('headcount-2024.pdf');
  await expect(drawer).toContainText('Chan Tai Man');
  await drawer.getByTestId('evidence-open').click();
  const note = await drawer.getByTestId('evidence-note').innerText();
  const copy = /Written to (.+)$/.exec(note.trim())?.[1] ?? '';
  expect(readFileSync(copy)).toEqual(pdf);
  await page.keyboard.press('Escape');
  // The rest of HR's figures in one go, from the collection screen: 20 of its 21 metrics have data.
  await page.getByRole('menuitem', { name: 'Collection' }).click();
  await expect(page.getByTestId('approve-all')).toHaveCount(0);
  await page.getByTestId('submit-all').click();
  await expect(page.getByTestId('collection-table').getByTestId('submitted-hr')).toHaveAttribute('data-value', '27/30');

  // The validator returns one with a comment and approves the rest.
  await workAs(page, 'Lee Mei');
  drawer = await openReview(page, 'workforce.total');
  await expect(drawer.getByTestId('review-submit')).toHaveCount(0);
  await drawer.getByTestId('review-return').click();
  await drawer.getByTestId('review-return-comment').fill('Does the headcount include interns?');
  await drawer.getByTestId('review-return-confirm').click();
  await expect(drawer.getByTestId('review-state')).toHaveText('Returned');
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: 'Collection' }).click();
  await page.getByTestId('approve-all').click();
  const table = page.getByTestId('collection-table');
  await expect(table.getByTestId('approved-hr')).toHaveAttribute('data-value', '26/30');
  await expect(table.getByTestId('submitted-hr')).toHaveAttribute('data-value', '26/30');
  // Least advanced first: metrics with no value yet head the department's open list, each with a jump.
  await expect(table.locator('tr', { hasText: 'Human resources' })).toContainText('New hires · —');
  await page.getByRole('menuitem', { name: 'Data entry' }).click();
  await search(page, 'workforce.fulltime');
  await expect(cell(page, 'workforce.fulltime', '', 'review').getByTestId('review-cell')).toHaveAttribute('data-state', 'approved');
  await search(page, 'workforce.total');
  await expect(cell(page, 'workforce.total', '', 'review').getByTestId('review-cell')).toHaveAttribute('data-state', 'returned');
  await expect(cell(page, 'workforce.total', '', 'review').getByTestId('evidence-count')).toHaveText('1');

  // A reload asks nobody: this machine remembers who was working; the owner reads the comment.
  await page.reload();
  await expect(page.getByTestId('who-name')).toHaveText('Lee Mei');
  await workAs(page, 'Chan Tai Man');
  drawer = await openReview(page, 'workforce.total');
  await expect(drawer.getByTestId('review-comment')).toHaveText('Does the headcount include interns?');
  await expect(drawer.getByTestId('review-submit')).toBeVisible();
  await page.screenshot({ path: 'test-output/e2e/review-drawer.png' });
  await page.keyboard.press('Escape');

  // The collection screen writes the assurance pack with the evidence, and jumps to what is open.
  await page.getByRole('menuitem', { name: 'Collection' }).click();
  await page.getByTestId('assurance-pack').click();
  await expect(page.getByTestId('assurance-done')).toContainText('assurance-pack-2024.zip');
  await page.screenshot({ path: 'test-output/e2e/collection.png' });
  const zip = readFileSync(join(host.dir, 'assurance-pack-2024.zip'));
  const z = checkZip(zip, { fileBytes: 1e9, entries: 10_000, totalUncompressed: 1e9, entryUncompressed: 1e9, ratio: 1e6 });
  expect(z.ok && [...z.entries.keys()]).toContain('evidence/workforce.total/total/headcount-2024.pdf');
  await page.getByTestId('goto-hr').click();
  await expect(page.getByTestId('data-entry').getByRole('searchbox')).not.toHaveValue('');
  expect(existsSync(copy)).toBe(true);
});
