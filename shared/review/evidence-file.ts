// What evidence files are accepted, and how their names are made safe (issue 15). Pure: the
// kind is told from the extension and checked against the first bytes, so a renamed
// executable or an HTML page called "invoice.pdf" is refused before anything is stored.
export const EVIDENCE_KINDS = ['pdf', 'png', 'jpeg', 'gif', 'webp', 'xlsx', 'csv', 'docx', 'eml'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** 25 MB, as the issue asks: a scanned invoice or a utility bill, not a video. */
export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

const BY_EXTENSION: Record<string, EvidenceKind> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  xlsx: 'xlsx',
  csv: 'csv',
  docx: 'docx',
  eml: 'eml',
};

export const EVIDENCE_EXTENSIONS = Object.keys(BY_EXTENSION);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function kindOfName(name: string): EvidenceKind | undefined {
  return BY_EXTENSION[extensionOf(name)];
}

const starts = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Zip archives (XLSX, DOCX) are told apart by their parts, which main/ reads. */
export const isZip = (b: Uint8Array) => starts(b, [0x50, 0x4b, 0x03, 0x04]);

/** Binary formats a text file must not be: a CSV or EML that starts like one of these is not text. */
function looksBinary(b: Uint8Array): boolean {
  const head = b.subarray(0, Math.min(b.length, 8192));
  return head.includes(0) || isZip(b) || starts(b, ascii('%PDF-')) || starts(b, [0x4d, 0x5a]) || starts(b, [0x7f, 0x45, 0x4c, 0x46]);
}

function isUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.length <= 65536 ? b : trimToCharBoundary(b.subarray(0, 65536)));
    return true;
  } catch {
    return false;
  }
}

/** A prefix cut at a UTF-8 character boundary (a cut through a character is not an error of the file). */
function trimToCharBoundary(b: Uint8Array): Uint8Array {
  let end = b.length;
  while (end > 0 && ((b[end - 1] as number) & 0xc0) === 0x80) end--;
  if (end > 0 && ((b[end - 1] as number) & 0x80) !== 0) end--;
  return b.subarray(0, end);
}

/**
 * Does the content start as its kind's files do? XLSX and DOCX only as zips here (their
 * parts are checked by main/); CSV must be UTF-8 text, EML text with mail header lines.
 */
export function contentMatches(kind: EvidenceKind, b: Uint8Array): boolean {
  switch (kind) {
    case 'pdf':
      return starts(b, ascii('%PDF-'));
    case 'png':
      return starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpeg':
      return starts(b, [0xff, 0xd8, 0xff]);
    case 'gif':
      return starts(b, ascii('GIF87a')) || starts(b, ascii('GIF89a'));
    case 'webp':
      return starts(b, ascii('RIFF')) && starts(b, ascii('WEBP'), 8);
    case 'xlsx':
    case 'docx':
      return isZip(b);
    case 'csv':
      return !looksBinary(b) && isUtf8(b) && !/^\s*<(!doctype|html|script|svg)/i.test(textHead(b));
    case 'eml': {
      if (looksBinary(b)) return false;
      // RFC 5322: header fields first; a message has at least From, Date or Received.
      const head = textHead(b).split(/\r?\n\r?\n/)[0] ?? '';
      const fields = head.split(/\r?\n/).filter((l) => /^[A-Za-z][A-Za-z0-9-]*:/.test(l));
      return fields.length >= 2 && fields.some((l) => /^(from|date|received|message-id|subject):/i.test(l));
    }
  }
}

function textHead(b: Uint8Array): string {
  return new TextDecoder('utf-8').decode(b.subarray(0, Math.min(b.length, 8192)));
}

/** The part a zip of this kind must hold (an XLSX renamed .docx is refused, and the other way). */
export const ZIP_MAIN_PART: Record<'xlsx' | 'docx', string> = { xlsx: 'xl/workbook.xml', docx: 'word/document.xml' };

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name safe on every system and inside a zip: the last part of any path, without
 * control characters, the characters Windows forbids, leading dots (hidden files, `..`) or
 * trailing dots and spaces, not a reserved device name, at most 120 characters with its
 * extension kept. Empty results become `file`.
 */
export function sanitiseFileName(raw: string, fallback = 'file'): string {
  const last = raw.split(/[/\\]/).pop() ?? '';
  let s = last
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const dot = s.lastIndexOf('.');
  let stem = dot > 0 ? s.slice(0, dot) : s;
  const ext = dot > 0 ? s.slice(dot) : '';
  if (RESERVED.test(stem)) stem = `_${stem}`;
  if (stem === '') stem = fallback;
  const room = Math.max(1, 120 - ext.length);
  s = [...stem].slice(0, room).join('') + [...ext].slice(0, 16).join('');
  return s;
}

/** A name part from metric and dimensions for the assurance pack: `ghg.scope1_total` `site-hk`. */
export function safePart(text: string): string {
  // No `..` anywhere, so that no part of the path can name a parent folder.
  const s = text.replace(/[^A-Za-z0-9._=-]+/g, '-').replace(/\.{2,}/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return s === '' ? 'total' : s.slice(0, 80);
}
