// Report editions in the UI, in both languages: the 2025 report started from 2024 (every block
// carried forward, to review; one marked reviewed), then 2025 published over check errors with
// a reason: the outline says it is frozen and its editors are disabled; unpublished again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type HostHandle } from './fixtures.js';
import { SAMPLE_DIR } from '../../main/services/workspace-service.js';
import { translate } from '../../shared/i18n/strings.js';

/** 2025 becomes a reporting year the way a user gets one: importing 2025 data (through the host's API). */
async function import2025(host: HostHandle): Promise<void> {
  const csv = readFileSync(join(SAMPLE_DIR, 'data-2024.csv'), 'utf8')
    .split('\n')
    .map((l, i) => (i === 0 ? l : l.replace(/^([^,]+),2024,/, '$1,2025,')))
    .filter((l, i) => i === 0 || !l.startsWith('factor.'))
    .join('\n');
  writeFileSync(join(host.dir, 'data-2025.csv'), csv);
  const post = async (method: string, body: unknown) => {
    const r = await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }, body: JSON.stringify(body) });
    const j = (await r.json()) as { ok: boolean; value: { previewId: string } };
    expect(j.ok).toBe(true);
    return j.value;
  };
  const preview = await post('import:preview', { fileNames: ['data-2025.csv'], overwrite: false });
  await post('import:commit', { previewId: preview.previewId });
}

for (const lang of ['en', 'zh-Hant'] as const) {
  test.describe(`editions (${lang})`, () => {
    test.use({ lang });
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
    // Ant Design puts a space between the two characters of a two-character Chinese button label.
    const label = (text: string) => new RegExp(`^${[...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s?')}$`);

    test('starts 2025 from 2024, reviews a block, publishes and unpublishes', async ({ page, host }) => {
      await import2025(host);
      await page.goto(host.url);
      await page.getByRole('combobox', { name: t('year.label') }).click();
      await page.getByTitle('2025').click();
      await page.getByRole('menuitem', { name: t('nav.outline') }).click();
      const bar = page.getByTestId('edition-bar');
      await expect(bar.getByTestId('edition-status')).toHaveText(t('edition.draft'));

      await bar.getByRole('button', { name: t('edition.startFrom', { year: 2025, from: 2024 }) }).click();
      await expect(page.getByTestId('carry-factors')).toBeVisible();
      await page.getByRole('dialog').getByRole('button', { name: t('edition.startFrom', { year: 2025, from: 2024 }) }).click();
      await expect(bar).toContainText(t('edition.started', { year: 2025, from: 2024 }));
      const count = bar.getByTestId('carried-count');
      await expect(count).toBeVisible();
      const before = Number((await count.textContent())?.match(/\d+/)?.[0]);
      expect(before).toBeGreaterThan(10);

      // A section of the 2025 outline: its blocks say they are carried; one is marked reviewed.
      await page.getByTestId('outline-row').first().click();
      const first = page.getByTestId('block').first();
      await expect(first.getByTestId('block-carried')).toHaveText(t('edition.carriedTag'));
      await first.getByRole('button', { name: t('edition.confirm') }).click();
      await expect(first.getByTestId('block-carried')).toHaveCount(0);
      await expect(count).toHaveText(t('edition.carriedCount', { count: before - 1 }));

      // Publish: over check errors only with a reason.
      await bar.getByRole('button', { name: label(t('edition.publish')) }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('publish-force').click();
      const ok = dialog.getByRole('button', { name: label(t('edition.publish')) });
      await expect(ok).toBeDisabled();
      await dialog.getByTestId('publish-reason').fill('Draft circulated to the committee');
      await ok.click();
      await expect(bar.getByTestId('edition-status')).toHaveText(t('edition.published'));
      await expect(page.getByTestId('edition-frozen')).toHaveText(t('edition.frozen', { year: 2025 }));
      await expect(page.getByRole('button', { name: t('outline.add') })).toBeDisabled();
      await expect(page.getByTestId('block').first().getByRole('button', { name: t('edition.confirm') })).toHaveCount(0);

      // 2024 stays a draft with its own outline.
      await page.getByRole('combobox', { name: t('year.label') }).click();
      await page.getByTitle('2024').click();
      await expect(bar.getByTestId('edition-status')).toHaveText(t('edition.draft'));
      await expect(page.getByRole('button', { name: t('outline.add') })).toBeEnabled();

      await page.getByRole('combobox', { name: t('year.label') }).click();
      await page.getByTitle('2025').click();
      await bar.getByRole('button', { name: label(t('edition.unpublish')) }).click();
      await page.getByTestId('unpublish-reason').fill('Figures to be corrected');
      await page.getByRole('dialog').getByRole('button', { name: label(t('edition.unpublish')) }).click();
      await expect(bar.getByTestId('edition-status')).toHaveText(t('edition.draft'));
      await expect(page.getByRole('button', { name: t('outline.add') })).toBeEnabled();
    });

    test('changes the version of Appendix C2 an edition follows, with a reason', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('menuitem', { name: t('nav.outline') }).click();
      const bar = page.getByTestId('edition-bar');
      const guide = t('code.version.guide');
      const code = t('code.version.code');
      await expect(bar.getByTestId('edition-framework')).toHaveText(t('edition.framework', { version: guide }));
      await bar.getByTestId('edition-framework-change').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByTestId('framework-version')).toContainText(code);
      const ok = dialog.getByRole('button', { name: label(t('edition.frameworkChange')) });
      await expect(ok).toBeDisabled();
      await dialog.getByTestId('framework-reason').fill('Early adoption of the Code');
      await ok.click();
      await expect(bar.getByTestId('edition-framework')).toHaveText(t('edition.framework', { version: code }));
      await expect(bar).toContainText(t('edition.frameworkChanged', { year: 2024, version: code }));
      await expect(bar).toContainText('Early adoption of the Code');
    });
  });
}
