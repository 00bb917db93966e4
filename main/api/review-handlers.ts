// People, review, evidence, collection and the assurance pack: thin handlers over the
// services of issue 15. Files are read by main from a path it chose (dialog or the host's
// folder); evidence is opened by the system's program from a temporary copy, never rendered.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EvidenceView, Method, Output, ParsedInput } from '../../shared/api/contract.js';
import { EVIDENCE_MAX_BYTES } from '../../shared/review/evidence-file.js';
import { writeAssurancePack } from '../services/assurance-service.js';
import { attachEvidence, evidenceToTempFile, listEvidence, removeEvidence, replaceEvidence } from '../services/evidence-service.js';
import { addPerson, listPeople, updatePerson } from '../services/people-service.js';
import { ReviewError } from '../services/review-error.js';
import { collectionDashboard, listStates, reviewValues, valuesFor } from '../services/review-service.js';
import type { EvidenceMeta } from '../store/evidence-repo.js';
import { ApiFailure } from './failure.js';
import type { ApiContext } from './handlers.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;

const view = (m: EvidenceMeta): EvidenceView => ({ id: m.id, metric: m.metric, year: m.year, dims: m.dims, fileName: m.fileName, kind: m.kind, size: m.size, sha256: m.sha256, attachedAt: m.attachedAt, attachedBy: m.attachedBy });

/** The chosen file's bytes; an oversized one is refused before it is read into memory. */
async function readChosen(ctx: ApiContext, fileName: string | undefined): Promise<{ name: string; bytes: Buffer }> {
  const path = await ctx.paths.forEvidence(fileName);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ApiFailure('not_found', `${basename(path)} cannot be read.`);
  }
  if (size > EVIDENCE_MAX_BYTES) throw new ReviewError('validation', 'review.evidence_too_large', { file: basename(path), mb: Math.round((size / 1024 / 1024) * 10) / 10, max: EVIDENCE_MAX_BYTES / 1024 / 1024 });
  return { name: basename(path), bytes: readFileSync(path) };
}

export const reviewHandlers = {
  'people:list': ((_i, ctx) => {
    const ws = ctx.session.workspace();
    return { people: listPeople(ws), current: ctx.session.person(), workspaceId: ws.meta.workspaceId() };
  }) as H<'people:list'>,
  'people:add': ((i, ctx) => addPerson(ctx.session.writable(), i, ctx.actor)) as H<'people:add'>,
  'people:update': ((i, ctx) => updatePerson(ctx.session.writable(), i, ctx.actor)) as H<'people:update'>,
  'people:use': ((i, ctx) => {
    const ws = ctx.session.workspace();
    if (i.id !== null) {
      const p = ws.people.get(i.id);
      if (!p) throw new ReviewError('not_found', 'review.person_unknown', { person: `#${i.id}` });
      if (!p.active) throw new ReviewError('forbidden', 'review.person_inactive', { name: p.name });
    }
    ctx.session.usePerson(i.id);
    return { current: i.id };
  }) as H<'people:use'>,
  'review:states': ((i, ctx) => listStates(ctx.session.workspace(), i.year)) as H<'review:states'>,
  'review:act': ((i, ctx) =>
    reviewValues(
      ctx.session.writable(),
      i.action,
      i.values.map((v) => ({ metric: v.metric, year: i.year, dims: v.dims })),
      ctx.actor,
      i.comment,
    )) as H<'review:act'>,
  'review:act-all': ((i, ctx) => {
    const ws = ctx.session.writable();
    const refs = valuesFor(ws, i.action, i.year, ctx.actor);
    return refs.length ? reviewValues(ws, i.action, refs, ctx.actor) : { changed: 0 };
  }) as H<'review:act-all'>,
  'collection:dashboard': ((i, ctx) => collectionDashboard(ctx.session.workspace(), i.year)) as H<'collection:dashboard'>,
  'evidence:list': ((i, ctx) => listEvidence(ctx.session.workspace(), i.year, i.metric ? { metric: i.metric, dims: i.dims ?? {} } : undefined).map(view)) as H<'evidence:list'>,
  'evidence:attach': (async (i, ctx) => {
    const ws = ctx.session.writable();
    const f = await readChosen(ctx, i.fileName);
    return view(attachEvidence(ws, { metric: i.metric, year: i.year, dims: i.dims }, f.name, f.bytes, ctx.actor));
  }) as H<'evidence:attach'>,
  'evidence:replace': (async (i, ctx) => {
    const ws = ctx.session.writable();
    const f = await readChosen(ctx, i.fileName);
    return view(replaceEvidence(ws, i.id, f.name, f.bytes, ctx.actor));
  }) as H<'evidence:replace'>,
  'evidence:remove': ((i, ctx) => {
    removeEvidence(ctx.session.writable(), i.id, ctx.actor);
    return null;
  }) as H<'evidence:remove'>,
  'evidence:open': (async (i, ctx) => {
    const path = evidenceToTempFile(ctx.session.workspace(), i.id);
    if (ctx.opener) {
      await ctx.opener.open(path);
      return { opened: true, path: null };
    }
    // The loopback host has no desktop to open it on: it says where the copy is.
    return { opened: false, path };
  }) as H<'evidence:open'>,
  'assurance:pack': (async (i, ctx) => {
    const ws = ctx.session.workspace();
    const folder = await ctx.paths.forOutputFolder('export');
    const file = `assurance-pack-${i.year}.zip`;
    const r = await writeAssurancePack(ws, i.year, join(folder, file));
    return { folder, file, files: r.files, bytes: r.bytes };
  }) as H<'assurance:pack'>,
};
