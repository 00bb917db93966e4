// The contract's methods for comments on values, sections and blocks (issue 15, item 4).
// Spread into the one map in contract.ts. Text is plain text: the renderer shows it as text.
import { z } from 'zod';
import { newCommentSchema, type CommentView } from '../review/comments.js';
import { YEAR_MAX, YEAR_MIN } from '../years.js';

const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
const id = z.number().int().positive();

export const commentsContract = {
  /** Every comment of the year (values, sections, blocks), threads in order; `open`: unresolved threads only. */
  'comments:list': { input: z.object({ year, open: z.boolean().optional() }).strict() },
  'comments:add': { input: newCommentSchema },
  'comments:resolve': { input: z.object({ id }).strict() },
  'comments:reopen': { input: z.object({ id }).strict() },
} as const;

export type { CommentView };

export interface CommentsOutputs {
  'comments:list': CommentView[];
  'comments:add': CommentView;
  'comments:resolve': CommentView;
  'comments:reopen': CommentView;
}
