// A small, strict scanner for the XML parts of a workbook. Generic parsers (saxes,
// htmlparser2) build every attribute of every tag and took ~450 ms for the 33 MB of sheet
// XML in 40 department workbooks; the reader needs three attributes of a few element kinds,
// so this scanner hands over the raw attribute text and the caller reads only what it needs
// (~8× faster). It still understands all of XML that a workbook writer may use: namespace
// prefixes, either quote style, '>' inside attribute values, comments, processing
// instructions, CDATA and character references. Document type declarations are refused, so
// no entity can expand.

export class XmlError extends Error {}

export interface XmlHandler {
  /** `name` is the local name (any namespace prefix removed); `attrs` the raw attribute text. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags (entities not yet decoded; see decodeXml), or CDATA content. */
  text?(raw: string, cdata: boolean): void;
}

const TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const CLOSE = /<\/([A-Za-z_][\w.:-]*)\s*>/y;

const localName = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** Calls the handler for every tag and text run of `xml`, in order; throws XmlError on malformed input. */
export function scanXml(xml: string, h: XmlHandler): void {
  let pos = 0;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      if (h.text && pos < n) h.text(xml.slice(pos), false);
      return;
    }
    if (lt > pos && h.text) h.text(xml.slice(pos, lt), false);
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      CLOSE.lastIndex = lt;
      const m = CLOSE.exec(xml);
      if (!m) throw new XmlError(`malformed closing tag at character ${lt}`);
      h.close(localName(m[1] as string));
      pos = CLOSE.lastIndex;
    } else if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError(`unterminated processing instruction at character ${lt}`);
      pos = end + 2;
    } else if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlError(`unterminated comment at character ${lt}`);
        pos = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlError(`unterminated CDATA section at character ${lt}`);
        h.text?.(xml.slice(lt + 9, end), true);
        pos = end + 3;
      } else throw new XmlError('document type declarations are not accepted');
    } else {
      TAG.lastIndex = lt;
      const m = TAG.exec(xml);
      if (!m) throw new XmlError(`malformed tag at character ${lt}`);
      const name = localName(m[1] as string);
      const self = m[3] === '/';
      h.open(name, m[2] as string, self);
      if (self) h.close(name);
      pos = TAG.lastIndex;
    }
  }
}

const attrCache = new Map<string, RegExp>();

/** The decoded value of attribute `name` (matched by local name) in raw attribute text. */
export function attr(raw: string, name: string): string | undefined {
  if (raw.length === 0) return undefined;
  let re = attrCache.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrCache.set(name, re);
  }
  const m = re.exec(raw);
  if (!m) return undefined;
  return decodeXml(m[1] ?? m[2] ?? '');
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces XML's five named entities and numeric character references. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&\s]{1,10});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) throw new XmlError(`invalid character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const c = NAMED[ref];
    if (c === undefined) throw new XmlError(`unknown entity ${whole}`);
    return c;
  });
}
