// Targets, checks, the outline and the registers: thin handlers over the report services
// (which validate content, check references, write in one transaction and audit).
import type { Method, Output, ParsedInput, TargetView } from '../../shared/api/contract.js';
import { checkYear } from '../services/check-service.js';
import { listDisclosures } from '../services/report-disclosure-service.js';
import { addSection, getOutline, moveSection, removeSection, renameSection, updateBlock } from '../services/report-outline-service.js';
import { listRegister } from '../services/report-register-service.js';
import { loadShareChart } from '../services/share-chart-service.js';
import { listQualitativeTargetJson, listTargetProgress, toTargetJson } from '../services/targets-service.js';
import type { ApiContext } from './handlers.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;

const targets: H<'targets:list'> = (i, ctx) => {
  const ws = ctx.session.workspace();
  const quantitative: TargetView[] = listTargetProgress(ws, i.year).map((p) => {
    const j = toTargetJson(p);
    return {
      code: j.code,
      kind: 'quantitative',
      metric: j.metric,
      type: j.type,
      titleZh: j.title_zh,
      titleEn: j.title_en,
      baselineYear: j.baseline_year,
      targetYear: j.target_year,
      baseline: j.baseline,
      current: j.current,
      targetValue: j.target_value,
      targetInput: j.target_input,
      changePct: j.change_pct,
      progressPct: j.progress_pct,
      elapsedPct: j.elapsed_pct,
      attainmentPct: j.attainment_pct,
      status: j.status,
      statusTextZh: null,
      statusTextEn: null,
    };
  });
  const qualitative: TargetView[] = listQualitativeTargetJson(ws, i.year).map((q) => ({
    code: q.code,
    kind: 'qualitative',
    metric: null,
    type: q.type,
    titleZh: q.title_zh,
    titleEn: q.title_en,
    baselineYear: null,
    targetYear: q.target_year ?? null,
    baseline: null,
    current: null,
    targetValue: null,
    targetInput: null,
    changePct: null,
    progressPct: null,
    elapsedPct: null,
    attainmentPct: null,
    status: q.status,
    statusTextZh: q.status_text_zh,
    statusTextEn: q.status_text_en,
  }));
  return [...quantitative, ...qualitative];
};

export const contentHandlers = {
  'targets:list': targets,
  'checks:run': ((i, ctx) => checkYear(ctx.session.workspace(), i.year)) as H<'checks:run'>,
  'outline:get': ((i, ctx) => getOutline(ctx.session.workspace(), i.year)) as H<'outline:get'>,
  'outline:add-section': ((i, ctx) => addSection(ctx.session.writable(), i.year, { parentId: i.parentId, titleZh: i.titleZh, titleEn: i.titleEn }, ctx.actor)) as H<'outline:add-section'>,
  'outline:rename-section': ((i, ctx) => renameSection(ctx.session.writable(), i.year, i.id, { titleZh: i.titleZh, titleEn: i.titleEn }, ctx.actor)) as H<'outline:rename-section'>,
  'outline:move-section': ((i, ctx) => moveSection(ctx.session.writable(), i.year, i.id, { position: i.position }, ctx.actor)) as H<'outline:move-section'>,
  'outline:remove-section': ((i, ctx) => {
    removeSection(ctx.session.writable(), i.year, i.id, ctx.actor);
    return null;
  }) as H<'outline:remove-section'>,
  'block:update': ((i, ctx) => updateBlock(ctx.session.writable(), i.year, i.id, i.body, ctx.actor)) as H<'block:update'>,
  'chart:share': ((i, ctx) => loadShareChart(ctx.session.workspace(), i.year, i.lang, i.config)) as H<'chart:share'>,
  'register:list': ((i, ctx) => {
    const ws = ctx.session.workspace();
    const rows = i.kind === 'disclosures' ? listDisclosures(ws, i.year) : listRegister(ws, i.year, i.kind);
    return rows as unknown as Record<string, unknown>[];
  }) as H<'register:list'>,
};
