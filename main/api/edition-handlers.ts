// Report editions: thin handlers over the edition service (roll forward, publish, unpublish,
// confirm a carried factor). Writes ask the session for a writable workspace.
import type { Method, Output, ParsedInput } from '../../shared/api/contract.js';
import { confirmFactor, editionView, publishEdition, rollForward, unpublishEdition } from '../services/edition-service.js';
import { setEditionFramework } from '../services/framework-service.js';
import { loadFrontMatterData, setApprovalDate } from '../services/front-matter-service.js';
import { FRONT_MATTER_KINDS, frontMatterParagraphs } from '../../shared/report/front-matter.js';
import { LANGS } from '../../shared/domain.js';
import type { ApiContext } from './handlers.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;

export const editionHandlers = {
  'edition:get': ((i, ctx) => editionView(ctx.session.workspace(), i.year)) as H<'edition:get'>,
  'edition:roll-forward': ((i, ctx) => rollForward(ctx.session.writable(), i.from, i.to, { carryFactors: i.carryFactors, actor: ctx.actor }).edition) as H<'edition:roll-forward'>,
  'edition:publish': ((i, ctx) => publishEdition(ctx.session.writable(), i.year, { force: i.force, reason: i.reason ?? null, actor: ctx.actor }).then((r) => r.edition)) as H<'edition:publish'>,
  'edition:unpublish': ((i, ctx) => unpublishEdition(ctx.session.writable(), i.year, i.reason, ctx.actor)) as H<'edition:unpublish'>,
  'edition:set-framework': ((i, ctx) => {
    const ws = ctx.session.writable();
    setEditionFramework(ws, i.year, i.framework, i.reason, ctx.actor);
    return editionView(ws, i.year);
  }) as H<'edition:set-framework'>,
  'edition:set-approval': ((i, ctx) => {
    const ws = ctx.session.writable();
    setApprovalDate(ws, i.year, i.date, ctx.actor);
    return editionView(ws, i.year);
  }) as H<'edition:set-approval'>,
  // What the block editor previews: the very paragraphs the DOCX builder prints.
  'edition:front-matter': ((i, ctx) => {
    const ws = ctx.session.workspace();
    return Object.fromEntries(
      LANGS.map((lang) => {
        const d = loadFrontMatterData(ws, i.year, lang);
        return [lang, Object.fromEntries(FRONT_MATTER_KINDS.map((k) => [k, frontMatterParagraphs(k, d, lang)]))];
      }),
    ) as Output<'edition:front-matter'>;
  }) as H<'edition:front-matter'>,
  'factor:confirm': ((i, ctx) => {
    confirmFactor(ctx.session.writable(), i.year, i.metric, i.dims, ctx.actor);
    return null;
  }) as H<'factor:confirm'>,
};
