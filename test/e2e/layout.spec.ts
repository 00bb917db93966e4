// Layout at the two screen sizes offices use, in both languages: the top bar keeps its height
// and every control whole, the targets table's status column is never cut, and the materiality
// matrix places every topic's label without overlap. Asserted on bounding boxes; the
// screenshots are saved under test-results/layout/ to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { translate } from '../../shared/i18n/strings.js';
import { test, expect } from './fixtures.js';

interface Box { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const inside = (a: Box, outer: Box) => a.x >= outer.x - 0.5 && a.y >= outer.y - 0.5 && a.x + a.width <= outer.x + outer.width + 0.5 && a.y + a.height <= outer.y + outer.height + 0.5;
const OUT = 'test-results/layout';

/** Boxes of an element's children, and whether each one's content is clipped (scrollWidth > clientWidth). */
async function childBoxes(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((el) =>
    Array.from(el.children).map((c) => {
      const r = c.getBoundingClientRect();
      const h = c as HTMLElement;
      return { name: (h.innerText || h.getAttribute('aria-label') || h.className).slice(0, 40), x: r.x, y: r.y, width: r.width, height: r.height, clipped: h.scrollWidth > h.clientWidth + 1, company: h.dataset['testid'] === 'header-company' };
    }),
  );
}

for (const lang of ['zh-Hant', 'en'] as const) {
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    const tag = `${lang}-${size.width}x${size.height}`;
    test.describe(tag, () => {
      test.use({ lang, viewport: size });

      test(`top bar, targets status and materiality labels hold at ${tag}`, async ({ page, host }) => {
        mkdirSync(OUT, { recursive: true });
        const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
        await page.goto(host.url);
        await expect(page.getByRole('menuitem', { name: t('nav.data') })).toBeVisible();

        // The top bar: full height, every control whole, side by side, within the window.
        const header = await page.getByTestId('app-header').boundingBox();
        expect(header?.height).toBe(56);
        // The spacer between the company name and the controls is empty by design.
        const parts = (await childBoxes(page, 'app-header')).filter((p) => p.name !== 'spacer');
        expect(parts.length).toBeGreaterThan(6);
        for (const p of parts) {
          expect(p.x + p.width, `${p.name} ends inside the window`).toBeLessThanOrEqual(size.width);
          if (!p.company) expect(p.clipped, `${p.name} is not cut`).toBe(false);
          if (p.width > 0 && !p.company) expect(p.height, `${p.name} keeps its height`).toBeGreaterThan(10);
        }
        const visible = parts.filter((p) => p.width > 0);
        for (let i = 0; i < visible.length; i++) for (let j = i + 1; j < visible.length; j++) expect(overlap(visible[i] as Box, visible[j] as Box), `${visible[i]?.name} / ${visible[j]?.name}`).toBe(false);
        await page.screenshot({ path: `${OUT}/${tag}-data.png` });

        // Targets: every status tag whole and inside the table's visible area.
        await page.getByRole('menuitem', { name: t('nav.targets') }).click();
        const table = page.getByTestId('targets-table');
        await expect(table.getByTestId('target-status').first()).toBeVisible();
        const area = await table.locator('.ant-table-container').boundingBox();
        const statuses = table.getByTestId('target-status');
        const n = await statuses.count();
        expect(n).toBeGreaterThanOrEqual(3);
        for (let i = 0; i < n; i++) {
          const s = statuses.nth(i);
          const box = await s.boundingBox();
          expect(box && area && inside(box, area), `status ${i} inside the table`).toBe(true);
          const tagEl = s.locator('.ant-tag');
          expect(await tagEl.evaluate((e) => e.scrollWidth <= e.clientWidth + 1), `status ${i} text not cut`).toBe(true);
          const cellBox = await s.locator('xpath=ancestor::td[1]').boundingBox();
          expect(box && cellBox && inside(box, cellBox), `status ${i} inside its cell`).toBe(true);
        }
        await page.screenshot({ path: `${OUT}/${tag}-targets.png` });

        // Materiality: one label per topic, none hidden, no two overlapping, all inside the chart.
        await page.getByRole('menuitem', { name: t('nav.registers') }).click();
        const matrix = page.getByTestId('materiality-matrix');
        await expect(matrix.locator('svg')).toBeVisible();
        await expect(matrix).toHaveAttribute('data-points', /:/);
        await page.waitForTimeout(300);
        const topics = ((await matrix.getAttribute('data-points')) ?? '').split(' ').filter(Boolean).length;
        expect(topics).toBeGreaterThan(5);
        const chart = await matrix.boundingBox();
        const labels = await matrix.evaluate((el, count) => {
          // Series labels are the text nodes drawn beside the points: not the axis names, ticks or legend.
          const texts = Array.from(el.querySelectorAll('svg text')).map((x) => {
            const r = x.getBoundingClientRect();
            return { text: x.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height, hidden: getComputedStyle(x).display === 'none' || x.getAttribute('opacity') === '0' };
          });
          return { texts, count };
        }, topics);
        const placed = labels.texts.filter((x) => !x.hidden && x.width > 0 && !/^\d+(\.\d+)?$/.test(x.text) && !['E', 'S', 'G', t('registers.businessScore'), t('registers.stakeholderScore')].includes(x.text));
        expect(placed.length, 'every topic has its label').toBe(topics);
        for (const p of placed) expect(chart && inside(p, chart), `${p.text} inside the chart`).toBe(true);
        for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i] as Box, placed[j] as Box), `${placed[i]?.text} / ${placed[j]?.text}`).toBe(false);
        await matrix.screenshot({ path: `${OUT}/${tag}-matrix.png` });
        void host;
      });
    });
  }
}
