// Footnote markers: separated when adjacent, one footnote per distinct text within a table.
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FootnoteRegister } from '../../main/export/docx/context.js';
import { footnoteMarks, type TableNotes } from '../../main/export/docx/footnote-marks.js';
import { docxPart } from '../docx-text.js';

async function xmlOf(paragraphs: Paragraph[], notes: FootnoteRegister): Promise<{ document: string; footnotes: string }> {
  const doc = new Document({ footnotes: notes.toDocument(), sections: [{ children: paragraphs }] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  return { document: await docxPart(zip, 'word/document.xml'), footnotes: await docxPart(zip, 'word/footnotes.xml') };
}

describe('footnote marks', () => {
  it('separates adjacent markers with a superscript comma and gives a table one footnote per distinct text', async () => {
    const notes = new FootnoteRegister();
    const table: TableNotes = new Map();
    const row1 = footnoteMarks(notes, ['Factor: grid 2024', 'Estimated'], table);
    const row2 = footnoteMarks(notes, ['Factor: grid 2024'], table);
    const row3 = footnoteMarks(notes, ['Estimated', 'Boundary: offices'], table);
    expect(notes.texts()).toEqual(['Factor: grid 2024', 'Estimated', 'Boundary: offices']);
    const { document, footnotes } = await xmlOf([row1, row2, row3].map((children) => new Paragraph({ children })), notes);
    const paras = [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] as string);
    const marks = (p: string) => [...p.matchAll(/<w:footnoteReference w:id="(\d+)"\/>|<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => (m[1] ? `ref${m[1]}` : m[2]));
    expect(marks(paras[0] as string)).toEqual(['ref1', ',', 'ref2']);
    expect(marks(paras[1] as string)).toEqual(['1']); // the same footnote's number, not a new footnote
    expect(marks(paras[2] as string)).toEqual(['2', ',', 'ref3']);
    expect(paras[1]).toContain('<w:rStyle w:val="FootnoteReference"/>');
    expect(footnotes.match(/<w:pStyle w:val="FootnoteText"\/>/g)).toHaveLength(3);
  });

  it('keeps separate tables separate', () => {
    const notes = new FootnoteRegister();
    footnoteMarks(notes, ['Estimated'], new Map());
    footnoteMarks(notes, ['Estimated'], new Map());
    expect(notes.size).toBe(2);
  });
});
