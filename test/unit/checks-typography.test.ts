// The two text checks a reviewer would otherwise find on paper: a footnote one report lacks,
// and half-width punctuation in Chinese prose, whose one-click fix leaves nothing to find.
import { describe, expect, it } from 'vitest';
import { findingText } from '../../shared/checks/finding.js';
import { checkFootnoteLanguages, checkHalfWidthPunctuation } from '../../shared/checks/typography.js';
import type { NarrativeRun } from '../../shared/checks/types.js';
import { fullWidthDoc, fullWidthRun } from '../../shared/report/fullwidth-doc.js';
import { markupToDoc } from '../../shared/report/markup.js';
import { inlineRuns, type Inline } from '../../shared/report/rich-text.js';

const run = (blockId: string, lang: 'zh-Hant' | 'en', content: Inline[]): NarrativeRun => ({ sectionId: 's', sectionTitle: '關於本報告', blockId, lang, run: content });
const text = (t: string): Inline => ({ type: 'text', text: t });

describe('footnote.missing_language', () => {
  it('warns of a footnote written in one language only, naming the value and the report that lacks it', () => {
    const found = checkFootnoteLanguages({
      year: 2024,
      footnotes: [
        { metric: 'energy.electricity', dimsKey: '', zh: '涵蓋辦公職場。', en: 'Offices.' },
        { metric: 'water.fresh', dimsKey: '', zh: '自建數據中心回用再生水。', en: null },
        { metric: 'factor.grid_location', dimsKey: 'site=BJ', zh: '  ', en: 'MEE 2024' },
        { metric: 'waste.hazardous', dimsKey: '', zh: null, en: null },
      ],
    });
    expect(found.map((f) => [f.rule, f.severity, f.metric])).toEqual([
      ['footnote.missing_language', 'warning', 'water.fresh'],
      ['footnote.missing_language', 'warning', 'factor.grid_location'],
    ]);
    expect(findingText('en', found[0]!)).toBe('The footnote of water.fresh for 2024 is written in Chinese only: the English report prints the figure without it');
    expect(findingText('zh-Hant', found[1]!)).toBe('factor.grid_location [site=BJ] 2024年度的註腳只有英文：中文報告列出該數字時沒有註腳');
  });
});

describe('typography.halfwidth_punctuation', () => {
  it('finds half-width marks next to Chinese characters in Chinese narrative only, one finding per block', () => {
    const found = checkHalfWidthPunctuation({
      year: 2024,
      narrative: [
        run('about', 'zh-Hant', [text('本報告涵蓋2024年,向持份者說明:')]),
        run('about', 'zh-Hant', [text('數據中心('), { type: 'text', text: '自建', marks: [{ type: 'bold' }] }, text(')')]),
        run('about', 'en', [text('Scope 1, 2 and 3: see below (2024).')]),
        run('numbers', 'zh-Hant', [text('合共1,234.5 噸,時間10:30')]),
        run('clean', 'zh-Hant', [text('本報告，向持份者說明。')]),
      ],
    });
    expect(found).toHaveLength(2);
    const about = found.find((f) => f.text.code === 'check.halfwidth_punctuation' && f.text.params.blockId === 'about')!;
    expect(about.text.params).toMatchObject({ count: 4 });
    expect(findingText('zh-Hant', about)).toContain('「4年,向持」');
    const numbers = found.find((f) => f.text.code === 'check.halfwidth_punctuation' && f.text.params.blockId === 'numbers')!;
    // "1,234.5" and "10:30" are figures; only the comma after 噸 is Chinese punctuation.
    expect(numbers.text.params).toMatchObject({ count: 1 });
  });

  it('is cleared by the one-click fix, which keeps figures, references and footnotes as they are', () => {
    const doc = markupToDoc('本報告涵蓋2024年,向持份者說明:**數據中心**(自建)合共1,234.5 噸,時間10:30[^註腳,保留]\n\n- 項目一;項目二,管治(ESG)報告,比例(20/28)\n\nIn English, nothing changes: (yes).');
    const { value, changed } = fullWidthDoc(doc);
    expect(changed.length).toBe(10);
    const after = inlineRuns(value);
    expect(after.map((r) => r.map((n) => (n.type === 'text' ? n.text : `[${n.type}]`)).join(''))).toEqual([
      '本報告涵蓋2024年，向持份者說明：數據中心（自建）合共1,234.5 噸，時間10:30[footnote]',
      '項目一；項目二，管治（ESG）報告，比例(20/28)',
      'In English, nothing changes: (yes).',
    ]);
    const again = checkHalfWidthPunctuation({ year: 2024, narrative: after.map((r) => run('about', 'zh-Hant', r)) });
    expect(again).toEqual([]);
    expect(fullWidthRun(after[0]!).changed).toEqual([]);
  });
});
