// The Targets screen with progress and path, and the checks panel: the sample's typed
// +22.0% for integrity-pledge signatories is flagged against the computed +22.3%.
import { test, expect } from './fixtures.js';

test.use({ lang: 'en' });

test('shows target progress and the +22.0% vs +22.3% finding, filtered by severity', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'Targets and checks' }).click();
  const targets = page.getByTestId('targets-table');
  await expect(targets.locator('tr', { hasText: 'Beijing offices: electricity' })).toContainText('Achieved');
  await expect(targets.getByTestId('target-progress').first()).toBeVisible();
  await expect(targets).toContainText('of the period elapsed');

  const checks = page.getByTestId('checks-panel');
  await checks.getByText(/^Errors \(\d+\)$/).click();
  const finding = checks.locator('tr', { hasText: '22.3' }).first();
  await expect(finding).toContainText('22.0');
  await expect(finding).toContainText('error');
  await expect(checks.locator('tbody tr', { hasText: 'warning' })).toHaveCount(0);
});
