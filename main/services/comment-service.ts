// Comments on values and on the sections and blocks of an edition (issue 15, item 4): written
// by the person working, resolved and reopened (who, when), with optional replies. The author
// is the person working when the workspace has people (a refusal names why otherwise); a
// workspace without people records the actor as given, as the audit log does.
import { dimsKey } from '../../shared/dimensions.js';
import { newCommentSchema, type CommentTarget, type CommentView, type NewComment } from '../../shared/review/comments.js';
import type { Section } from '../../shared/report/outline.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { actorFor, requirePerson } from './people-service.js';
import { ReviewError } from './review-error.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

/** Who writes, resolves or reopens: the person working, or the actor of a workspace without people. */
export function commentAuthor(ws: Workspace, actor: string): string {
  return ws.people.list().length ? requirePerson(ws, actor).name : actorFor(ws, actor);
}

function parseNew(input: unknown): NewComment {
  const r = newCommentSchema.safeParse(input);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const key = first?.message.startsWith('comment.') ? first.message : 'comment.invalid';
  throw new ReviewError('validation', key, { field: first?.path.map(String).join('.') ?? '' });
}

/** The section a `--section` text names in the edition: its id, else its printed number ("2.5.1"). */
export function findSection(ws: Workspace, year: number, text: string): Section {
  const outline = reportRepos(ws, year).outline;
  const t = text.trim();
  const found = outline.getSection(t) ?? outline.listSections().find((s) => s.label !== '' && s.label === t);
  if (!found) throw new ReviewError('not_found', 'comment.section_unknown', { section: t, year });
  return found;
}

/** Checks that the target exists in the year; a block's section comes back with it. */
function checkTarget(ws: Workspace, year: number, t: CommentTarget): { sectionOfBlock?: string } {
  if (!ws.profile.years().includes(year)) throw new ReviewError('not_found', 'review.year_unknown', { year });
  if (t.kind === 'value') {
    if (!loadWorkspaceCatalogue(ws).byCode.has(t.metric)) throw new ReviewError('not_found', 'review.metric_unknown', { metric: t.metric });
    return {};
  }
  const outline = reportRepos(ws, year).outline;
  if (t.kind === 'section') {
    if (!outline.getSection(t.sectionId)) throw new ReviewError('not_found', 'comment.section_unknown', { section: t.sectionId, year });
    return {};
  }
  const block = outline.getBlock(t.blockId);
  if (!block) throw new ReviewError('not_found', 'comment.block_unknown', { block: t.blockId, year });
  return { sectionOfBlock: block.sectionId };
}

export const plainTarget = (t: CommentView['target']): CommentTarget =>
  t.kind === 'value' ? { kind: 'value', metric: t.metric, dims: t.dims } : t.kind === 'section' ? { kind: 'section', sectionId: t.sectionId } : { kind: 'block', blockId: t.blockId };

export function addComment(ws: Workspace, input: unknown, actor: string): CommentView {
  const c = parseNew(input);
  const author = commentAuthor(ws, actor);
  let target = c.target;
  let parentId: number | null = null;
  if (c.replyTo !== undefined) {
    const parent = ws.comments.get(c.replyTo);
    if (!parent || parent.year !== c.year) throw new ReviewError('not_found', 'comment.unknown', { id: c.replyTo });
    // A reply answers the thread: its root, on the root's target.
    parentId = parent.parentId ?? parent.id;
    target = plainTarget(parent.target);
  }
  const where = checkTarget(ws, c.year, target);
  return ws.transaction(() =>
    ws.comments.add({ year: c.year, target, ...where, ...(target.kind === 'value' ? { dimsKey: dimsKey(target.dims) } : {}), parentId, text: c.text, author }, author),
  );
}

export function listComments(ws: Workspace, year: number, opts: { open?: boolean } = {}): CommentView[] {
  const all = ws.comments.listYear(year);
  if (!opts.open) return all;
  const resolved = new Set(all.filter((c) => c.parentId === null && c.resolvedAt !== null).map((c) => c.id));
  return all.filter((c) => !resolved.has(c.parentId ?? c.id));
}

/** Resolves (`resolve`) or reopens a thread; a reply's thread is its root's. */
export function setCommentResolved(ws: Workspace, id: number, resolve: boolean, actor: string): CommentView {
  const found = ws.comments.get(id);
  if (!found) throw new ReviewError('not_found', 'comment.unknown', { id });
  const root = found.parentId === null ? found : (ws.comments.get(found.parentId) as CommentView);
  const who = commentAuthor(ws, actor);
  if (resolve && root.resolvedAt !== null) throw new ReviewError('validation', 'comment.already_resolved', { id: root.id, by: root.resolvedBy ?? '' });
  if (!resolve && root.resolvedAt === null) throw new ReviewError('validation', 'comment.already_open', { id: root.id });
  return ws.transaction(() => ws.comments.setResolved(root.id, resolve ? who : null, who));
}
