// Editing report content: blocks of a section, the registers and the disclosure map. Thin
// handlers over the report services, which check references, write in one transaction and
// audit; every write asks the session for a writable workspace (read-only is refused).
import type { Method, Output, ParsedInput } from '../../shared/api/contract.js';
import { listFrameworkItems, removeDisclosure, setDisclosure } from '../services/report-disclosure-service.js';
import { addBlock, confirmBlock, deleteBlock, moveBlock } from '../services/report-outline-service.js';
import { createRegisterRow, deleteRegisterRow, updateRegisterRow } from '../services/report-register-service.js';
import type { ApiContext } from './handlers.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;
/** The union's kind and row belong together (the contract's discriminated union); the service is generic over them. */
type AnyRow = Parameters<typeof createRegisterRow<'topics'>>[3];

export const editHandlers = {
  'block:add': ((i, ctx) => addBlock(ctx.session.writable(), i.year, i.sectionId, i.body, ctx.actor, i.position === undefined ? {} : { position: i.position })) as H<'block:add'>,
  'block:move': ((i, ctx) => moveBlock(ctx.session.writable(), i.year, i.id, { position: i.position }, ctx.actor)) as H<'block:move'>,
  'block:confirm': ((i, ctx) => confirmBlock(ctx.session.writable(), i.year, i.id, ctx.actor)) as H<'block:confirm'>,
  'block:delete': ((i, ctx) => {
    deleteBlock(ctx.session.writable(), i.year, i.id, ctx.actor);
    return null;
  }) as H<'block:delete'>,
  'register:create': ((i, ctx) => createRegisterRow(ctx.session.writable(), i.year, i.kind as 'topics', i.row as AnyRow, ctx.actor) as unknown as Record<string, unknown>) as H<'register:create'>,
  'register:update': ((i, ctx) => updateRegisterRow(ctx.session.writable(), i.year, i.kind as 'topics', i.row as AnyRow, ctx.actor) as unknown as Record<string, unknown>) as H<'register:update'>,
  'register:delete': ((i, ctx) => {
    deleteRegisterRow(ctx.session.writable(), i.year, i.kind, i.key, ctx.actor);
    return null;
  }) as H<'register:delete'>,
  'disclosure:items': ((i, ctx) => listFrameworkItems(ctx.session.workspace(), i.framework)) as H<'disclosure:items'>,
  'disclosure:set': ((i, ctx) => setDisclosure(ctx.session.writable(), i.year, i.entry, ctx.actor)) as H<'disclosure:set'>,
  'disclosure:remove': ((i, ctx) => {
    removeDisclosure(ctx.session.writable(), i.year, i.framework, i.itemCode, ctx.actor);
    return null;
  }) as H<'disclosure:remove'>,
};
