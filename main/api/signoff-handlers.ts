// Sign-off of an edition: thin handlers over the sign-off service. The person working in the
// session is the actor; the service checks their role, so the app refuses what the CLI does.
import type { Method, Output, ParsedInput } from '../../shared/api/contract.js';
import { decideSignoff, requestSignoff, signoffView } from '../services/signoff-service.js';
import type { ApiContext } from './handlers.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;

export const signoffHandlers = {
  'signoff:get': ((i, ctx) => signoffView(ctx.session.workspace(), i.year, ctx.actor)) as H<'signoff:get'>,
  'signoff:request': ((i, ctx) => {
    const ws = ctx.session.writable();
    requestSignoff(ws, i.year, ctx.actor, i.reviewers);
    return signoffView(ws, i.year, ctx.actor);
  }) as H<'signoff:request'>,
  'signoff:decide': ((i, ctx) => {
    const ws = ctx.session.writable();
    decideSignoff(ws, i.year, ctx.actor, i.decision, i.comment);
    return signoffView(ws, i.year, ctx.actor);
  }) as H<'signoff:decide'>,
};
