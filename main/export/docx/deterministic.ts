// docx's packer writes the current time into docProps/core.xml and every zip entry, gives
// relationships random ids, and numbers drawings and bookmarks from counters that live as long
// as the process. For "same workspace, same bytes" the package is normalised here: the
// document's created/modified dates are the day the caller gives (the edition's approval
// date, else the end of the report year: data, never the clock), ids renumbered in order of
// appearance, entries re-zipped in a fixed order.
import { packDeterministic, readParts, type PartFix } from '../xlsx/deterministic.js';

const FALLBACK_DATE = '2000-01-01';

/** `fix` mends each part's bytes on the way through (the Chinese report's number joiners). */
export function makeDeterministic(buf: Uint8Array, opts: { date?: string; fix?: PartFix } = {}): Buffer {
  const date = opts.date && /^\d{4}-\d{2}-\d{2}$/.test(opts.date) ? opts.date : FALLBACK_DATE;
  const w3cdtf = `${date}T00:00:00Z`;
  const parts = readParts(buf).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const texts = new Map<string, string>();
  for (const p of parts) if (/\.(xml|rels)$/.test(p.name)) texts.set(p.name, Buffer.from(p.data).toString('utf8'));
  const changed = new Map<string, string>();

  // Relationship ids that are not rIdN are random: rename them in order of appearance.
  const relIds = new Map<string, string>();
  for (const [n, text] of texts) {
    if (!n.endsWith('.rels')) continue;
    for (const m of text.matchAll(/Id="([^"]+)"/g)) {
      const id = m[1] as string;
      if (!/^rId\d+$/.test(id) && !relIds.has(id)) relIds.set(id, `rIdX${relIds.size + 1}`);
    }
  }
  // TOC bookmarks (_Toc<n>) and bookmark ids come from process-wide counters too.
  const tocNames = new Map<string, string>();
  const bookmarkIds = new Map<string, string>();
  let docPr = 0;
  for (const [n, text] of texts) {
    let out = text;
    if (relIds.size) out = out.replace(/"([A-Za-z0-9_-]{6,})"/g, (all, id: string) => (relIds.has(id) ? `"${relIds.get(id)}"` : all));
    // Drawing ids must be unique in the document; number them from 1 in part order.
    out = out.replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)"/g, (_all, head: string) => `${head}${++docPr}"`);
    out = out.replace(/_Toc\d+/g, (name) => tocNames.get(name) ?? (tocNames.set(name, `_Toc${tocNames.size + 1}`), tocNames.get(name) as string));
    out = out.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_all, head: string, id: string) => {
      if (!bookmarkIds.has(id)) bookmarkIds.set(id, String(bookmarkIds.size + 1));
      return `${head}${bookmarkIds.get(id)}"`;
    });
    if (n === 'docProps/core.xml') out = out.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${w3cdtf}$3`);
    if (out !== text) changed.set(n, out);
  }
  return packDeterministic(parts.map((p) => (changed.has(p.name) ? { name: p.name, data: Buffer.from(changed.get(p.name) as string, 'utf8') } : p)), opts.fix);
}
