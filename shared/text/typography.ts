// Typography of report text, applied where a document is written (main/export): Chinese text
// takes full-width punctuation next to Chinese characters (，：；（）！？) while numbers, codes and
// Latin text keep theirs ("1,234.5", "(20/28)", "10:30"); a number stays on the line of its
// unit and a short parenthesised figure is never split (U+00A0 no-break space, U+2060 word
// joiner); CO2 in prose and unit labels is written CO₂ (codes such as ghg.co2_total keep it).

/** Han characters and CJK punctuation (、。「」 and the full-width forms). */
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF60]/u;
const CJK_SRC = '[\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFF60]';
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Whether the text holds a Chinese character. */
export const hasCjk = (text: string): boolean => CJK.test(text);

/**
 * Half-width `, : ; ! ?` with a Chinese character on either side (spaces between ignored, and
 * dropped) become full-width; a pair of parentheses whose content holds a Chinese character
 * becomes （…）. Between two non-Chinese characters nothing changes.
 */
export function fullWidthPunctuation(text: string): string {
  if (!CJK.test(text)) return text;
  const pairs = text.replace(/\(([^()]*)\)/g, (whole, inner: string) => (CJK.test(inner) ? `（${inner.trim()}）` : whole));
  return pairs.replace(/ *([,:;!?]) */g, (whole, p: string, offset: number, all: string) => {
    const before = all.slice(0, offset).slice(-2);
    const after = all.slice(offset + whole.length, offset + whole.length + 2);
    const near = CJK.test([...before].at(-1) ?? '') || CJK.test([...after][0] ?? '');
    return near ? (FULL[p] ?? p) : whole;
  });
}

/** Units a number is kept on the line with (the space between becomes U+00A0). */
const UNIT_AFTER = /(\d) (?=%|‰|萬|億|噸|人|天|小時|元|個|家|次|[kMG]?Wh\b|[GT]J\b|m³|m²|t\b|kg\b|[kM]?tCO|kgCO|km\b|hours?\b|days?\b|persons?\b|people\b|times\b)/g;
/** A short parenthesised figure: "(20/28)", "(30.1 %)". */
const SHORT_FIGURE = /\((\d[\d.,/ %]{0,14})\)/g;

/** No line break between a number and its unit, nor inside a short parenthesised figure. */
export function keepTogether(text: string): string {
  return text
    .replace(UNIT_AFTER, '$1\u00A0')
    .replace(SHORT_FIGURE, (_w, inner: string) => `(\u2060${inner.replace(/ /g, '\u00A0').replace(/\//g, '/\u2060')}\u2060)`);
}

/** The word joiner: zero width, and no line break on either side of it (UAX #14 class WJ). */
export const WORD_JOINER = '\u2060';
/**
 * A number token: an optional sign (U+2212, or "+"/"-" not glued to a word), digits with their
 * grouping and decimal marks, and a percent or per-mille sign, with or without a no-break space
 * before it. Joiners already inside are part of the token, so joining twice changes nothing.
 * The unit lookahead is an alternative with an empty branch, not an optional group: an optional
 * group that matches the empty string is skipped by JavaScript and its capture is lost.
 */
const HAN = /\p{Script=Han}/u;
const NUMBER_TOKEN = /(?:(?<![\p{L}\p{N}])[-+]|\u2212)?\d(?:[\d.,\u2060]*\d)?(?:\u2060?\u00A0?\u2060?[%‰])?(?:\u2060?(\u00A0?)\u2060?(?=\p{Script=Han})|)/gu;

/**
 * No line break inside a number, nor between a number and the Chinese text around it
 * ("較2023年", "16,343人次", "100.0%"): word joiners go between every two characters of the token
 * and between it and a Chinese character on either side. Word honours them. LibreOffice breaks
 * a Chinese line at any character whose script language is Chinese (see the report styles'
 * Latin-script language) but does honour a joiner between a figure and a Chinese character by
 * setting them tight, as the reference report prints them, rather than spaced on one side only.
 */
export function joinNumbers(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(NUMBER_TOKEN, (token: string, space: string | undefined, offset: number, all: string) => {
    const body = (space === undefined ? token : token.replace(/[\u2060\u00A0]+$/, '')).replace(/\u2060/g, '');
    const joined = [...body].join(WORD_JOINER);
    const before = HAN.test(all[offset - 1] ?? '') ? WORD_JOINER : '';
    return space === undefined ? `${before}${joined}` : `${before}${joined}${WORD_JOINER}${space ? `${space}${WORD_JOINER}` : ''}`;
  });
}

/** The text a reader sees: word joiners taken out (for search, comparison and tests). */
export const withoutJoiners = (text: string): string => text.replace(/\u2060/g, '');

/** CO2 → CO₂ where it stands as a word or a unit (tCO2e, kgCO2/kWh), not inside a code. */
export function subscriptCo2(text: string): string {
  return text.includes('CO2') ? text.replace(/(?<![A-Za-z0-9_.\-])((?:k?g|[kM]?t)?)CO2(e?)(?![A-Za-z0-9_.\-])/g, '$1CO₂$2') : text;
}

/** All of the above for a text of a document in `lang`; full-width punctuation in Chinese only. */
export function typeset(text: string, lang: 'zh-Hant' | 'en'): string {
  const t = subscriptCo2(keepTogether(text));
  return lang === 'zh-Hant' ? fullWidthPunctuation(t) : t;
}

/** Half-width punctuation typed between two Chinese characters: the spans, for a check. */
export function halfWidthBetweenCjk(text: string): string[] {
  return [...text.matchAll(new RegExp(`${CJK_SRC} ?[,:;!?()] ?${CJK_SRC}`, 'gu'))].map((m) => m[0]);
}
