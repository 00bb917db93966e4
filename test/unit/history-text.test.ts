// History in the UI's language: the value with its unit, the estimated flag, note and source,
// and the cause of the change (grid, undo, import, carried forward), never the stored English.
import { describe, expect, it } from 'vitest';
import { historyContextText, historyValueText } from '../../shared/i18n/history-text.js';
import { unitLabel } from '../../shared/unit-labels.js';

const v = { entered: '27,674 persons', naReason: null, estimated: true, note: '含外包', source: 'HR system' };

describe('history wording', () => {
  it('words a value in Chinese with the unit label and full-width separators', () => {
    expect(historyValueText('zh-Hant', v, (u) => unitLabel(u, 'zh-Hant'))).toBe('27,674 人；估算值；備註：含外包；來源：HR system');
    expect(historyValueText('en', v, (u) => unitLabel(u, 'en'))).toBe('27,674 persons; estimated; note: 含外包; source: HR system');
    expect(historyValueText('zh-Hant', { entered: null, naReason: '不適用於本集團', estimated: false, note: null, source: null })).toBe('不適用（不適用於本集團）');
  });

  it('words the cause of a change', () => {
    expect(historyContextText('zh-Hant', 'edit')).toBe('表格填報');
    expect(historyContextText('zh-Hant', 'undo')).toBe('復原');
    expect(historyContextText('zh-Hant', 'import hr.csv:3')).toBe('匯入 hr.csv:3');
    expect(historyContextText('zh-Hant', 'carried forward from 2023')).toBe('由2023年沿用');
    expect(historyContextText('en', 'edit')).toBe('grid');
  });
});
