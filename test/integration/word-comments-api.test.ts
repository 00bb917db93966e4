// The import screen's way to reviewers' Word comments: the report DOCX, commented the way
// Word writes it (the XML edited here: commentRangeStart/End around a passage and
// comments.xml), previewed with the comments listed and nothing written, committed once,
// left out when previewed again, and refused for another edition than the one on screen.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/handlers.js';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import type { CommentView, ImportDone, ImportPreview } from '../../shared/api/contract.js';
import { useSampleHost } from '../api-harness.js';
import { commentAsWord } from '../word-comment-xml.js';

const host = useSampleHost('esg-word-comments-');

describe('Word comments through the import screen', () => {
  it('previews the comments, writes them once, and refuses another edition', async () => {
    const ws = host.ctx.session.workspace();
    const docx = await buildReportDocx(ws, 2024, 'zh-Hant');
    writeFileSync(join(host.dir, 'reviewed.docx'), commentAsWord(docx, 'about-text', 'Reviewer Lee', 'Scope as last year?'));

    const preview = await host.call<ImportPreview>('import:preview', { fileNames: ['reviewed.docx'], overwrite: false, year: 2024 });
    expect(preview.previewId).toMatch(/^imp-/);
    expect(preview.comments).toEqual([
      { file: 'reviewed.docx', kind: 'block', sectionId: 'about', sectionLabel: '', sectionTitleZh: '關於本報告', sectionTitleEn: 'About this report', author: 'Reviewer Lee', createdAt: '2025-04-01T08:00:00Z', text: 'Scope as last year?', quote: expect.stringContaining('本報告是快手科技發佈的第五份'), reply: false },
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

  it('brings a reply written in Word into its thread, once', async () => {
    const ws = host.ctx.session.workspace();
    const docx = await buildReportDocx(ws, 2024, 'en');
    writeFileSync(join(host.dir, 'thread.docx'), commentAsWord(docx, 'about-text', 'Reviewer Lee', 'Which year is the baseline?', '2025-04-02T08:00:00Z', { author: 'Chan Tai Man', text: '2023, as in the targets.' }));
    const preview = await host.call<ImportPreview>('import:preview', { fileNames: ['thread.docx'], overwrite: false });
    expect(preview.comments.map((c) => [c.author, c.reply])).toEqual([['Reviewer Lee', false], ['Chan Tai Man', true]]);
    await host.call<ImportDone>('import:commit', { previewId: preview.previewId });
    const list = await host.call<CommentView[]>('comments:list', { year: 2024 });
    expect(list).toHaveLength(2);
    const [root, reply] = list;
    expect(root).toMatchObject({ parentId: null, author: 'Reviewer Lee', target: { kind: 'block', blockId: 'about-text' } });
    expect(reply).toMatchObject({ parentId: root?.id, author: 'Chan Tai Man', text: '2023, as in the targets.', target: { kind: 'block', blockId: 'about-text' } });
    const again = await host.call<ImportPreview>('import:preview', { fileNames: ['thread.docx'], overwrite: false });
    expect([again.comments.length, again.commentsSkipped]).toEqual([0, 2]);
  }, 60_000);
});
