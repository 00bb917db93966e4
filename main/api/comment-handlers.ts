// Comments on values, sections and blocks: thin handlers over comment-service. The author is
// the person working in the session (ctx.actor), never a name the renderer sends.
import type { Method, Output, ParsedInput } from '../../shared/api/contract.js';
import { addComment, listComments, setCommentResolved } from '../services/comment-service.js';
import type { ApiContext } from './handlers.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;

export const commentHandlers = {
  'comments:list': ((i, ctx) => listComments(ctx.session.workspace(), i.year, { open: i.open === true })) as H<'comments:list'>,
  'comments:add': ((i, ctx) => addComment(ctx.session.writable(), i, ctx.actor)) as H<'comments:add'>,
  'comments:resolve': ((i, ctx) => setCommentResolved(ctx.session.writable(), i.id, true, ctx.actor)) as H<'comments:resolve'>,
  'comments:reopen': ((i, ctx) => setCommentResolved(ctx.session.writable(), i.id, false, ctx.actor)) as H<'comments:reopen'>,
};
