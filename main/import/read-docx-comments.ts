// Reads the comments reviewers left in a report DOCX (Word or LibreOffice): word/comments.xml
// gives each comment's author, date and text; word/document.xml gives where each is anchored
// (w:commentRangeStart, else its w:commentReference), the passage it spans, and the last of
// our hidden section/block bookmarks (anchors.ts) that starts before it. docProps/custom.xml
// names the workspace and edition the report was exported from. The package is checked as
// an untrusted zip (sizes, ratio, CRC) and every part is parsed strictly (no DTD).
import { BOOKMARK_PREFIX, PROP_EDITION, PROP_WORKSPACE } from '../export/docx/anchors.js';
import { checkZip, readZipEntry, ZipReadError, type ZipEntry } from '../zip/read.js';
import { attr, localName, parseXml, XmlError } from './xml-parse.js';

export interface DocxComment {
  /** The comment's id in the document (w:id). */
  wordId: string;
  author: string;
  /** As the document gives it (ISO 8601), or '' when it carries none. */
  date: string;
  text: string;
  /** The passage the comment spans ('' for a comment on a point). */
  quote: string;
  /** The last section/block bookmark before the anchor, or null (cover, contents, header). */
  bookmark: string | null;
  /** A reply (Word's commentsExtended.xml): the id of the comment it answers. */
  replyTo: string | null;
}

export interface DocxComments {
  workspaceId: string | null;
  edition: number | null;
  comments: DocxComment[];
}

export class DocxReadError extends Error {}

const LIMITS = { fileBytes: 100 * 1024 * 1024, entries: 5_000, totalUncompressed: 400 * 1024 * 1024, entryUncompressed: 200 * 1024 * 1024, ratio: 200 };

function part(buf: Uint8Array, entries: Map<string, ZipEntry>, name: string): Buffer | null {
  const e = entries.get(name);
  return e ? readZipEntry(buf, e) : null;
}

function readProperties(bytes: Buffer | null): { workspaceId: string | null; edition: number | null } {
  const props = new Map<string, string>();
  if (bytes) {
    let name: string | null = null;
    let text = '';
    parseXml('docProps/custom.xml', bytes, {
      open: (t) => {
        if (localName(t.name) === 'property') name = attr(t.attributes, 'name') ?? null;
        else if (name !== null) text = '';
      },
      close: (t) => {
        if (localName(t.name) === 'property') name = null;
        else if (name !== null) props.set(name, text.trim());
      },
      text: (s) => {
        text += s;
      },
    });
  }
  const year = props.get(PROP_EDITION);
  return { workspaceId: props.get(PROP_WORKSPACE) ?? null, edition: year && /^\d{4}$/.test(year) ? Number(year) : null };
}

interface CommentText {
  author: string;
  date: string;
  text: string;
  /** The w14:paraId of the comment's last paragraph: what commentsExtended.xml refers to. */
  paraId: string | null;
}

function readCommentTexts(bytes: Buffer | null): Map<string, CommentText> {
  const out = new Map<string, CommentText>();
  if (!bytes) return out;
  let current: { id: string; author: string; date: string; paras: string[]; paraId: string | null } | null = null;
  let inText = false;
  parseXml('word/comments.xml', bytes, {
    open: (t) => {
      const n = localName(t.name);
      if (n === 'comment') current = { id: attr(t.attributes, 'id') ?? '', author: attr(t.attributes, 'author') ?? '', date: attr(t.attributes, 'date') ?? '', paras: [], paraId: null };
      else if (current && n === 'p') {
        current.paras.push('');
        current.paraId = attr(t.attributes, 'paraId') ?? current.paraId;
      }
      else if (current && n === 't') inText = true;
      else if (current && (n === 'tab' || n === 'br') && current.paras.length) current.paras[current.paras.length - 1] += n === 'tab' ? '\t' : '\n';
    },
    close: (t) => {
      const n = localName(t.name);
      if (n === 't') inText = false;
      if (n === 'comment' && current) {
        out.set(current.id, { author: current.author, date: current.date, text: current.paras.join('\n').trim(), paraId: current.paraId });
        current = null;
      }
    },
    text: (s) => {
      if (current && inText && current.paras.length) current.paras[current.paras.length - 1] += s;
    },
  });
  return out;
}

/** Word's replies: paragraph id of a reply → paragraph id of the comment it answers. */
function readReplies(bytes: Buffer | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!bytes) return out;
  parseXml('word/commentsExtended.xml', bytes, {
    open: (t) => {
      if (localName(t.name) !== 'commentEx') return;
      const id = attr(t.attributes, 'paraId');
      const parent = attr(t.attributes, 'paraIdParent');
      if (id && parent) out.set(id, parent);
    },
    close: () => undefined,
  });
  return out;
}

/** Each comment id's anchor (the bookmark before it) and quoted passage, from the body. */
function readAnchors(bytes: Buffer): Map<string, { bookmark: string | null; quote: string }> {
  const out = new Map<string, { bookmark: string | null; quote: string }>();
  const open = new Map<string, string[]>();
  let bookmark: string | null = null;
  let inText = false;
  parseXml('word/document.xml', bytes, {
    open: (t) => {
      const n = localName(t.name);
      if (n === 'bookmarkStart') {
        const name = attr(t.attributes, 'name') ?? '';
        if (name.startsWith(BOOKMARK_PREFIX)) bookmark = name;
      } else if (n === 'commentRangeStart') {
        const id = attr(t.attributes, 'id') ?? '';
        if (!out.has(id)) out.set(id, { bookmark, quote: '' });
        open.set(id, []);
      } else if (n === 'commentRangeEnd') {
        const id = attr(t.attributes, 'id') ?? '';
        const got = open.get(id);
        const a = out.get(id);
        // The Chinese report binds figures with word joiners (U+2060): the quote is read without them.
        if (got && a) a.quote = got.join('').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
        open.delete(id);
      } else if (n === 'commentReference') {
        // A comment on a point has only its reference: it is anchored there.
        const id = attr(t.attributes, 'id') ?? '';
        if (!out.has(id)) out.set(id, { bookmark, quote: '' });
      } else if (n === 't') inText = true;
      else if ((n === 'tab' || n === 'br' || n === 'p') && open.size) for (const q of open.values()) q.push(' ');
    },
    close: (t) => {
      if (localName(t.name) === 't') inText = false;
    },
    text: (s) => {
      if (inText) for (const q of open.values()) q.push(s);
    },
  });
  return out;
}

/** The comments of a DOCX with their anchors, and the workspace and edition it names. */
export function readDocxComments(bytes: Uint8Array): DocxComments {
  const z = checkZip(bytes, LIMITS);
  if (!z.ok) throw new DocxReadError(z.reason);
  try {
    const body = part(bytes, z.entries, 'word/document.xml');
    if (!body) throw new DocxReadError('word/document.xml is missing');
    const props = readProperties(part(bytes, z.entries, 'docProps/custom.xml'));
    const texts = readCommentTexts(part(bytes, z.entries, 'word/comments.xml'));
    const anchors = texts.size ? readAnchors(body) : new Map<string, { bookmark: string | null; quote: string }>();
    const replies = texts.size ? readReplies(part(bytes, z.entries, 'word/commentsExtended.xml')) : new Map<string, string>();
    const byPara = new Map([...texts].flatMap(([id, c]) => (c.paraId ? [[c.paraId, id] as const] : [])));
    const comments: DocxComment[] = [...texts].map(([wordId, c]) => {
      const parent = c.paraId ? replies.get(c.paraId) : undefined;
      const replyTo = parent !== undefined ? (byPara.get(parent) ?? null) : null;
      return { wordId, author: c.author, date: c.date, text: c.text, quote: anchors.get(wordId)?.quote ?? '', bookmark: anchors.get(wordId)?.bookmark ?? null, replyTo: replyTo === wordId ? null : replyTo };
    });
    return { ...props, comments };
  } catch (e) {
    if (e instanceof XmlError || e instanceof ZipReadError) throw new DocxReadError(e.message);
    throw e;
  }
}
