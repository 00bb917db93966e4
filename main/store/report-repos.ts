// The report-content repositories of one year's edition of a workspace, created on first use
// and kept per database and year (the workspace object itself belongs to the store; this adds
// to it without changing it). Every statement is bound to the edition's year, and every audit
// entry they write carries it.
import type { Database } from 'better-sqlite3';
import type { ClimateItem, ClimateScenario, GovernanceFact, MaterialityTopic, QualitativeTarget, ScenarioRow, Stakeholder } from '../../shared/report/register.js';
import type { AuditRepo } from './audit-repo.js';
import { createReportDisclosureRepo } from './report-disclosure-repo.js';
import { createReportMediaRepo } from './report-media-repo.js';
import { createReportOutlineRepo } from './report-outline-repo.js';
import { createRegisterTable } from './report-table.js';

const J = { json: true };

function create(db: Database, workspaceAudit: AuditRepo, now: () => string, year: number) {
  const audit: AuditRepo = { ...workspaceAudit, append: (r) => workspaceAudit.append({ year, ...r }) };
  return {
    year,
    outline: createReportOutlineRepo(db, audit, now, year),
    disclosure: createReportDisclosureRepo(db, audit, now, year),
    /** Images and the export log belong to the workspace, not to one edition. */
    media: reportMedia({ db, audit: workspaceAudit }, now),
    topics: createRegisterTable<MaterialityTopic>(db, audit, {
      table: 'materiality_topic',
      entity: 'materiality_topic',
      key: { field: 'id', column: 'id' },
      fields: {
        category: { column: 'category' },
        nameZh: { column: 'name_zh' },
        nameEn: { column: 'name_en' },
        stakeholderScore: { column: 'stakeholder_score' },
        businessScore: { column: 'business_score' },
        sectionId: { column: 'section_id' },
      },
    }, year),
    stakeholders: createRegisterTable<Stakeholder>(db, audit, {
      table: 'stakeholder',
      entity: 'stakeholder',
      key: { field: 'id', column: 'id' },
      fields: {
        groupZh: { column: 'group_zh' },
        groupEn: { column: 'group_en' },
        expectationsZh: { column: 'expectations_zh', ...J },
        expectationsEn: { column: 'expectations_en', ...J },
        channelsZh: { column: 'channels_zh', ...J },
        channelsEn: { column: 'channels_en', ...J },
      },
    }, year),
    climate: createRegisterTable<ClimateItem>(db, audit, {
      table: 'climate_item',
      entity: 'climate_item',
      key: { field: 'id', column: 'id' },
      fields: {
        type: { column: 'type' },
        category: { column: 'category' },
        titleZh: { column: 'title_zh' },
        titleEn: { column: 'title_en' },
        descriptionZh: { column: 'description_zh' },
        descriptionEn: { column: 'description_en' },
        impactsZh: { column: 'impacts_zh' },
        impactsEn: { column: 'impacts_en' },
        financialEffectZh: { column: 'financial_effect_zh' },
        financialEffectEn: { column: 'financial_effect_en' },
        horizons: { column: 'horizons', ...J },
        likelihood: { column: 'likelihood' },
        impact: { column: 'impact' },
        responsesZh: { column: 'responses_zh', ...J },
        responsesEn: { column: 'responses_en', ...J },
      },
    }, year),
    scenarios: createRegisterTable<ClimateScenario>(db, audit, {
      table: 'climate_scenario',
      entity: 'climate_scenario',
      key: { field: 'id', column: 'id' },
      fields: {
        riskKind: { column: 'risk_kind' },
        pathway: { column: 'pathway' },
        name: { column: 'name' },
        source: { column: 'source' },
        descriptionZh: { column: 'description_zh' },
        descriptionEn: { column: 'description_en' },
        years: { column: 'years', ...J },
      },
    }, year),
    scenarioRows: createRegisterTable<ScenarioRow>(db, audit, {
      table: 'scenario_row',
      entity: 'scenario_row',
      key: { field: 'id', column: 'id' },
      fields: {
        climateItemId: { column: 'climate_item_id' },
        descriptionZh: { column: 'description_zh' },
        descriptionEn: { column: 'description_en' },
        assumptionsZh: { column: 'assumptions_zh', ...J },
        assumptionsEn: { column: 'assumptions_en', ...J },
        ratings: { column: 'ratings', ...J },
      },
    }, year),
    governance: createRegisterTable<GovernanceFact>(db, audit, {
      table: 'governance_fact',
      entity: 'governance_fact',
      key: { field: 'id', column: 'id' },
      fields: {
        labelZh: { column: 'label_zh' },
        labelEn: { column: 'label_en' },
        valueZh: { column: 'value_zh' },
        valueEn: { column: 'value_en' },
        metric: { column: 'metric' },
        dims: { column: 'dims', ...J },
      },
    }, year),
    qualitativeTargets: createRegisterTable<QualitativeTarget>(db, audit, {
      table: 'qualitative_target',
      entity: 'qualitative_target',
      key: { field: 'code', column: 'code' },
      keyPerYear: true,
      fields: {
        category: { column: 'category' },
        titleZh: { column: 'title_zh' },
        titleEn: { column: 'title_en' },
        statusZh: { column: 'status_zh' },
        statusEn: { column: 'status_en' },
        targetYear: { column: 'target_year' },
        sectionId: { column: 'section_id' },
      },
    }, year),
  };
}
export type ReportRepos = ReturnType<typeof create>;

const cache = new WeakMap<Database, Map<number, ReportRepos>>();
const mediaCache = new WeakMap<Database, ReturnType<typeof createReportMediaRepo>>();

/** Images and the export log: the workspace's, shared by every edition. */
export function reportMedia(ws: { db: Database; audit: AuditRepo }, now: () => string = () => new Date().toISOString()) {
  let m = mediaCache.get(ws.db);
  if (!m) mediaCache.set(ws.db, (m = createReportMediaRepo(ws.db, ws.audit, now)));
  return m;
}

/** The repositories of the edition of `year`. */
export function reportRepos(ws: { db: Database; audit: AuditRepo }, year: number, now: () => string = () => new Date().toISOString()): ReportRepos {
  let byYear = cache.get(ws.db);
  if (!byYear) cache.set(ws.db, (byYear = new Map()));
  let repos = byYear.get(year);
  if (!repos) byYear.set(year, (repos = create(ws.db, ws.audit, now, year)));
  return repos;
}
