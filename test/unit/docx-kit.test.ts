// Pieces of the DOCX export that must hold for any report: tables span exactly the text
// width, and the packer's random ids and timestamps never reach the file.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeDeterministic } from '../../main/export/docx/deterministic.js';
import { CONTENT_WIDTH } from '../../main/export/docx/styles.js';
import { columnWidths } from '../../main/export/docx/table-kit.js';

describe('DOCX table widths', () => {
  it('split the text width exactly, whatever the weights', () => {
    for (const w of [[1], [5.2, 2.4, 1.3, 1.3, 1.3], [1, 1, 1], [0.6, 4.4, 1.4, 1.8, 1.8]]) {
      const widths = columnWidths(w);
      expect(widths.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
      expect(widths.every((x) => x > 0)).toBe(true);
    }
  });
});

describe('DOCX normalisation', () => {
  const doc = () => new Document({ numbering: { config: [] }, footnotes: { 1: { children: [new Paragraph('n')] } }, sections: [{ children: [new Paragraph({ children: [new TextRun('x')] })] }] });

  it('gives the same bytes for two packs of the same document, with fixed core dates', async () => {
    const a = makeDeterministic(await Packer.toBuffer(doc()));
    await new Promise((r) => setTimeout(r, 1100));
    const b = makeDeterministic(await Packer.toBuffer(doc()));
    expect(a.equals(b)).toBe(true);
    const core = await (await JSZip.loadAsync(a)).file('docProps/core.xml')?.async('string');
    expect(core).toContain('2000-01-01T00:00:00Z');
    const rels = await (await JSZip.loadAsync(a)).file('word/_rels/document.xml.rels')?.async('string');
    for (const m of (rels ?? '').matchAll(/Id="([^"]+)"/g)) expect(m[1]).toMatch(/^rId(X)?\d+$/);
  });
});
