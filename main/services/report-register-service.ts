// CRUD for the structured report content: materiality topics, stakeholders, the climate
// register, scenarios and scenario rows, governance facts and qualitative targets. Each write
// is parsed with its zod schema, checked against the workspace, written in one transaction
// and recorded in the audit log.
import type { z } from 'zod';
import {
  climateItemSchema,
  climateScenarioSchema,
  governanceFactSchema,
  materialityTopicSchema,
  qualitativeTargetSchema,
  scenarioRowSchema,
  stakeholderSchema,
} from '../../shared/report/register.js';
import { reportRepos, type ReportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { writableEdition } from './edition-guard.js';
import { ReportEditError, validated } from './report-errors.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

type RegisterKind = 'topics' | 'stakeholders' | 'climate' | 'scenarios' | 'scenarioRows' | 'governance' | 'qualitativeTargets';

const SCHEMAS = {
  topics: materialityTopicSchema,
  stakeholders: stakeholderSchema,
  climate: climateItemSchema,
  scenarios: climateScenarioSchema,
  scenarioRows: scenarioRowSchema,
  governance: governanceFactSchema,
  qualitativeTargets: qualitativeTargetSchema,
} as const;
const NAMES: Record<RegisterKind, string> = {
  topics: 'materiality topic',
  stakeholders: 'stakeholder group',
  climate: 'climate risk or opportunity',
  scenarios: 'climate scenario',
  scenarioRows: 'scenario analysis row',
  governance: 'governance fact',
  qualitativeTargets: 'qualitative target',
};

export type RegisterRow<K extends RegisterKind> = ReturnType<ReportRepos[K]['list']>[number];
export type RegisterInput<K extends RegisterKind> = z.input<(typeof SCHEMAS)[K]>;

function checkLinks(ws: Workspace, year: number, kind: RegisterKind, row: Record<string, unknown>): void {
  const r = reportRepos(ws, year);
  const sectionId = row['sectionId'];
  if (typeof sectionId === 'string' && !r.outline.getSection(sectionId)) throw new ReportEditError('invalid', `There is no section "${sectionId}".`);
  const itemId = row['climateItemId'];
  if (typeof itemId === 'string' && !r.climate.get(itemId)) throw new ReportEditError('invalid', `There is no climate risk or opportunity "${itemId}".`);
  const metric = row['metric'];
  if (kind === 'governance' && typeof metric === 'string' && !loadWorkspaceCatalogue(ws).byCode.has(metric)) {
    throw new ReportEditError('invalid', `The metric ${metric} is not in the catalogue.`);
  }
}

function keyOf(kind: RegisterKind, row: Record<string, unknown>): string {
  return String(kind === 'qualitativeTargets' ? row['code'] : row['id']);
}

export function listRegister<K extends RegisterKind>(ws: Workspace, year: number, kind: K): RegisterRow<K>[] {
  return reportRepos(ws, year)[kind].list() as RegisterRow<K>[];
}

/** Inserts (mode 'create': the id must be new) or replaces (mode 'update': it must exist) a row. */
function write<K extends RegisterKind>(ws: Workspace, year: number, kind: K, input: RegisterInput<K>, actor: string, mode: 'create' | 'update'): RegisterRow<K> {
  writableEdition(ws, year);
  const parsed = validated(NAMES[kind], () => SCHEMAS[kind].parse(input)) as Record<string, unknown>;
  const repo = reportRepos(ws, year)[kind] as unknown as {
    get(k: string): { position: number } | undefined;
    taken(k: string): boolean;
    nextPosition(): number;
    put(v: unknown, actor: string): string;
  };
  const key = keyOf(kind, parsed);
  const before = repo.get(key);
  if (mode === 'create' && (before || repo.taken(key))) throw new ReportEditError('conflict', `A ${NAMES[kind]} "${key}" already exists.`);
  if (mode === 'update' && !before) throw new ReportEditError('not_found', `There is no ${NAMES[kind]} "${key}".`);
  checkLinks(ws, year, kind, parsed);
  const row = { ...parsed, position: (parsed['position'] as number | undefined) ?? before?.position ?? repo.nextPosition() };
  ws.transaction(() => repo.put(row, actor));
  return repo.get(key) as RegisterRow<K>;
}

export function createRegisterRow<K extends RegisterKind>(ws: Workspace, year: number, kind: K, input: RegisterInput<K>, actor: string): RegisterRow<K> {
  return write(ws, year, kind, input, actor, 'create');
}
export function updateRegisterRow<K extends RegisterKind>(ws: Workspace, year: number, kind: K, input: RegisterInput<K>, actor: string): RegisterRow<K> {
  return write(ws, year, kind, input, actor, 'update');
}
export function deleteRegisterRow(ws: Workspace, year: number, kind: RegisterKind, key: string, actor: string): void {
  writableEdition(ws, year);
  const repo = reportRepos(ws, year)[kind];
  if (!repo.get(key)) throw new ReportEditError('not_found', `There is no ${NAMES[kind]} "${key}".`);
  ws.transaction(() => repo.remove(key, actor));
}
export function reorderRegister(ws: Workspace, year: number, kind: RegisterKind, keys: readonly string[], actor: string): void {
  writableEdition(ws, year);
  const repo = reportRepos(ws, year)[kind];
  const missing = keys.filter((k) => !repo.get(k));
  if (missing.length) throw new ReportEditError('not_found', `Unknown ${NAMES[kind]}: ${missing.join(', ')}`);
  ws.transaction(() => repo.reorder(keys, actor));
}

// Named wrappers: the signatures the API contract will expose.
export const listMaterialityTopics = (ws: Workspace, year: number) => listRegister(ws, year, 'topics');
export const createMaterialityTopic = (ws: Workspace, year: number, input: RegisterInput<'topics'>, actor: string) => createRegisterRow(ws, year, 'topics', input, actor);
export const updateMaterialityTopic = (ws: Workspace, year: number, input: RegisterInput<'topics'>, actor: string) => updateRegisterRow(ws, year, 'topics', input, actor);
export const deleteMaterialityTopic = (ws: Workspace, year: number, id: string, actor: string) => deleteRegisterRow(ws, year, 'topics', id, actor);
export const listStakeholders = (ws: Workspace, year: number) => listRegister(ws, year, 'stakeholders');
export const createStakeholder = (ws: Workspace, year: number, input: RegisterInput<'stakeholders'>, actor: string) => createRegisterRow(ws, year, 'stakeholders', input, actor);
export const updateStakeholder = (ws: Workspace, year: number, input: RegisterInput<'stakeholders'>, actor: string) => updateRegisterRow(ws, year, 'stakeholders', input, actor);
export const deleteStakeholder = (ws: Workspace, year: number, id: string, actor: string) => deleteRegisterRow(ws, year, 'stakeholders', id, actor);
export const listClimateItems = (ws: Workspace, year: number) => listRegister(ws, year, 'climate');
export const createClimateItem = (ws: Workspace, year: number, input: RegisterInput<'climate'>, actor: string) => createRegisterRow(ws, year, 'climate', input, actor);
export const updateClimateItem = (ws: Workspace, year: number, input: RegisterInput<'climate'>, actor: string) => updateRegisterRow(ws, year, 'climate', input, actor);
export const deleteClimateItem = (ws: Workspace, year: number, id: string, actor: string) => deleteRegisterRow(ws, year, 'climate', id, actor);
export const listQualitativeTargets = (ws: Workspace, year: number) => listRegister(ws, year, 'qualitativeTargets');
export const createQualitativeTarget = (ws: Workspace, year: number, input: RegisterInput<'qualitativeTargets'>, actor: string) => createRegisterRow(ws, year, 'qualitativeTargets', input, actor);
export const updateQualitativeTarget = (ws: Workspace, year: number, input: RegisterInput<'qualitativeTargets'>, actor: string) => updateRegisterRow(ws, year, 'qualitativeTargets', input, actor);
export const deleteQualitativeTarget = (ws: Workspace, year: number, code: string, actor: string) => deleteRegisterRow(ws, year, 'qualitativeTargets', code, actor);
