// The last look at a package before it is written: every XML part is cleaned of characters
// XML cannot hold (whatever text reached it) and then parsed by a real XML parser. A part
// that does not parse fails the export with a message code, so a file Word or Excel would
// refuse is never written over a good one.
import { SaxesParser } from 'saxes';
import { stripXmlIllegal } from '../../shared/text/xml-safe.js';
import type { ZipPart } from '../zip/write.js';
import { ExportError } from './export-error.js';

const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

/** Throws ExportError('export.error.invalidXml') unless `xml` is well-formed. */
export function assertWellFormed(part: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.write(xml).close();
  if (failure) {
    const reason = (failure as Error).message.replace(/^[^:]*:\d+:\d+: /, '');
    throw new ExportError('export.error.invalidXml', { part, line: parser.line, column: parser.column, reason });
  }
}

/** The parts with their XML cleaned, each checked to be well-formed. */
export function cleanAndCheckParts(parts: readonly ZipPart[]): ZipPart[] {
  return parts.map((p) => {
    if (!isXml(p.name)) return p;
    const text = Buffer.from(p.data).toString('utf8');
    const clean = stripXmlIllegal(text);
    assertWellFormed(p.name, clean);
    return clean === text ? p : { name: p.name, data: Buffer.from(clean, 'utf8') };
  });
}
