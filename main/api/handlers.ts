// The handler table: one function per contract method. Every transport (Electron IPC, the
// loopback host, tests) goes through dispatch(), which parses the input with the method's
// schema first, so no handler ever sees unchecked data from the (untrusted) renderer.
import { contract, type Method, type Output, type ParsedInput } from '../../shared/api/contract.js';
import { fail, ok, type Result } from '../../shared/api/result.js';
import { buildGrid, editedRows, EntryError, setValue, undoStep, valueHistory, type UndoStep } from '../services/entry-service.js';
import { batchRows, EntryBatchError, setValues } from '../services/entry-batch-service.js';
import { stateOf } from '../services/review-service.js';
import { kpiOverview, listFactors, traceValue } from '../services/overview-service.js';
import { loadWorkspaceCatalogue } from '../services/workspace-catalogue.js';
import { ReportEditError } from '../services/report-errors.js';
import { ImportError } from '../services/import-service.js';
import { contentHandlers } from './content-handlers.js';
import { editHandlers } from './edit-handlers.js';
import { editionHandlers } from './edition-handlers.js';
import { companyHandlers } from './company-handlers.js';
import { CompanyError } from '../services/company-service.js';
import { hasString, translate } from '../../shared/i18n/strings.js';
import { exportHandlers } from './export-handlers.js';
import { ApiFailure } from './failure.js';
import { importHandlers } from './import-handlers.js';
import { reviewHandlers } from './review-handlers.js';
import { commentHandlers } from './comment-handlers.js';
import { signoffHandlers } from './signoff-handlers.js';
import { ReviewError } from '../services/review-error.js';
import type { PathChooser } from './paths.js';
import type { RecentList } from './recent.js';
import type { PrefsStore } from './prefs.js';
import { prefsHandlers } from './prefs-handlers.js';
import type { Session } from './session.js';
import type { Lang } from '../../shared/domain.js';

export interface ApiContext {
  session: Session;
  /** The window (tab) that made this call: undo history is per window. Set by dispatch. */
  client?: string;
  paths: PathChooser;
  recent: RecentList;
  actor: string;
  shell: 'electron' | 'host';
  /** Host only: the directory file names are resolved in. */
  workspaceDir: string | null;
  /** Electron only: reveal a written file in the file manager, or open it with its program. */
  opener?: Opener;
  version: string;
  /** Electron only: the UI language changed (the native menus follow it). */
  onLanguage?: (lang: Lang) => void;
  /** This machine's preferences (the settings folder's preferences.json). */
  prefs: PrefsStore;
  /** Electron only: asks for the soffice program with a native dialog (ApiFailure 'cancelled' if closed). */
  chooseSoffice?: () => Promise<string>;
}

export interface Opener {
  reveal(path: string): void;
  open(path: string): Promise<void>;
}

type Handlers = { [M in Method]: (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>> };

interface DepartmentsDoc {
  departments?: { code: string; name_zh: string; name_en: string }[];
}

export const handlers: Handlers = {
  'app:info': (_i, ctx) => ({ version: ctx.version, shell: ctx.shell, workspaceDir: ctx.workspaceDir, workspace: ctx.session.info() }),
  'app:set-language': (i, ctx) => {
    ctx.onLanguage?.(i.lang);
    return null;
  },
  'workspace:recent': (_i, ctx) => ctx.recent.list(),
  'workspace:create': async (i, ctx) => {
    const path = await ctx.paths.forCreate(i.fileName, i.sample);
    const info = ctx.session.create(path, i.sample, ctx.actor);
    ctx.recent.add(path);
    return info;
  },
  'workspace:open': async (i, ctx) => {
    let path: string;
    if (i.recent !== undefined) {
      const listed = ctx.recent.resolve(i.recent);
      if (!listed) throw new ApiFailure('not_found', 'That workspace is not in the recent list any more.');
      path = listed;
    } else {
      path = await ctx.paths.forOpen(i.fileName);
    }
    const info = ctx.session.open(path);
    ctx.recent.add(path);
    return info;
  },
  'workspace:close': (_i, ctx) => {
    ctx.session.close();
    return null;
  },
  'workspace:summary': (_i, ctx) => {
    const ws = ctx.session.workspace();
    const info = ctx.session.info();
    if (!info) throw new ApiFailure('no_workspace', 'No workspace is open.');
    const company = ws.profile.company();
    if (!company) throw new ApiFailure('not_workspace', 'The workspace has no company profile.');
    return { ...info, company, years: ws.profile.years(), sites: ws.profile.sites(), undoDepth: ctx.session.undoDepth(ctx.client) };
  },
  'catalogue:get': (_i, ctx) => {
    const ws = ctx.session.workspace();
    const cat = loadWorkspaceCatalogue(ws);
    const deps = ws.catalogue.doc<DepartmentsDoc>('departments')?.departments ?? [];
    const industries = ws.catalogue.doc<{ industries?: { code: string; name_zh: string; name_en: string }[] }>('sasb')?.industries ?? [];
    return {
      metrics: [...cat.metrics],
      dimensions: [...cat.dimensions],
      departments: deps.map((d) => ({ code: d.code, nameZh: d.name_zh, nameEn: d.name_en })),
      industries: industries.map((i) => ({ code: i.code, nameZh: i.name_zh, nameEn: i.name_en })),
    };
  },
  'data:grid': (i, ctx) => buildGrid(ctx.session.workspace(), i.year),
  'data:set-value': (i, ctx) => {
    const ws = ctx.session.writable();
    const stateBefore = stateOf(ws, i);
    const r = setValue(ws, i, i.patch, ctx.actor, i.basedOn);
    const stateAfter = stateOf(ws, i);
    const reopened = stateBefore !== 'draft' && stateAfter === 'draft' ? { reopened: stateBefore } : {};
    const depth = r.change === 'unchanged' ? ctx.session.undoDepth(ctx.client) : ctx.session.pushUndo(r.undo, ctx.client);
    // The rows the edit can change, so the grid shows its effects without reloading the year.
    return { change: r.change, ...editedRows(ws, i, r.change), undoDepth: depth, ...reopened };
  },
  'data:set-values': (i, ctx) => {
    const ws = ctx.session.writable();
    const r = setValues(ws, i.year, i.cells, ctx.actor);
    const depth = r.undo ? ctx.session.pushUndo(r.undo, ctx.client) : ctx.session.undoDepth(ctx.client);
    return { changed: r.changed, rows: batchRows(ws, i.year, i.cells.map((c) => c.metric)), undoDepth: depth };
  },
  'data:undo': (_i, ctx) => {
    const ws = ctx.session.writable();
    const entry = ctx.session.popUndo(ctx.client);
    if (!entry) return { undone: null, rows: [], undoDepth: 0 };
    try {
      undoStep(ws, entry, ctx.actor);
    } catch (e) {
      ctx.session.restoreUndo(entry, ctx.client);
      throw e;
    }
    const steps = 'batch' in entry ? entry.batch : [entry];
    const first = steps[0] as UndoStep;
    const rows = 'batch' in entry ? batchRows(ws, first.year, steps.map((s) => s.metric)) : editedRows(ws, first, first.before ? 'updated' : 'deleted').rows;
    return { undone: { metric: first.metric, year: first.year, dims: { ...first.dims }, count: steps.length }, rows, undoDepth: ctx.session.undoDepth(ctx.client) };
  },
  'value:history': (i, ctx) => valueHistory(ctx.session.workspace(), i.metric, i.year, i.dims),
  'kpi:overview': (i, ctx) => kpiOverview(ctx.session.workspace(), i.year),
  'kpi:trace': (i, ctx) => traceValue(ctx.session.workspace(), i.metric, i.year, i.dims),
  'factors:list': (i, ctx) => listFactors(ctx.session.workspace(), i.year),
  ...exportHandlers,
  ...importHandlers,
  ...contentHandlers,
  ...editHandlers,
  ...editionHandlers,
  ...companyHandlers,
  ...reviewHandlers,
  ...prefsHandlers,
  ...commentHandlers,
  ...signoffHandlers,
};

/** The report services' codes in the API's closed set: a conflict is an id that exists or a move into itself. */
const REPORT_ERROR_CODES = { not_found: 'not_found', invalid: 'validation', conflict: 'exists', published: 'edition_published', check_errors: 'check_errors' } as const;

/** A company-setup refusal: English text, plus its code and parameters for the UI's language. */
function companyFailure(e: CompanyError): Result<unknown> {
  const say = (key: string, params: Record<string, string | number> = {}) => (key.startsWith('company.') ? translate('en', key as 'company.invalid', params) : key);
  const issues = e.issues.map((i) => ({ path: i.path, message: say(i.message, e.params) }));
  const r = fail(e.code, say(e.key, e.params), issues);
  r.error.key = e.key;
  r.error.params = e.params;
  return r;
}

/** A people, review or evidence refusal: English text, plus its `review.*` code and parameters for the UI's language. */
function reviewFailure(e: ReviewError): Result<unknown> {
  const r = fail(e.code, hasString(e.key) ? translate('en', e.key, e.params) : e.key, undefined, e.params);
  r.error.key = e.key;
  r.error.params = e.params;
  return r;
}

const isMethod = (m: string): m is Method => Object.prototype.hasOwnProperty.call(contract, m);

/** Validates, runs and wraps one call. Never throws: errors are data. */
/** `client` names the calling window (the loopback host's tabs send one each); see ApiContext.client. */
export async function dispatch(base: ApiContext, method: string, raw: unknown, client?: string): Promise<Result<unknown>> {
  // Every write is recorded under the person working in the session, when one was chosen.
  const ctx: ApiContext = { ...base, ...(client === undefined ? {} : { client }), actor: base.session.actorOr(base.actor) };
  if (!isMethod(method)) return fail('unknown_method', `There is no method "${method}".`);
  const parsed = contract[method].input.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    return fail('invalid_input', `${method}: ${issue ? `${issue.path.join('.') || 'input'}: ${issue.message}` : 'invalid input'}`, issues);
  }
  try {
    const handler = handlers[method] as (input: unknown, ctx: ApiContext) => unknown;
    return ok(await handler(parsed.data, ctx));
  } catch (e) {
    if (e instanceof ApiFailure) return fail(e.code, e.message);
    if (e instanceof EntryError) return { ok: false, error: { code: e.code, message: e.message, problem: e.problem } };
    if (e instanceof EntryBatchError) return { ok: false, error: { code: e.code, message: e.message, cells: e.cells } };
    if (e instanceof ReportEditError) return fail(REPORT_ERROR_CODES[e.code], e.message, e.issues, e.params);
    if (e instanceof ImportError) return fail('validation', e.message);
    if (e instanceof CompanyError) return companyFailure(e);
    if (e instanceof ReviewError) return reviewFailure(e);
    console.error(`[api] ${method} failed:`, e);
    return fail('internal', `${method} failed: ${(e as Error).message}`);
  }
}
