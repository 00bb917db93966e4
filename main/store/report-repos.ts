// The report-content repositories of a workspace, created on first use and kept per database
// (the workspace object itself belongs to the store; this adds to it without changing it).
import type { Database } from 'better-sqlite3';
import type { ClimateItem, ClimateScenario, GovernanceFact, MaterialityTopic, QualitativeTarget, ScenarioRow, Stakeholder } from '../../shared/report/register.js';
import type { AuditRepo } from './audit-repo.js';
import { createReportDisclosureRepo } from './report-disclosure-repo.js';
import { createReportMediaRepo } from './report-media-repo.js';
import { createReportOutlineRepo } from './report-outline-repo.js';
import { createRegisterTable } from './report-table.js';

const J = { json: true };

function create(db: Database, audit: AuditRepo, now: () => string) {
  return {
    outline: createReportOutlineRepo(db, audit, now),
    disclosure: createReportDisclosureRepo(db, audit, now),
    media: createReportMediaRepo(db, audit, now),
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
    }),
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
    }),
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
    }),
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
    }),
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
    }),
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
    }),
    qualitativeTargets: createRegisterTable<QualitativeTarget>(db, audit, {
      table: 'qualitative_target',
      entity: 'qualitative_target',
      key: { field: 'code', column: 'code' },
      fields: {
        category: { column: 'category' },
        titleZh: { column: 'title_zh' },
        titleEn: { column: 'title_en' },
        statusZh: { column: 'status_zh' },
        statusEn: { column: 'status_en' },
        targetYear: { column: 'target_year' },
        sectionId: { column: 'section_id' },
      },
    }),
  };
}
export type ReportRepos = ReturnType<typeof create>;

const cache = new WeakMap<Database, ReportRepos>();

export function reportRepos(ws: { db: Database; audit: AuditRepo }, now: () => string = () => new Date().toISOString()): ReportRepos {
  let repos = cache.get(ws.db);
  if (!repos) cache.set(ws.db, (repos = create(ws.db, ws.audit, now)));
  return repos;
}
