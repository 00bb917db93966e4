// A reviewer's Word comment added to an exported report by editing its XML the way Word
// writes one: w:commentRangeStart / w:commentRangeEnd around the first run of text after a
// block's bookmark, a w:commentReference run, and the comment in word/comments.xml.
import { blockBookmark } from '../main/export/docx/anchors.js';
import { checkZip, readZipEntry } from '../main/zip/read.js';
import { writeZip } from '../main/zip/write.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function commentAsWord(docx: Buffer, blockId: string, author: string, text: string, date = '2025-04-01T08:00:00Z'): Buffer {
  const z = checkZip(docx, { fileBytes: 1e9, entries: 10_000, totalUncompressed: 1e9, entryUncompressed: 1e9, ratio: 1e6 });
  if (!z.ok) throw new Error(z.reason);
  const parts = [...z.entries.values()].map((e) => ({ name: e.name, data: readZipEntry(docx, e) }));
  const doc = parts.find((p) => p.name === 'word/document.xml');
  if (!doc) throw new Error('no word/document.xml');
  const xml = doc.data.toString('utf8');
  const at = xml.indexOf(`w:name="${blockBookmark(blockId)}"`);
  if (at < 0) throw new Error(`no bookmark of block ${blockId}`);
  const runStart = xml.indexOf('<w:r>', at);
  const runEnd = xml.indexOf('</w:r>', runStart) + '</w:r>'.length;
  doc.data = Buffer.from(`${xml.slice(0, runStart)}<w:commentRangeStart w:id="0"/>${xml.slice(runStart, runEnd)}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${xml.slice(runEnd)}`);
  const comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}><w:comment w:id="0" w:author="${author}" w:date="${date}" w:initials="R"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:comment></w:comments>`;
  parts.push({ name: 'word/comments.xml', data: Buffer.from(comments) });
  return writeZip(parts);
}
