// Company set-up and the targets editor: thin handlers over company-service and
// targets-edit-service; every write asks the session for a writable workspace.
import type { Method, Output, ParsedInput } from '../../shared/api/contract.js';
import { addSite, addYear, getProfile, setLogo, updateProfile, updateSite } from '../services/company-service.js';
import { addFuel } from '../services/fuel-service.js';
import { deleteTarget, saveTarget } from '../services/targets-edit-service.js';
import type { ApiContext } from './handlers.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;

export const companyHandlers = {
  'profile:get': ((_i, ctx) => getProfile(ctx.session.workspace())) as H<'profile:get'>,
  'profile:update': ((i, ctx) => updateProfile(ctx.session.writable(), i, ctx.actor)) as H<'profile:update'>,
  'profile:logo': ((_i, ctx) => {
    const logo = ctx.session.workspace().profile.logo();
    return logo ? { mime: logo.mime, base64: Buffer.from(logo.bytes).toString('base64') } : null;
  }) as H<'profile:logo'>,
  // The bytes are checked by setLogo (PNG or JPEG signature, size) like the CLI's --logo file.
  'profile:set-logo': ((i, ctx) => setLogo(ctx.session.writable(), i.base64 === null ? null : Buffer.from(i.base64, 'base64'), ctx.actor)) as H<'profile:set-logo'>,
  'year:add': ((i, ctx) => addYear(ctx.session.writable(), i.year, ctx.actor)) as H<'year:add'>,
  'site:list': ((_i, ctx) => ctx.session.workspace().profile.sites()) as H<'site:list'>,
  'site:add': ((i, ctx) => addSite(ctx.session.writable(), i, ctx.actor)) as H<'site:add'>,
  'site:update': ((i, ctx) => updateSite(ctx.session.writable(), i, ctx.actor)) as H<'site:update'>,
  'fuel:add': ((i, ctx) => addFuel(ctx.session.writable(), i)) as H<'fuel:add'>,
  'target:save': ((i, ctx) => saveTarget(ctx.session.writable(), i.fields, i.mode, ctx.actor)) as H<'target:save'>,
  'target:delete': ((i, ctx) => {
    deleteTarget(ctx.session.writable(), i.code, ctx.actor);
    return null;
  }) as H<'target:delete'>,
};
