// Every Traditional Chinese message the app shows, from every table in shared/i18n (UI strings,
// rendered message codes), uses full-width punctuation between Chinese characters: no ASCII
// "(", ")", ",", ":" or ";" with Chinese on both sides. Parameters are filled with a Chinese
// word, so that punctuation written around a parameter ("程式 (路徑)。") is caught too.
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, renderMessage, type Message } from '../../shared/i18n/messages.js';
import { STRING_KEYS, translate } from '../../shared/i18n/strings.js';

const WORD = '數值';
/** ASCII ( ) , : ; with a Chinese character (or full-width punctuation) on both sides, spaces allowed. */
const BETWEEN_CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF60] ?[(),:;] ?[\p{Script=Han}\u3000-\u303F\uFF00-\uFF60]/gu;
const halfWidthSpans = (text: string): string[] => [...text.matchAll(BETWEEN_CJK)].map((m) => m[0]);

/**
 * A parameter object that reads as the Chinese word wherever it is used: as text, as a
 * number, as a list of one message, or as an object of more of the same.
 */
function probe(truthy: boolean): unknown {
  const handler: ProxyHandler<object> = {
    get(_t, key) {
      if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? (truthy ? 3 : 0) : truthy ? WORD : '');
      if (key === 'toString' || key === 'valueOf') return () => (truthy ? WORD : '');
      if (key === 'map' || key === 'filter' || key === 'flatMap') return () => (truthy ? [WORD] : []);
      if (key === 'join') return () => (truthy ? WORD : '');
      if (key === 'length') return truthy ? 1 : 0;
      if (key === 'code') return 'value.metric_empty';
      if (key === 'params') return {};
      if (typeof key === 'symbol') return undefined;
      return truthy ? new Proxy({}, handler) : null;
    },
  };
  return new Proxy({}, handler);
}

describe('Traditional Chinese message tables', () => {
  it('has no half-width punctuation between Chinese characters in any UI string', () => {
    const found: string[] = [];
    for (const key of STRING_KEYS) {
      const raw = translate('zh-Hant', key);
      const params = Object.fromEntries([...raw.matchAll(/\{(\w+)\}/g)].map((m) => [m[1] as string, WORD]));
      for (const span of halfWidthSpans(translate('zh-Hant', key, params))) found.push(`${key}: ${span}`);
    }
    expect(found).toEqual([]);
    expect(STRING_KEYS.length).toBeGreaterThan(500);
  });

  it('has none in any rendered message code, whatever its parameters say', () => {
    const found: string[] = [];
    let rendered = 0;
    for (const code of MESSAGE_CODES) {
      for (const truthy of [true, false]) {
        let text: string;
        try {
          text = renderMessage('zh-Hant', { code, params: probe(truthy) } as unknown as Message);
        } catch {
          continue; // a parameter this probe cannot stand for (the other probe renders it)
        }
        rendered++;
        for (const span of halfWidthSpans(text)) found.push(`${code}: ${span}`);
      }
    }
    expect(found).toEqual([]);
    expect(rendered).toBeGreaterThan(MESSAGE_CODES.length);
  });

  it('would catch the bracket the no-soffice message had', () => {
    expect(halfWidthSpans(`找不到其 soffice 程式 (${WORD})。`)).toEqual(['式 (數', '值)。']);
    expect(halfWidthSpans(translate('zh-Hant', 'export.error.noSofficeAt', { path: WORD }))).toEqual([]);
  });
});
