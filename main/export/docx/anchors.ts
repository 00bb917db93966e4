// Where a reviewer's Word comment belongs (issue 15, item 7): the exported report names its
// workspace and edition in two custom document properties, and marks the start of every
// section and block with a hidden bookmark (Word hides names starting with "_"). A comment
// belongs to the last section or block whose bookmark starts before it in reading order.
//
// Bookmark names are short hashes of the stable ids (Word keeps at most 40 characters of a
// name and only letters, digits and "_"; section ids may be 64 long and hold "-"), so the
// reader maps a name back by hashing the ids of the edition it was exported from. This module
// loads no document library, so that `import` reads comments without loading docx.
import { createHash } from 'node:crypto';

export const PROP_WORKSPACE = 'ESGStudio.Workspace';
export const PROP_EDITION = 'ESGStudio.Edition';
export const BOOKMARK_PREFIX = '_ESG_';

const hash = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 12);
export const sectionBookmark = (id: string) => `${BOOKMARK_PREFIX}S_${hash(id)}`;
export const blockBookmark = (id: string) => `${BOOKMARK_PREFIX}B_${hash(id)}`;

const MARKER = /<w:p><w:bookmarkStart w:name="(_ESG_[SB]_[0-9a-f]{12})" w:id="(\d+)"\/><w:bookmarkEnd w:id="\2"\/><\/w:p>/g;
const PARA_OPEN = /<w:p(?=[\s>/])[^>]*?(\/?)>/g;

/** Moves each marker's bookmark to the start of the next paragraph's content (after its w:pPr), dropping the marker. */
export function placeAnchors(documentXml: string): string {
  const marks: { at: number; xml: string }[] = [];
  let stripped = '';
  let last = 0;
  for (const m of documentXml.matchAll(MARKER)) {
    stripped += documentXml.slice(last, m.index);
    marks.push({ at: stripped.length, xml: `<w:bookmarkStart w:name="${m[1]}" w:id="${m[2]}"/><w:bookmarkEnd w:id="${m[2]}"/>` });
    last = (m.index ?? 0) + m[0].length;
  }
  if (!marks.length) return documentXml;
  stripped += documentXml.slice(last);
  // Each mark's place in the stripped text; marks for one place keep their order.
  const edits = new Map<number, { xml: string; cut: number; close: boolean }>();
  for (const mark of marks) {
    PARA_OPEN.lastIndex = mark.at;
    const p = PARA_OPEN.exec(stripped);
    const at = !p ? mark.at : p[1] === '/' ? p.index + p[0].length - 2 : afterProperties(stripped, p.index + p[0].length);
    const prior = edits.get(at);
    const own = !p ? `<w:p>${mark.xml}</w:p>` : mark.xml;
    edits.set(at, { xml: (prior?.xml ?? '') + own, cut: p && p[1] === '/' ? 2 : 0, close: !!p && p[1] === '/' });
  }
  let out = '';
  let from = 0;
  for (const at of [...edits.keys()].sort((a, b) => a - b)) {
    const e = edits.get(at) as { xml: string; cut: number; close: boolean };
    out += stripped.slice(from, at) + (e.close ? `>${e.xml}</w:p>` : e.xml);
    from = at + e.cut;
  }
  return out + stripped.slice(from);
}

/** Where a paragraph's content starts: after its w:pPr, which must come first. */
function afterProperties(xml: string, openEnd: number): number {
  if (!xml.startsWith('<w:pPr', openEnd)) return openEnd;
  const tagEnd = xml.indexOf('>', openEnd);
  if (xml[tagEnd - 1] === '/') return tagEnd + 1;
  return xml.indexOf('</w:pPr>', openEnd) + '</w:pPr>'.length;
}
