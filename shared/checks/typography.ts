// Text a reader would notice before any figure: a footnote that one of the two reports lacks,
// and half-width punctuation in Chinese prose.
//
// - footnote.missing_language (warning): a value's or factor's reader footnote written in one
//   language only. The report in the other language prints the figure without it (it never
//   prints the other language's text), so the two reports disagree on what the figure covers.
// - typography.halfwidth_punctuation (warning): ASCII , ; : ( ) ! ? next to Chinese
//   characters in a Chinese narrative block (the rule the DOCX typesets with: a comma after a
//   Latin word and before Chinese text is a Chinese comma too; "1,234" and "10:30" are not). The DOCX typesets them full-width, but the stored
//   text, the editor preview and every other place it is copied to keep them; the editor
//   converts them in one click (fullWidthDoc).
import type { Finding } from '../checks.js';
import type { Lang } from '../domain.js';
import { fullWidthRun } from '../report/fullwidth-doc.js';
import { finding } from './finding.js';
import type { ReportCheckInput } from './types.js';

export function checkFootnoteLanguages(input: Pick<ReportCheckInput, 'year' | 'footnotes'>): Finding[] {
  const out: Finding[] = [];
  for (const f of input.footnotes ?? []) {
    const zh = !!f.zh?.trim();
    const en = !!f.en?.trim();
    if (zh === en) continue;
    const [has, lacks]: [Lang, Lang] = zh ? ['zh-Hant', 'en'] : ['en', 'zh-Hant'];
    out.push(finding('warning', 'footnote.missing_language', f.metric, input.year, { code: 'check.footnote_language', params: { metric: f.metric, dims: f.dimsKey, year: input.year, has, lacks } }));
  }
  return out;
}

/** At most this many examples in one finding. */
const EXAMPLES = 3;

export function checkHalfWidthPunctuation(input: Pick<ReportCheckInput, 'year' | 'narrative'>): Finding[] {
  const byBlock = new Map<string, { section: string; changed: string[] }>();
  for (const r of input.narrative) {
    if (r.lang !== 'zh-Hant') continue;
    // What the editor's fix would change is what is wrong: the two cannot disagree.
    const { changed } = fullWidthRun(r.run);
    if (!changed.length) continue;
    const acc = byBlock.get(r.blockId) ?? { section: r.sectionTitle, changed: [] };
    acc.changed.push(...changed);
    byBlock.set(r.blockId, acc);
  }
  return [...byBlock].map(([blockId, b]) =>
    finding('warning', 'typography.halfwidth_punctuation', '', input.year, {
      code: 'check.halfwidth_punctuation',
      params: { section: b.section, blockId, count: b.changed.length, examples: [...new Set(b.changed)].slice(0, EXAMPLES) },
    }),
  );
}
