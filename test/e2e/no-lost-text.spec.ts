// Nothing typed in a narrative block is lost: not by switching its text language, not by
// pausing (saved within a second, no button), not by leaving for another section at once,
// not by a reload; text the server refuses stays as this window's draft and leaving asks.
import { test, expect } from './fixtures.js';
import type { Page } from '@playwright/test';

const WORDS = {
  en: { outline: 'Report outline', data: 'Data entry', saved: 'Saved', leave: 'Leave anyway', stay: 'Stay and fix', title: 'Leave without saving?', restored: 'Restored the text you had not saved', board: 'Board statement', community: /^2\.5\.1 / },
  'zh-Hant': { outline: '報告大綱', data: '數據填報', saved: '已儲存', leave: '仍要離開', stay: '留下修改', title: '尚未儲存，確定離開？', restored: '已還原此視窗中尚未儲存的內文', board: '董事會聲明', community: /^2\.5\.1 / },
} as const;

async function openSection(page: Page, nav: string, section: string | RegExp): Promise<void> {
  await page.getByRole('menuitem', { name: nav }).click();
  await page.getByTestId('outline-row').filter({ hasText: section }).click();
}

const richText = (page: Page) => page.locator('[data-testid="block"][data-type="rich_text"]').first();
const caseStudy = (page: Page) => page.locator('[data-testid="block"][data-type="case_study"]').first();

async function typeAtEnd(page: Page, editor: ReturnType<Page['locator']>, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

for (const lang of ['en', 'zh-Hant'] as const) {
  const w = WORDS[lang];
  test.describe(`in ${lang}`, () => {
    test.use({ lang });

    test('switching a block to the other language and back keeps what was typed in both', async ({ page, host }) => {
      await page.goto(host.url);
      await openSection(page, w.outline, w.board);
      const block = richText(page);
      const editor = block.locator('.ProseMirror');
      // The text language starts as the UI's: type in it, then in the other one.
      const [first, second] = lang === 'en' ? (['English', '繁體中文'] as const) : (['繁體中文', 'English'] as const);
      await typeAtEnd(page, editor, ' first-language addition');
      await block.getByText(second, { exact: true }).click();
      await typeAtEnd(page, editor, ' 第二語言補充');
      await block.getByText(first, { exact: true }).click();
      await expect(editor).toContainText('first-language addition');
      await block.getByText(second, { exact: true }).click();
      await expect(editor).toContainText('第二語言補充');
      // Both are saved without a click, and come back after a reload.
      await expect(block.getByRole('alert')).toContainText(w.saved);
      await page.reload();
      await openSection(page, w.outline, w.board);
      await expect(richText(page).locator('.ProseMirror')).toContainText('first-language addition');
      await richText(page).getByText(second, { exact: true }).click();
      await expect(richText(page).locator('.ProseMirror')).toContainText('第二語言補充');
    });

    test('text typed and left at once for another section is saved, with no prompt', async ({ page, host }) => {
      await page.goto(host.url);
      await openSection(page, w.outline, w.board);
      await typeAtEnd(page, richText(page).locator('.ProseMirror'), ' typed then left');
      await page.getByTestId('outline-row').filter({ hasText: w.community }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(caseStudy(page)).toBeVisible();
      await page.getByRole('menuitem', { name: w.data }).click();
      await openSection(page, w.outline, w.board);
      await expect(richText(page).locator('.ProseMirror')).toContainText('typed then left');
    });

    test('text the server refuses stays a draft: leaving asks, and the draft comes back', async ({ page, host }) => {
      await page.goto(host.url);
      await openSection(page, w.outline, w.community);
      const block = caseStudy(page);
      // A case study needs its title: emptied, every save is refused.
      await block.locator('input.ant-input').fill('');
      await typeAtEnd(page, block.locator('.ProseMirror'), ' draft words');
      await expect(block.getByRole('alert')).toBeVisible();
      await expect(block.getByRole('alert')).not.toContainText(w.saved);

      // Another section: asked; staying keeps everything as it was.
      await page.getByTestId('outline-row').filter({ hasText: w.board }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText(w.title);
      await dialog.getByRole('button', { name: w.stay }).click();
      await expect(block.locator('.ProseMirror')).toContainText('draft words');

      // Another screen: asked too; leaving anyway keeps the draft in this window.
      await page.getByRole('menuitem', { name: w.data }).click();
      await expect(dialog).toContainText(w.title);
      await dialog.getByRole('button', { name: w.leave }).click();
      await expect(page.getByTestId('data-entry')).toBeVisible();
      await openSection(page, w.outline, w.community);
      await expect(caseStudy(page).getByRole('alert').first()).toContainText(w.restored);
      await expect(caseStudy(page).locator('.ProseMirror')).toContainText('draft words');
      await expect(caseStudy(page).locator('input.ant-input')).toHaveValue('');

      // A reload asks (the browser's own prompt) and the draft survives it.
      let asked = '';
      page.once('dialog', (d) => {
        asked = d.type();
        void d.accept();
      });
      // At the end of the text: a click lands mid-text once the case is longer than a line or two.
      await typeAtEnd(page, caseStudy(page).locator('.ProseMirror'), ' more');
      await page.reload();
      expect(asked).toBe('beforeunload');
      await openSection(page, w.outline, w.community);
      await expect(caseStudy(page).locator('.ProseMirror')).toContainText('draft words more');
      // Fixing the title saves it all: the draft is gone and nothing asks any more.
      await caseStudy(page).locator('input.ant-input').fill(lang === 'en' ? 'Case: the academy' : '案例：學堂');
      await expect(caseStudy(page).getByRole('alert')).toContainText(w.saved);
      await page.getByRole('menuitem', { name: w.data }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await openSection(page, w.outline, w.community);
      await expect(caseStudy(page).locator('.ProseMirror')).toContainText('draft words more');
      await expect(caseStudy(page).getByRole('alert')).toHaveCount(0);
    });
  });
}
