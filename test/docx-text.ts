// Reading a DOCX part as its reader sees it: the Chinese report puts word joiners (U+2060)
// between the characters of every figure (main/export/docx/number-joiners.ts) so that no line
// breaks inside a number. They are invisible; a test searching the text for "16,343" reads
// the part through here.
import JSZip from 'jszip';
import { withoutJoiners } from '../shared/text/typography.js';

export { withoutJoiners };

/** One part of a DOCX (a buffer or an opened zip), joiners taken out; '' when it is absent. */
export async function docxPart(docx: Uint8Array | JSZip, name = 'word/document.xml'): Promise<string> {
  const zip = docx instanceof JSZip ? docx : await JSZip.loadAsync(docx);
  return withoutJoiners((await zip.file(name)?.async('string')) ?? '');
}
