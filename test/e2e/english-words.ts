/// <reference lib="dom" />
// English words on a screen that should read in Traditional Chinese: every visible text, and
// the placeholders, labels and titles a user reads, minus what is meant to stay as written:
// codes (metric, HKEX, SASB, rule codes), unit and standard symbols, file names, numbers, and
// text the user wrote in English (inside an element marked lang="en", or quoted in 「」).
import type { Page } from '@playwright/test';

/** Words that are symbols or names in Chinese text too. */
export const ALLOWED = new Set([
  'ESG', 'HKEX', 'SASB', 'TCFD', 'ISSB', 'IFRS', 'GRI', 'PUE', 'GHG', 'KPI', 'KPIs', 'CSV', 'DOCX', 'XLSX', 'PDF', 'Word', 'Excel', 'LibreOffice',
  'MWh', 'kWh', 'GWh', 'GJ', 'MJ', 'TJ', 'tCO2e', 'tCO2', 'CO2e', 'CO2', 't', 'kg', 'm', 'L', 'PB', 'CNY', 'HKD', 'RMB', 'NA', 'N/A',
  'Ctrl', 'Alt', 'Enter', 'Esc', 'F2', 'Z', 'Tab', 'Shift',
  'PNG', 'JPEG', 'KB', 'PATH', // file types, sizes and the PATH where soffice is found
  'IT', 'WUE', // data-centre terms Chinese text uses as they are (IT設備, PUE, WUE)
  'E', 'S', 'G', 'D', // the E, S and G of ESG; HKEX Part D (D部分)
  'English', // the language switch names each language in itself
]);

export interface Hit {
  word: string;
  context: string;
}

/** Texts the page shows (visible text nodes, and placeholder/aria-label/title of visible elements). */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0.01;
    };
    // Content the user wrote in English, marked by its lang attribute.
    const userEnglish = (el: Element | null) => !!el?.closest('[lang="en"]:not(html)');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      // .user-text: what the user typed (notes, sources, NA reasons, their login name), in any language.
      if (!el || !text || userEnglish(el) || el.closest('script, style, code, .user-text')) continue;
      if (shown(el)) out.push(text);
    }
    for (const el of Array.from(document.querySelectorAll('[placeholder], [aria-label], [title]'))) {
      // antd names its icons by glyph (aria-label="down") whatever the locale: not text of ours.
      if (!shown(el) || userEnglish(el) || el.matches('.anticon')) continue;
      for (const a of ['placeholder', 'aria-label', 'title']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

/** English words outside the allow-list, each with the text it was found in (the page's texts, or those given). */
export async function englishWords(page: Page, extra: ReadonlySet<string> = new Set(), texts?: readonly string[]): Promise<Hit[]> {
  const hits: Hit[] = [];
  for (const raw of texts ?? (await visibleTexts(page))) {
    // Quoted user text, file names, codes with dots/underscores/dashes/digits, e-mail and URLs are not words.
    const text = raw
      .replace(/「[^」]*」/gu, ' ')
      .replace(/\S+@\S+/gu, ' ')
      .replace(/\bhttps?:\/\/\S+/gu, ' ')
      .replace(/[\w./\\-]+\.(esg|docx|xlsx|csv|pdf|json|lock)\b/giu, ' ')
      .replace(/\/[\w./-]+/gu, ' ')
      .replace(/\.(csv|xlsx|docx|pdf|esg)\b/giu, ' ') // a file type: .csv 或 .xlsx
      .replace(/\bCtrl\+\w+/gu, ' ') // a shortcut: Ctrl+B
      .replace(/\b[A-D]\d+(\.\d+)? GD\b/gu, ' ') // an HKEX general disclosure: A1 GD
      .replace(/\[[\w=,.\- ]+\]/gu, ' '); // a breakdown key beside a metric code: [level=staff]
    for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9_.\-'’]*/gu)) {
      const w = m[0].replace(/[.'’-]+$/u, '');
      if (/[_.\d]/.test(w) || /^[A-Z]{1,4}\d/.test(w)) continue; // codes: ghg.scope1, A1.1, TC-SI-130a.1, consistency.narrative_change
      if (/^[A-Z]+(-[A-Z]+)+$/.test(w)) continue; // SASB topic codes such as TC-SI
      if (ALLOWED.has(w) || extra.has(w)) continue;
      hits.push({ word: w, context: raw.length > 120 ? raw.slice(0, 117) + '…' : raw });
    }
  }
  return hits;
}
