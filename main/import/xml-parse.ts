// Strict XML reading for the parts of a workbook, with saxes (a maintained, conformant
// streaming parser): any well-formedness error (mis-nested tags, a bare '&', '<' in an
// attribute value, text outside the root, an unknown entity, a disallowed character)
// refuses the part, and the message names it. Document type declarations are refused too,
// so no entity can be declared, let alone expand.
//
// A part is decoded from UTF-8 and fed to the parser 64 KiB at a time, so a 5 MB sheet never
// becomes one 10 MB string. Positions are not tracked on the way (it costs about a tenth of
// the parse); a part that fails is parsed again with positions on, to say where.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export class XmlError extends Error {}

/** An element as the parser gives it: `name` qualified (strip a prefix with localName), attributes by qualified name, decoded. */
export type XmlTag = SaxesTagPlain;

/**
 * What to do with each element and text run. The functions are handed to the parser as they
 * are (called without `this`), so that the hot loop of a 5 MB sheet calls them directly.
 */
export interface XmlHandler {
  open(tag: XmlTag): void;
  /** Also called right after `open` for a self-closing tag. */
  close(tag: XmlTag): void;
  /** Character data, entities decoded; CDATA sections too. */
  text?(text: string): void;
}

const CHUNK_BYTES = 1 << 16;

export const localName = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** The value of attribute `name` matched by local name (`r:id` answers for `id`). */
export function attr(attrs: Readonly<Record<string, string>>, name: string): string | undefined {
  const v = attrs[name];
  if (v !== undefined) return v;
  const suffix = `:${name}`;
  for (const k in attrs) if (k.endsWith(suffix)) return attrs[k];
  return undefined;
}

/** The parser's own refusals, told apart from what the handler throws. */
class Refusal extends Error {}
const DOCTYPE = 'document type declarations are not accepted';

/** What a filter writes through: the parser, and how far into the text written it has read. */
export interface XmlFeed {
  write(text: string): void;
  /** Characters written so far that the parser has read; during a callback, just past the event's '>'. */
  readonly position: number;
}

/**
 * Sees each decoded piece of a part before the parser does, and writes to `feed` what the
 * parser is to read. A filter may keep back text it has proven to be well-formed content at
 * the place it stands (see sheet-cells); whatever else it keeps back is its responsibility.
 */
export type XmlFilter = (text: string, feed: XmlFeed) => void;

interface Writable {
  write(chunk: string): unknown;
  close(): unknown;
}

function feed(parser: Writable, part: string, bytes: Uint8Array, filter?: (text: string) => void): void {
  const write = filter ?? ((t: string) => parser.write(t));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let pos = 0; pos < bytes.length; pos += CHUNK_BYTES) {
    let chunk: string;
    try {
      chunk = decoder.decode(bytes.subarray(pos, pos + CHUNK_BYTES), { stream: true });
    } catch {
      throw new XmlError(`${part} is not UTF-8 text`);
    }
    if (chunk.length) write(chunk);
  }
  try {
    const rest = decoder.decode();
    if (rest.length) write(rest);
  } catch {
    throw new XmlError(`${part} is not UTF-8 text`);
  }
  parser.close();
}

/** saxes's message without its position prefix and final period. */
const reason = (e: Error) => e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');

/** Where and why the parser refuses `bytes`, from a second parse with positions tracked. */
function locateError(part: string, bytes: Uint8Array, first: Refusal): XmlError {
  const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  parser.on('doctype', () => {
    throw new Refusal(DOCTYPE);
  });
  try {
    feed(parser, part, bytes);
  } catch (e) {
    if (e instanceof XmlError) return e;
    if (e instanceof Refusal && e.message === DOCTYPE) return new XmlError(`${part}: ${DOCTYPE}`);
    return new XmlError(`${part} is not well-formed XML at line ${parser.line}, column ${parser.column}: ${reason(e as Error)}`);
  }
  return new XmlError(`${part} is not well-formed XML: ${reason(first)}`);
}

/**
 * Calls the handler for every element and text run of the part, in document order; throws
 * XmlError naming `part` if it is not well-formed. Errors the handler throws pass through.
 * A part refused is parsed again whole, without the filter, to say where.
 */
export function parseXml(part: string, bytes: Uint8Array, h: XmlHandler, filter?: XmlFilter): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('error', (e) => {
    throw new Refusal(e.message);
  });
  parser.on('doctype', () => {
    throw new Refusal(DOCTYPE);
  });
  parser.on('opentag', h.open);
  parser.on('closetag', h.close);
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  const through: XmlFeed = {
    write: (t) => void parser.write(t),
    get position() {
      return parser.position;
    },
  };
  try {
    feed(parser, part, bytes, filter && ((t) => filter(t, through)));
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    if (e.message === DOCTYPE) throw new XmlError(`${part}: ${DOCTYPE}`);
    throw locateError(part, bytes, e);
  }
}

const ignore = () => {};

/** Refuses `bytes` unless it is well-formed XML, reading nothing out of it. */
export function checkXml(part: string, bytes: Uint8Array): void {
  parseXml(part, bytes, { open: ignore, close: ignore });
}
