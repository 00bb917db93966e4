// Reading reviewers' comments from a DOCX written the way Word writes it (commentRangeStart /
// commentRangeEnd around the passage, a commentReference run, comments.xml with w:author and
// w:date, replies in commentsExtended.xml), and the anchors the exporter places: the comment
// belongs to the last section/block bookmark before it; a comment on a point has no quote;
// one before any bookmark (the cover) has none; a package that names no workspace says so.
import { describe, expect, it } from 'vitest';
import { blockBookmark, placeAnchors, sectionBookmark } from '../../main/export/docx/anchors.js';
import { DocxReadError, readDocxComments } from '../../main/import/read-docx-comments.js';
import { writeZip } from '../../main/zip/write.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const mark = (name: string, id: number) => `<w:bookmarkStart w:id="${id}" w:name="${name}"/><w:bookmarkEnd w:id="${id}"/>`;

function docx(body: string, comments: string | null, custom: string | null): Buffer {
  const parts = [
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'word/document.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`) },
  ];
  if (comments !== null) parts.push({ name: 'word/comments.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${comments}</w:comments>`) });
  if (custom !== null) {
    parts.push({
      name: 'docProps/custom.xml',
      data: Buffer.from(
        `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${custom}</Properties>`,
      ),
    });
  }
  return writeZip(parts);
}
const prop = (name: string, value: string, pid: number) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
const ours = prop('ESGStudio.Workspace', 'abc123', 2) + prop('ESGStudio.Edition', '2024', 3);
const comment = (id: number, author: string, date: string, ...paras: string[]) =>
  `<w:comment w:id="${id}" w:author="${author}" w:date="${date}" w:initials="X">${paras.map((p) => `<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:annotationRef/></w:r>${run(p)}</w:p>`).join('')}</w:comment>`;

describe('reading Word comments of a report', () => {
  it('finds each comment, its quoted passage and the bookmark it falls under', () => {
    const S = sectionBookmark('env');
    const B = blockBookmark('env-text');
    const body =
      `<w:p><w:commentRangeStart w:id="9"/>${run('快手科技')}<w:commentRangeEnd w:id="9"/><w:r><w:commentReference w:id="9"/></w:r></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${mark(S, 1)}${run('1 環境')}</w:p>` +
      `<w:p>${mark(B, 2)}${run('本集團')}<w:commentRangeStart w:id="0"/>${run('溫室氣體')}<w:r><w:tab/></w:r>${run('排放')}</w:p>` +
      `<w:p>${run('下降 5%')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>` +
      `<w:tbl><w:tr><w:tc><w:p>${run('外購電力')}<w:r><w:commentReference w:id="1"/></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const comments = comment(0, 'Lee Mei', '2025-03-10T09:30:00Z', 'Is this market-based?', 'Please cite the factor.') + comment(1, '陳審閱', '2025-03-11T10:00:00Z', '請核對') + comment(9, 'Lee Mei', '', 'Cover name');
    const r = readDocxComments(docx(body, comments, ours));
    expect(r.workspaceId).toBe('abc123');
    expect(r.edition).toBe(2024);
    const byId = new Map(r.comments.map((c) => [c.wordId, c]));
    expect(byId.get('0')).toEqual({ wordId: '0', author: 'Lee Mei', date: '2025-03-10T09:30:00Z', text: 'Is this market-based?\nPlease cite the factor.', quote: '溫室氣體 排放 下降 5%', bookmark: B, replyTo: null });
    // A comment on a point (only its reference) in a table cell: no quote, the block before it.
    expect(byId.get('1')).toMatchObject({ author: '陳審閱', text: '請核對', quote: '', bookmark: B });
    // Before any section: no place.
    expect(byId.get('9')).toMatchObject({ quote: '快手科技', bookmark: null });
  });

  it('says when a document names no workspace, and refuses what is not a DOCX', () => {
    const r = readDocxComments(docx(`<w:p>${run('x')}</w:p>`, null, null));
    expect(r).toEqual({ workspaceId: null, edition: null, comments: [] });
    expect(() => readDocxComments(Buffer.from('PK\u0003\u0004 not really a zip'))).toThrow(DocxReadError);
    expect(() => readDocxComments(docx('<w:p>', comment(0, 'a', '', 'b'), ours))).toThrow(DocxReadError);
    // A document type declaration (an entity bomb's way in) is refused, not expanded.
    const dtd = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:comments ${W}>&a;</w:comments>`;
    expect(() => readDocxComments(writeZip([{ name: 'word/document.xml', data: Buffer.from(`<w:document ${W}/>`) }, { name: 'word/comments.xml', data: Buffer.from(dtd) }]))).toThrow(DocxReadError);
  });
});

describe('placing the anchors of sections and blocks', () => {
  const marker = (name: string, id: number) => `<w:p><w:bookmarkStart w:name="${name}" w:id="${id}"/><w:bookmarkEnd w:id="${id}"/></w:p>`;
  it('moves each marker into the next paragraph, after its properties, dropping the empty paragraph', () => {
    const S = sectionBookmark('a');
    const B = blockBookmark('a-1');
    const C = blockBookmark('a-2');
    const xml =
      `<w:body>${marker(S, 1)}<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('A')}</w:p>` +
      `${marker(B, 2)}${marker(C, 3)}<w:tbl><w:tr><w:tc><w:tcPr/><w:p><w:pPr/>${run('cell')}</w:p></w:tc></w:tr></w:tbl>` +
      `${marker(blockBookmark('last'), 4)}</w:body>`;
    const out = placeAnchors(xml);
    expect(out).toBe(
      `<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:name="${S}" w:id="1"/><w:bookmarkEnd w:id="1"/>${run('A')}</w:p>` +
        `<w:tbl><w:tr><w:tc><w:tcPr/><w:p><w:pPr/><w:bookmarkStart w:name="${B}" w:id="2"/><w:bookmarkEnd w:id="2"/><w:bookmarkStart w:name="${C}" w:id="3"/><w:bookmarkEnd w:id="3"/>${run('cell')}</w:p></w:tc></w:tr></w:tbl>` +
        // Nothing follows the last marker: it keeps a paragraph of its own.
        `<w:p><w:bookmarkStart w:name="${blockBookmark('last')}" w:id="4"/><w:bookmarkEnd w:id="4"/></w:p></w:body>`,
    );
    expect(placeAnchors('<w:body><w:p>x</w:p></w:body>')).toBe('<w:body><w:p>x</w:p></w:body>');
    // An empty paragraph written as <w:p/> takes the bookmark inside it.
    expect(placeAnchors(`${marker(S, 5)}<w:p w:rsidR="1"/>`)).toBe(`<w:p w:rsidR="1"><w:bookmarkStart w:name="${S}" w:id="5"/><w:bookmarkEnd w:id="5"/></w:p>`);
  });

  it('names bookmarks Word keeps: hidden, short, letters, digits and underscores only', () => {
    for (const id of ['about', 'a'.repeat(64), 'climate-governance']) {
      for (const name of [sectionBookmark(id), blockBookmark(id)]) expect(name).toMatch(/^_ESG_[SB]_[0-9a-f]{12}$/);
    }
    expect(sectionBookmark('about')).not.toBe(blockBookmark('about'));
  });
});
