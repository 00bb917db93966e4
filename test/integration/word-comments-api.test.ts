// The import screen's way to reviewers' Word comments: the report DOCX, commented the way
// Word writes it (the XML edited here: commentRangeStart/End around a passage and
// comments.xml), previewed with the comments listed and nothing written, committed once,
// left out when previewed again, and refused for another edition than the one on screen.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/handlers.js';
import { blockBookmark } from '../../main/export/docx/anchors.js';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { checkZip, readZipEntry } from '../../main/zip/read.js';
import { writeZip } from '../../main/zip/write.js';
import type { CommentView, ImportDone, ImportPreview } from '../../shared/api/contract.js';
import { useSampleHost } from '../api-harness.js';

const host = useSampleHost('esg-word-comments-');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Adds a Word comment over the first run of text after the block's bookmark. */
function commentAsWord(docx: Buffer, blockId: string, author: string, text: string): Buffer {
  const z = checkZip(docx, { fileBytes: 1e9, entries: 10_000, totalUncompressed: 1e9, entryUncompressed: 1e9, ratio: 1e6 });
  if (!z.ok) throw new Error(z.reason);
  const parts = [...z.entries.values()].map((e) => ({ name: e.name, data: readZipEntry(docx, e) }));
  const doc = parts.find((p) => p.name === 'word/document.xml');
  if (!doc) throw new Error('no document.xml');
  const xml = doc.data.toString('utf8');
  const at = xml.indexOf(`w:name="${blockBookmark(blockId)}"`);
  const runStart = xml.indexOf('<w:r>', at);
  const runEnd = xml.indexOf('</w:r>', runStart) + '</w:r>'.length;
  expect(at).toBeGreaterThan(0);
  doc.data = Buffer.from(`${xml.slice(0, runStart)}<w:commentRangeStart w:id="0"/>${xml.slice(runStart, runEnd)}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${xml.slice(runEnd)}`);
  parts.push({ name: 'word/comments.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}><w:comment w:id="0" w:author="${author}" w:date="2025-04-01T08:00:00Z" w:initials="R"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:comment></w:comments>`) });
  return writeZip(parts);
}

describe('Word comments through the import screen', () => {
  it('previews the comments, writes them once, and refuses another edition', async () => {
    const ws = host.ctx.session.workspace();
    const docx = await buildReportDocx(ws, 2024, 'zh-Hant');
    writeFileSync(join(host.dir, 'reviewed.docx'), commentAsWord(docx, 'about-text', 'Reviewer Lee', 'Scope as last year?'));

    const preview = await host.call<ImportPreview>('import:preview', { fileNames: ['reviewed.docx'], overwrite: false, year: 2024 });
    expect(preview.previewId).toMatch(/^imp-/);
    expect(preview.comments).toEqual([
      { file: 'reviewed.docx', kind: 'block', sectionId: 'about', sectionLabel: '', sectionTitleZh: '關於本報告', sectionTitleEn: 'About this report', author: 'Reviewer Lee', createdAt: '2025-04-01T08:00:00Z', text: 'Scope as last year?', quote: expect.stringContaining('本報告是快手科技發佈的第五份') },
    ]);
    expect(await host.call<CommentView[]>('comments:list', { year: 2024 })).toEqual([]);

    const done = await host.call<ImportDone>('import:commit', { previewId: preview.previewId });
    expect(done).toMatchObject({ comments: 1, inserted: 0, updated: 0 });
    const list = await host.call<CommentView[]>('comments:list', { year: 2024 });
    expect(list).toMatchObject([{ target: { kind: 'block', blockId: 'about-text', sectionId: 'about' }, author: 'Reviewer Lee', origin: 'word', resolvedAt: null, createdAt: '2025-04-01T08:00:00Z' }]);
    // The audit log names who brought it in.
    expect(ws.db.prepare(`SELECT actor, context FROM audit_log WHERE entity = 'comment'`).all()).toEqual([{ actor: host.ctx.actor, context: 'word' }]);

    const again = await host.call<ImportPreview>('import:preview', { fileNames: ['reviewed.docx'], overwrite: false, year: 2024 });
    expect(again.comments).toEqual([]);
    expect(again.commentsSkipped).toBe(1);

    const r = await dispatch(host.ctx, 'import:preview', { fileNames: ['reviewed.docx'], overwrite: false, year: 2023 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.key).toBe('comment.docx_other_edition');
      expect(r.error.params).toMatchObject({ file: 'reviewed.docx', fileYear: 2024, years: '2023' });
    }
    expect(await host.call<CommentView[]>('comments:list', { year: 2024 })).toHaveLength(1);
  }, 60_000);
});
