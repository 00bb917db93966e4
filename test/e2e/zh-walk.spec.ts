// The whole app in Traditional Chinese: every screen, each tab, and the dialogs and drawers a
// user opens, with no English word outside the allow-list (codes, unit symbols, file names,
// text the user wrote in English), and every button named in Chinese (icon-only ones too,
// as the browser's accessibility tree names them). Each screen's findings are listed together, so one run
// names every English word still left.
import { translate, type StringKey } from '../../shared/i18n/strings.js';
import { badButtonNames } from './button-names.js';
import { englishWords, type Hit } from './english-words.js';
import { test, expect, cell, search } from './fixtures.js';
import type { Page } from '@playwright/test';

test.use({ lang: 'zh-Hant' });
test.setTimeout(240_000);

const zh = (key: StringKey, params?: Record<string, string | number>) => translate('zh-Hant', key, params);
// antd spaces out a two-character Chinese button label ("編 輯").
const zhButton = (key: StringKey) => new RegExp(`^${[...zh(key)].join('\\s?')}$`);

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(600);
}

test('every screen, tab, dialog and drawer reads in Traditional Chinese', async ({ page, host }) => {
  const found: Record<string, Hit[]> = {};
  const scan = async (where: string) => {
    await settle(page);
    // Every button has a name a screen reader reads out, in Chinese: icon-only ones included.
    const hits = [...(await englishWords(page)), ...(await badButtonNames(page))];
    if (hits.length) found[where] = hits;
  };
  const close = async () => {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  };
  const tabs = async (where: string) => {
    const list = page.getByRole('tab');
    const n = await list.count();
    for (let i = 0; i < n; i++) {
      const tab = list.nth(i);
      if (!(await tab.isVisible())) continue;
      const name = (await tab.textContent()) ?? String(i);
      await tab.click();
      await scan(`${where} › ${name}`);
    }
  };
  const open = async (nav: StringKey) => {
    await page.getByRole('menuitem', { name: zh(nav) }).click();
    await settle(page);
  };

  try {
  await page.goto(host.url);
  await expect(page.getByRole('menuitem', { name: zh('nav.data') })).toBeVisible();
  await scan('data');
  // A refused edit: its message (with a close button) above the grid, the reason in the cell.
  await search(page, 'workforce.total');
  await cell(page, 'workforce.total', '', 'value').click();
  await page.keyboard.type('12.5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('grid-status').getByRole('alert')).toBeVisible();
  await scan('data › refused edit');
  // Drawers of the grid: the history of an entered value, the trace of a derived one.
  await search(page, 'workforce.total');
  await cell(page, 'workforce.total', '', 'actions').getByRole('button').click();
  await expect(page.getByTestId('history-drawer')).toBeVisible();
  await scan('data › history');
  await close();
  await search(page, 'ghg.scope12');
  await cell(page, 'ghg.scope12', '', 'actions').getByRole('button').click();
  await expect(page.getByTestId('trace-drawer')).toBeVisible();
  await scan('data › trace');
  await close();
  await page.getByRole('button', { name: zhButton('grid.addRow') }).click();
  await scan('data › add breakdown');
  await close();
  await page.getByTestId('year-add').click();
  await scan('header › add year');
  await close();

  for (const nav of ['nav.kpi', 'nav.factors', 'nav.outline', 'nav.registers', 'nav.targets', 'nav.profile', 'nav.sites', 'nav.import', 'nav.export'] as const) {
    await open(nav);
    await scan(nav);
    await tabs(nav);
  }

  // Dialogs of the editing screens.
  await open('nav.targets');
  await page.getByTestId('target-add').click();
  await scan('targets › add');
  await close();
  await open('nav.sites');
  await page.getByTestId('site-add').click();
  await scan('sites › add');
  await close();
  await open('nav.registers');
  await page.getByRole('button', { name: zhButton('edit.edit') }).first().click();
  await scan('registers › edit');
  await close();
  await open('nav.outline');
  await page.getByTestId('outline-row').nth(1).click();
  await scan('outline › section');

  // Back to the start screen.
  await page.getByRole('button', { name: zhButton('nav.close') }).click();
  await expect(page.getByRole('menuitem', { name: zh('nav.data') })).toHaveCount(0);
  await scan('start');
  } finally {
    // Whatever the walk reached, every English word it found is named.
    if (Object.keys(found).length) console.log(JSON.stringify(found, null, 1));
  }

  const report = Object.entries(found).map(([where, hits]) => `${where}:\n${[...new Map(hits.map((h) => [`${h.word}|${h.context}`, h])).values()].map((h) => `  ${h.word}  ← ${h.context}`).join('\n')}`).join('\n');
  expect(report, 'English words on zh-Hant screens').toBe('');
  void host;
});
