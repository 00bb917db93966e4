// Reviewers' Word comments read back (issue 15, item 7): each comment of a report DOCX that
// this workspace exported becomes an open comment (author, date, text, the quoted passage)
// on the section or block it is anchored to. A DOCX of another workspace, or of another
// edition than the one asked for, is refused whole; a comment already imported (same
// reviewer, date, text, passage and place) is left out, so importing a file twice adds nothing.
// A reply written in Word (commentsExtended.xml) joins its thread, on the thread's place.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { CommentTarget } from '../../shared/review/comments.js';
import { COMMENT_MAX } from '../../shared/review/comments.js';
import { blockBookmark, sectionBookmark } from '../export/docx/anchors.js';
import { DocxReadError, readDocxComments, type DocxComment, type DocxComments } from '../import/read-docx-comments.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { actorFor } from './people-service.js';
import { ReviewError } from './review-error.js';

export const isDocx = (name: string) => /\.docx$/i.test(name);

export interface PlannedComment {
  file: string;
  year: number;
  target: CommentTarget;
  /** The block's section, or the section itself: what the preview names. */
  sectionId: string;
  author: string;
  createdAt: string | null;
  text: string;
  quote: string;
  originKey: string;
  /** A reply: the fingerprint of the comment it answers (imported now or before). */
  replyToKey: string | null;
}

export interface WordCommentsPlan {
  comments: PlannedComment[];
  /** Per file: its edition, and how many of its comments were imported before. */
  files: { file: string; year: number; found: number; skipped: number }[];
  /** Comments outside every section (cover, contents, headers): named, not imported. */
  unplaced: { file: string; author: string; text: string }[];
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** Bookmark name → section or block of the edition (the names are hashes of their ids). */
function anchorsOf(ws: Workspace, year: number): Map<string, { target: CommentTarget; sectionId: string }> {
  const outline = reportRepos(ws, year).outline;
  const out = new Map<string, { target: CommentTarget; sectionId: string }>();
  for (const s of outline.listSections()) out.set(sectionBookmark(s.id), { target: { kind: 'section', sectionId: s.id }, sectionId: s.id });
  for (const b of outline.listBlocks()) out.set(blockBookmark(b.id), { target: { kind: 'block', blockId: b.id }, sectionId: b.sectionId });
  return out;
}

/** The edition a report DOCX names, after checking it is this workspace's and the one asked for. */
function editionOf(ws: Workspace, file: string, doc: DocxComments, year: number | undefined): number {
  if (doc.workspaceId === null || doc.edition === null) throw new ReviewError('validation', 'comment.docx_not_ours', { file });
  if (doc.workspaceId !== ws.meta.workspaceId()) throw new ReviewError('validation', 'comment.docx_other_workspace', { file });
  const editions = ws.profile.years();
  if (!editions.includes(doc.edition) || (year !== undefined && year !== doc.edition)) {
    throw new ReviewError('validation', 'comment.docx_other_edition', { file, fileYear: doc.edition, years: year !== undefined ? String(year) : editions.join(', ') });
  }
  return doc.edition;
}

/** The comments of one file into the plan: placed, fingerprinted, replies after their threads. */
function planFile(ws: Workspace, file: string, year: number, doc: DocxComments, plan: WordCommentsPlan, planned: Set<string>): void {
  const anchors = anchorsOf(ws, year);
  const workspaceId = ws.meta.workspaceId();
  let skipped = 0;
  const seen = new Map<string, number>();
  const byWordId = new Map(doc.comments.map((c) => [c.wordId, c]));
  /** A reply's thread is its root's (Word nests replies one level, but a chain is followed safely). */
  const rootOf = (c: DocxComment): DocxComment => {
    let r = c;
    for (let i = 0; i < 10 && r.replyTo !== null && byWordId.has(r.replyTo); i++) r = byWordId.get(r.replyTo) as DocxComment;
    return r;
  };
  const keys = new Map<string, string>();
  // Roots first, so that each reply finds its thread planned (or imported before).
  const ordered = [...doc.comments.filter((c) => rootOf(c) === c), ...doc.comments.filter((c) => rootOf(c) !== c)];
  for (const c of ordered) {
    const root = rootOf(c);
    // A reply stands where its thread does.
    const place = root.bookmark ? anchors.get(root.bookmark) : undefined;
    const text = c.text.slice(0, COMMENT_MAX);
    const rootKey = root !== c ? keys.get(root.wordId) : undefined;
    if (!place || !text || (root !== c && rootKey === undefined)) {
      if (text) plan.unplaced.push({ file, author: c.author, text: short(text) });
      continue;
    }
    // Identical comments on one place count apart, so that two equal remarks both come in.
    const base = JSON.stringify([workspaceId, year, c.author, c.date, text, c.quote, c.bookmark]);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const originKey = createHash('sha256').update(`${base}#${n}`).digest('hex');
    keys.set(c.wordId, originKey);
    if (ws.comments.hasOrigin(originKey) || planned.has(originKey)) {
      skipped += 1;
      continue;
    }
    planned.add(originKey);
    const createdAt = ISO.test(c.date) ? c.date : null;
    plan.comments.push({ file, year, target: place.target, sectionId: place.sectionId, author: c.author.trim().slice(0, 200) || 'Word', createdAt, text, quote: c.quote.slice(0, COMMENT_MAX), originKey, replyToKey: rootKey ?? null });
  }
  plan.files.push({ file, year, found: doc.comments.length, skipped });
}

/**
 * What importing these DOCX files would add; writes nothing. `year`: the edition the user is
 * working on (the import screen's year, the CLI's --year), when one is named.
 */
export function planWordComments(ws: Workspace, sources: readonly { name: string; bytes: Uint8Array }[], opts: { year?: number } = {}): WordCommentsPlan {
  const plan: WordCommentsPlan = { comments: [], files: [], unplaced: [] };
  const planned = new Set<string>();
  for (const src of sources) {
    const file = basename(src.name);
    let doc: DocxComments;
    try {
      doc = readDocxComments(src.bytes);
    } catch (e) {
      if (!(e instanceof DocxReadError)) throw e;
      throw new ReviewError('validation', 'comment.docx_unreadable', { file, detail: e.message });
    }
    planFile(ws, file, editionOf(ws, file, doc, opts.year), doc, plan, planned);
  }
  return plan;
}

/** Writes the planned comments, open, in one transaction; the audit log names who imported them. */
export function commitWordComments(ws: Workspace, plan: WordCommentsPlan, actor: string): number {
  const who = actorFor(ws, actor);
  const outline = (year: number) => reportRepos(ws, year).outline;
  return ws.transaction(() => {
    let n = 0;
    for (const c of plan.comments) {
      if (ws.comments.hasOrigin(c.originKey)) continue;
      const sectionOfBlock = c.target.kind === 'block' ? outline(c.year).getBlock(c.target.blockId)?.sectionId : undefined;
      // A reply joins its thread: imported just now or by an earlier import.
      const parentId = c.replyToKey === null ? null : (ws.comments.idByOrigin(c.replyToKey) ?? null);
      ws.comments.add(
        { year: c.year, target: c.target, ...(sectionOfBlock ? { sectionOfBlock } : {}), parentId, text: c.text, author: c.author, ...(c.createdAt ? { createdAt: c.createdAt } : {}), quote: c.quote || null, origin: 'word', originKey: c.originKey },
        who,
      );
      n += 1;
    }
    return n;
  });
}
