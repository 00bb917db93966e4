// The page numbers of the contents, from a layout pass (LibreOffice, see main/export/pdf):
// docx writes the contents with an entry per heading and leaves the page numbers blank unless
// the document is given a page-number estimator. This one answers with the pages the layout
// pass printed against each heading, matched to the headings' bookmarks in reading order and
// by title, so the DOCX reads right in viewers that never update fields.
import type { PageNumberEstimator } from 'docx';

/** One entry of a laid-out contents: the heading's text and the page number it shows. */
export interface LaidOutEntry {
  title: string;
  page: number;
}

type Xml = unknown;

const nameOf = (el: Xml): string | undefined => {
  if (typeof el !== 'object' || el === null || Array.isArray(el)) return undefined;
  const k = Object.keys(el)[0];
  return k === '_attr' ? undefined : k;
};
const contentOf = (el: Xml): Xml[] => {
  const n = nameOf(el);
  const c = n ? (el as Record<string, Xml>)[n] : undefined;
  return Array.isArray(c) ? c : c !== undefined ? [c] : [];
};
const attr = (el: Xml, a: string): unknown => {
  for (const c of contentOf(el)) if (typeof c === 'object' && c !== null && '_attr' in c) return (c as { _attr: Record<string, unknown> })._attr[a];
  return undefined;
};

function textOf(el: Xml): string {
  if (typeof el === 'string') return '';
  const n = nameOf(el);
  if (n === 'w:t') return contentOf(el).filter((c): c is string => typeof c === 'string').join('');
  return contentOf(el).map(textOf).join('');
}

/** The heading bookmarks (_Toc…) of a formatted body, in reading order, with their paragraph's text. */
export function headingBookmarks(body: Xml): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (el: Xml, para: Xml | null): void => {
    const n = nameOf(el);
    if (!n) return;
    if (n === 'w:bookmarkStart') {
      const name = attr(el, 'w:name');
      if (typeof name === 'string' && name.startsWith('_Toc') && para) out.push({ name, text: textOf(para) });
      return;
    }
    if (n === 'w:sdt' && JSON.stringify(el).includes('Table of Contents')) return; // the contents' own entries
    for (const c of contentOf(el)) walk(c, n === 'w:p' ? el : para);
  };
  walk(body, null);
  return out;
}

// Word joiners (number-joiners.ts) may come back from the layout pass in a Chinese heading's figures.
const norm = (s: string) => s.replace(/[\s\u2060]+/g, '').normalize('NFC');

/** Bookmark name to page, by walking both lists in order and matching titles. */
export function matchPages(bookmarks: readonly { name: string; text: string }[], entries: readonly LaidOutEntry[]): Map<string, string> {
  const pages = new Map<string, string>();
  let j = 0;
  for (const b of bookmarks) {
    const k = entries.findIndex((e, i) => i >= j && norm(e.title) === norm(b.text));
    if (k < 0) continue;
    pages.set(b.name, String((entries[k] as LaidOutEntry).page));
    j = k + 1;
  }
  return pages;
}

export function laidOutPages(entries: readonly LaidOutEntry[]): PageNumberEstimator {
  return ((body: Xml) => ({ bookmarks: matchPages(headingBookmarks(body), entries) })) as PageNumberEstimator;
}
