// A reviewer's Word comment added to an exported report by editing its XML the way Word
// writes one: w:commentRangeStart / w:commentRangeEnd around the first run of text after a
// block's bookmark, a w:commentReference run, and the comment in word/comments.xml; a reply
// as Word writes one: a second comment over the same passage, linked to the first by the
// paragraph ids of word/commentsExtended.xml.
import { blockBookmark } from '../main/export/docx/anchors.js';
import { checkZip, readZipEntry } from '../main/zip/read.js';
import { writeZip } from '../main/zip/write.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';

export interface WordReply {
  author: string;
  text: string;
}

export function commentAsWord(docx: Buffer, blockId: string, author: string, text: string, date = '2025-04-01T08:00:00Z', reply?: WordReply): Buffer {
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
  const starts = reply ? '<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>' : '<w:commentRangeStart w:id="0"/>';
  const ends = reply
    ? '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>'
    : '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>';
  doc.data = Buffer.from(`${xml.slice(0, runStart)}${starts}${xml.slice(runStart, runEnd)}${ends}${xml.slice(runEnd)}`);
  const one = (id: number, paraId: string, who: string, what: string) =>
    `<w:comment w:id="${id}" w:author="${who}" w:date="${date}" w:initials="R"><w:p w14:paraId="${paraId}" w14:textId="77777777"><w:r><w:t>${what}</w:t></w:r></w:p></w:comment>`;
  const comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${one(0, '1A2B3C4D', author, text)}${reply ? one(1, '5E6F7A8B', reply.author, reply.text) : ''}</w:comments>`;
  parts.push({ name: 'word/comments.xml', data: Buffer.from(comments) });
  if (reply) {
    const ex = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${W}><w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/><w15:commentEx w15:paraId="5E6F7A8B" w15:paraIdParent="1A2B3C4D" w15:done="0"/></w15:commentsEx>`;
    parts.push({ name: 'word/commentsExtended.xml', data: Buffer.from(ex) });
  }
  return writeZip(parts);
}
