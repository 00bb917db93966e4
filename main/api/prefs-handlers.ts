// Preferences: which soffice PDF export runs. The path is never taken from the renderer:
// Electron asks main's native dialog (ctx.chooseSoffice), the loopback host refuses (the
// path is set with `esg-studio prefs --soffice <path>`).
import type { Method, Output, ParsedInput } from '../../shared/api/contract.js';
import type { SofficeStatus } from '../../shared/api/contract-prefs.js';
import { locateSoffice } from '../export/pdf/find-soffice.js';
import { ApiFailure } from './failure.js';
import type { ApiContext } from './handlers.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;

export function sofficeStatus(ctx: Pick<ApiContext, 'prefs' | 'chooseSoffice'>): SofficeStatus {
  return { ...locateSoffice({ soffice: ctx.prefs.read().soffice }), canChoose: ctx.chooseSoffice !== undefined };
}

export const prefsHandlers = {
  'prefs:soffice': ((_i, ctx) => sofficeStatus(ctx)) as H<'prefs:soffice'>,
  'prefs:choose-soffice': (async (_i, ctx) => {
    if (!ctx.chooseSoffice) throw new ApiFailure('forbidden', 'Set the soffice program from the command line: esg-studio prefs --soffice <path>.');
    ctx.prefs.setSoffice(await ctx.chooseSoffice());
    return sofficeStatus(ctx);
  }) as H<'prefs:choose-soffice'>,
  'prefs:clear-soffice': ((_i, ctx) => {
    ctx.prefs.setSoffice(null);
    return sofficeStatus(ctx);
  }) as H<'prefs:clear-soffice'>,
};
