// Issue 15's "Done when" in the UI, end to end: a data owner submits, a validator returns one
// value with a comment and approves the rest, evidence is attached and opened, a reviewer
// approves the edition, and it is published. Publishing first is refused while nobody has
// approved (the message says who may do what), the ESG lead requests approval from the
// reviewer, the reviewer approves with a comment (by keyboard), and the published edition
// names who approved it — in the edition bar and in the assurance pack's approvals file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { checkZip, readZipEntry } from '../../main/zip/read.js';
import { expect, test } from './fixtures.js';
import { addPerson, openReview, workAs } from './review-steps.js';

test.use({ lang: 'en' });

test('owner submits, validator returns one and approves the rest, a reviewer approves the edition and the lead publishes it', async ({ page, host }) => {
  // Four people's work in one session: longer than the default minute on a loaded machine.
  test.setTimeout(240_000);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  writeFileSync(join(host.dir, 'headcount-2024.pdf'), pdf);
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'People' }).click();
  await addPerson(page, 'Chan Tai Man', 'Data owner', 'Human Resources');
  await workAs(page, 'Chan Tai Man');
  await addPerson(page, 'Lee Mei', 'Validator');
  await addPerson(page, 'Wong Ka Yan', 'ESG lead');
  await addPerson(page, 'Ho Siu Fung', 'Reviewer');

  // The data owner submits the headcount with its evidence, opens the evidence, then submits the rest of HR.
  let drawer = await openReview(page, 'workforce.total');
  await drawer.getByTestId('review-submit').click();
  await expect(drawer.getByTestId('review-state')).toHaveText('Submitted');
  await drawer.getByTestId('evidence-file').fill('headcount-2024.pdf');
  await drawer.getByTestId('evidence-attach').click();
  await expect(drawer.getByTestId('evidence-name')).toHaveText('headcount-2024.pdf');
  await drawer.getByTestId('evidence-open').click();
  const copy = /Written to (.+)$/.exec((await drawer.getByTestId('evidence-note').innerText()).trim())?.[1] ?? '';
  expect(readFileSync(copy)).toEqual(pdf);
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: 'Collection' }).click();
  // Every filled HR value is submitted; the missing ones cannot be.
  const [filled, ofHr] = ((await page.getByTestId('collection-table').getByTestId('filled-hr').getAttribute('data-value')) ?? '').split('/').map(Number);
  expect(filled).toBeGreaterThan(1);
  expect(filled).toBeLessThan(ofHr!);
  await page.getByTestId('submit-all').click();
  await expect(page.getByTestId('collection-table').getByTestId('submitted-hr')).toHaveAttribute('data-value', `${filled}/${ofHr}`);

  // The validator returns the headcount with a comment and approves the rest.
  await workAs(page, 'Lee Mei');
  drawer = await openReview(page, 'workforce.total');
  await drawer.getByTestId('review-return').click();
  await drawer.getByTestId('review-return-comment').fill('Does the headcount include interns?');
  await drawer.getByTestId('review-return-confirm').click();
  await expect(drawer.getByTestId('review-state')).toHaveText('Returned');
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: 'Collection' }).click();
  await page.getByTestId('approve-all').click();
  await expect(page.getByTestId('collection-table').getByTestId('approved-hr')).toHaveAttribute('data-value', `${filled! - 1}/${ofHr}`);

  // The ESG lead cannot publish what nobody approved: the refusal says what to do.
  await workAs(page, 'Wong Ka Yan');
  await page.getByRole('menuitem', { name: 'Report outline' }).click();
  const bar = page.getByTestId('edition-bar');
  await expect(bar.getByTestId('edition-signoff-gate')).toHaveText('Sign-off: Approval not requested');
  await bar.getByTestId('edition-publish').click();
  let dialog = page.getByRole('dialog', { name: 'Publish the 2024 report' });
  await expect(dialog.getByTestId('publish-gate')).toHaveText('Sign-off: Approval not requested');
  await expect(dialog.getByRole('checkbox', { name: /^Override: publish without an approved sign-off/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(dialog.getByTestId('publish-error')).toHaveText(
    'The 2024 report has not been approved: the ESG lead requests approval from the reviewers, or publishes with an override and its reason',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The lead requests approval; every reviewer is asked.
  await bar.getByTestId('edition-signoff').click();
  let signoff = page.getByTestId('signoff-drawer');
  await expect(signoff.getByTestId('signoff-gate')).toHaveText('Approval not requested');
  await expect(signoff.getByTestId('signoff-decide')).toHaveCount(0);
  await signoff.getByTestId('signoff-request').click();
  await expect(signoff.getByTestId('signoff-done')).toHaveText('Approval of the 2024 report requested from Ho Siu Fung.');
  await expect(signoff.getByTestId('signoff-gate')).toHaveText('Awaiting approval');
  await expect(signoff.getByTestId('signoff-reviewer')).toHaveAttribute('data-decision', 'pending');
  await page.keyboard.press('Escape');
  await expect(bar.getByTestId('edition-signoff-gate')).toHaveText('Sign-off: Awaiting approval');

  // The reviewer approves with a comment, by keyboard.
  await workAs(page, 'Ho Siu Fung');
  await page.getByRole('menuitem', { name: 'Report outline' }).click();
  await bar.getByTestId('edition-signoff').focus();
  await page.keyboard.press('Enter');
  signoff = page.getByTestId('signoff-drawer');
  await expect(signoff.getByTestId('signoff-request')).toHaveCount(0);
  await signoff.getByTestId('signoff-comment').fill('Approved at the ESG committee meeting');
  await signoff.getByTestId('signoff-approve').focus();
  await page.keyboard.press('Enter');
  await expect(signoff.getByTestId('signoff-gate')).toHaveText('Approved');
  const reviewer = signoff.getByTestId('signoff-reviewer');
  await expect(reviewer).toHaveAttribute('data-decision', 'approved');
  await expect(reviewer.getByTestId('signoff-reviewer-comment')).toHaveText('Approved at the ESG committee meeting');
  await expect(signoff.getByTestId('signoff-status')).toHaveText('Approved');
  await page.screenshot({ path: 'test-output/e2e/signoff-drawer.png' });
  await page.keyboard.press('Escape');

  // A reviewer does not publish.
  await bar.getByTestId('edition-publish').click();
  dialog = page.getByRole('dialog', { name: 'Publish the 2024 report' });
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(dialog.getByTestId('publish-error')).toHaveText('Ho Siu Fung is not the ESG lead: only the ESG lead publishes an edition');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The lead publishes the approved edition (the sample's two narrative check errors overridden with a reason).
  await workAs(page, 'Wong Ka Yan');
  await page.getByRole('menuitem', { name: 'Report outline' }).click();
  await expect(bar.getByTestId('edition-signoff-gate')).toHaveText('Sign-off: Approved');
  await bar.getByTestId('edition-publish').click();
  dialog = page.getByRole('dialog', { name: 'Publish the 2024 report' });
  await expect(dialog.getByTestId('publish-gate')).toHaveText('Sign-off: Approved');
  await dialog.getByRole('checkbox', { name: 'Publish despite check errors' }).check();
  await dialog.getByTestId('publish-reason').fill('Rounded growth rates in the supplier text, as the committee agreed');
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(bar.getByTestId('edition-status')).toHaveText('Published');
  await expect(bar.getByTestId('edition-signoff-record')).toHaveText('Approved by Ho Siu Fung');
  await page.screenshot({ path: 'test-output/e2e/signoff-published.png' });
  // The same record in Traditional Chinese, and the drawer's history with the reviewer's comment.
  await page.getByText('繁體中文', { exact: true }).click();
  await expect(bar.getByTestId('edition-signoff-record')).toHaveText('由 Ho Siu Fung 批核');
  await expect(bar.getByTestId('edition-signoff-gate')).toHaveText('審批：已獲批');
  await bar.getByTestId('edition-signoff').click();
  await expect(page.getByTestId('signoff-drawer').getByTestId('signoff-status')).toHaveText('已獲批');
  await expect(page.getByTestId('signoff-drawer').getByTestId('signoff-reviewer-comment')).toHaveText('Approved at the ESG committee meeting');
  await page.screenshot({ path: 'test-output/e2e/signoff-zh.png' });
  await page.keyboard.press('Escape');
  await page.getByText('English', { exact: true }).click();

  // The assurance pack's approvals file records the request, the decision and the publication.
  await page.getByRole('menuitem', { name: 'Collection' }).click();
  await page.getByTestId('assurance-pack').click();
  await expect(page.getByTestId('assurance-done')).toContainText('assurance-pack-2024.zip');
  const zip = readFileSync(join(host.dir, 'assurance-pack-2024.zip'));
  const z = checkZip(zip, { fileBytes: 1e9, entries: 10_000, totalUncompressed: 1e9, entryUncompressed: 1e9, ratio: 1e6 });
  if (!z.ok) throw new Error(z.reason);
  const entry = [...z.entries.values()].find((e) => e.name === 'approvals/edition-signoff-2024.csv');
  expect(entry).toBeDefined();
  const csv = Papa.parse<Record<string, string>>(readZipEntry(zip, entry as NonNullable<typeof entry>).toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  expect(csv.data.map((r) => [r['event'], r['request'], r['person'], r['outcome'], r['comment']])).toEqual([
    ['requested', '1', 'Wong Ka Yan', 'open', ''],
    ['approved', '1', 'Ho Siu Fung', 'approved', 'Approved at the ESG committee meeting'],
    ['closed', '1', '', 'approved', ''],
    ['published', '1', 'Wong Ka Yan', 'approved', ''],
  ]);
});
