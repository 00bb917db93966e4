// Characters XML 1.0 cannot hold (its Char production): C0 controls other than tab, line feed
// and carriage return, U+FFFE, U+FFFF and unpaired surrogates. Word, LibreOffice, python-docx
// and openpyxl refuse a package with one of them in any part. Typed text is refused with them
// at the API (xmlSafeIssues in the contract), and every export strips them at its edge.
import type { z } from 'zod';

// Without the u flag, so that a surrogate is matched as a code unit and pairs can be told apart.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ILLEGAL_ALL = new RegExp(ILLEGAL.source, 'g');

/** The text without characters XML cannot hold. */
export function stripXmlIllegal(text: string): string {
  return ILLEGAL.test(text) ? text.replace(ILLEGAL_ALL, '') : text;
}

/** The first character XML cannot hold, as U+XXXX, or null. */
export function firstXmlIllegal(text: string): string | null {
  const m = ILLEGAL.exec(text);
  return m ? `U+${(m[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Every string in a parsed value that holds a character XML cannot, with its path. */
export function xmlUnsafeStrings(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; char: string }[] = []): { path: (string | number)[]; char: string }[] {
  if (typeof value === 'string') {
    const char = firstXmlIllegal(value);
    if (char) out.push({ path, char });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => xmlUnsafeStrings(v, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // Object keys are text too (dimension keys, record keys).
      const char = firstXmlIllegal(k);
      if (char) out.push({ path: [...path, k], char });
      xmlUnsafeStrings(v, [...path, k], out);
    }
  }
  return out;
}

/** The message of a refused field; the UI shows it beside the field. */
export const XML_UNSAFE_MESSAGE = 'contains a character a document cannot hold';

/** A superRefine that refuses any string, anywhere in the value, that XML cannot hold. */
export function refuseXmlUnsafe(value: unknown, ctx: z.RefinementCtx): void {
  for (const bad of xmlUnsafeStrings(value)) ctx.addIssue({ code: 'custom', path: bad.path, message: `${XML_UNSAFE_MESSAGE} (${bad.char})` });
}
