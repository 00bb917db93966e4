// Comments on values and on report sections and blocks (issue 15, item 4), and what the API
// accepts for them. The text is plain text: shown as text, never as HTML or markup.
import { z } from 'zod';
import { dimsKey } from '../dimensions.js';
import { sectionIdSchema } from '../report/outline.js';
import { YEAR_MAX, YEAR_MIN } from '../years.js';

export const COMMENT_MAX = 4000;

export type CommentTarget =
  | { kind: 'value'; metric: string; dims: Record<string, string> }
  | { kind: 'section'; sectionId: string }
  | { kind: 'block'; blockId: string };

export interface CommentView {
  id: number;
  year: number;
  /** A block's comment also names its section (for the outline's counts). */
  target: CommentTarget & { sectionId?: string };
  parentId: number | null;
  text: string;
  author: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** The passage a reviewer's Word comment was anchored to. */
  quote: string | null;
  origin: 'app' | 'word';
}

const code = z.string().min(1).max(120).regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/);
const dims = z.record(z.string().regex(/^[a-z][a-z0-9_]*$/).max(40), z.string().min(1).max(80));
const blockId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a block id');

export const commentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), metric: code, dims }).strict(),
  z.object({ kind: z.literal('section'), sectionId: sectionIdSchema }).strict(),
  z.object({ kind: z.literal('block'), blockId }).strict(),
]);

/** The text of a comment: trimmed, not empty, at most COMMENT_MAX characters. */
export const commentText = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'comment.empty').max(COMMENT_MAX, 'comment.too_long'));

export const newCommentSchema = z
  .object({
    year: z.number().int().min(YEAR_MIN).max(YEAR_MAX),
    target: commentTargetSchema,
    text: commentText,
    /** Answers this comment (a reply takes its parent's target). */
    replyTo: z.number().int().positive().optional(),
  })
  .strict();
export type NewComment = z.output<typeof newCommentSchema>;

/** The key the grid and the outline count comments under. */
export function commentKey(t: CommentTarget): string {
  if (t.kind === 'value') return `value|${t.metric}|${dimsKey(t.dims)}`;
  return t.kind === 'section' ? `section|${t.sectionId}` : `block|${t.blockId}`;
}

/** Open comments (threads not resolved) per target key; replies count with their thread. */
export function openCounts(comments: readonly CommentView[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of comments) {
    if (c.parentId !== null || c.resolvedAt !== null) continue;
    const k = commentKey(c.target);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
