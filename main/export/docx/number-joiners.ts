// Word joiners inside the numbers of a Chinese report's text (shared/text/typography.ts,
// joinNumbers), applied to the packed document's text parts: this is the one place every run
// passes through, whether its text came from the model, a label table or a builder's own
// composition ("目標 (2028)"), so no figure is left out. Only <w:t> content changes; field codes
// (<w:instrText>), attributes and markup do not. A figure that meets Chinese text at the edge of
// a run ("共" then "16,343" then "人次") is joined to it across the runs too.
import { joinNumbers, WORD_JOINER } from '../../../shared/text/typography.js';
import type { PartFix } from '../xlsx/deterministic.js';

/** The parts that hold text a reader sees: the body, footnotes, headers and footers. */
const TEXT_PART = /^word\/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$/;
/** A text element; its content is escaped XML without markup, so it cannot hold "<". */
const TEXT_ELEMENT = /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g;
/** Entity references (&amp;, &#x2060;) are kept whole: their digits are not figures. */
const ENTITY = /(&[#\w]+;)/;

const joinEscaped = (xml: string): string =>
  xml
    .split(ENTITY)
    .map((part, i) => (i % 2 ? part : joinNumbers(part)))
    .join('');

const endsInFigure = /[\d%‰]$/;
const startsWithUnit = /^[\p{Script=Han}%‰]/u;
const endsInHan = /\p{Script=Han}$/u;
const startsWithFigure = /^[\u2212]?\d/;
/** Two runs that meet inside a figure or between a figure and the Chinese text beside it. */
const meetAtFigure = (a: string, b: string) => (endsInFigure.test(a) && startsWithUnit.test(b)) || (endsInHan.test(a) && startsWithFigure.test(b));

/** The XML of one text part with its figures joined. */
export function joinNumbersInXml(xml: string): string {
  const runs = [...xml.matchAll(TEXT_ELEMENT)];
  if (runs.length === 0) return xml;
  let out = '';
  let at = 0;
  runs.forEach((m, i) => {
    const start = m.index;
    const [whole, open, text, close] = m as unknown as [string, string, string, string];
    let joined = joinEscaped(text);
    const next = runs[i + 1];
    // Across runs only within one paragraph (no </w:p> between) and with nothing but markup
    // between them (a footnote reference or a tab is markup too, and breaks may fall there).
    if (next && meetAtFigure(joined, next[2] ?? '')) {
      const between = xml.slice(start + whole.length, next.index);
      if (!/<\/w:p>|<w:footnoteReference|<w:tab\/>|<w:br\b/.test(between)) joined += WORD_JOINER;
    }
    out += xml.slice(at, start) + open + joined + close;
    at = start + whole.length;
  });
  return out + xml.slice(at);
}

/** The part fix for a Chinese report's package; other parts pass unchanged. */
export const joinNumbersInParts: PartFix = (name, data) =>
  TEXT_PART.test(name) ? Buffer.from(joinNumbersInXml(Buffer.from(data).toString('utf8')), 'utf8') : data;
