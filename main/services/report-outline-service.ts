// Editing the outline: sections (add, rename, move/reorder, remove) and their blocks (add,
// update, move, delete). Every write is validated (zod schemas of shared/report), checked
// against the workspace (sections exist, referenced metrics exist), done in one transaction,
// and recorded in the audit log. These are the functions the UI's API handlers call.
import { randomUUID } from 'node:crypto';
import { parseBlockBody, type Block, type BlockBodyInput, type ParsedBlockBody } from '../../shared/report/blocks.js';
import { newSectionSchema, renameSectionSchema, type NewSectionInput, type RenameSectionInput, type Section } from '../../shared/report/outline.js';
import { inlineRuns, kpiRefsOf, type Inline, type RichDoc } from '../../shared/report/rich-text.js';
import { SITE_KEY } from '../../shared/dimensions.js';
import { reportMedia, reportRepos } from '../store/report-repos.js';
import { writableEdition } from './edition-guard.js';
import type { Workspace } from '../store/workspace.js';
import { ReportEditError, validated } from './report-errors.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export interface Outline {
  sections: Section[];
  blocks: Block[];
}

export function getOutline(ws: Workspace, year: number): Outline {
  const r = reportRepos(ws, year);
  return { sections: r.outline.listSections(), blocks: r.outline.listBlocks() };
}

function requireSection(ws: Workspace, year: number, id: string): Section {
  const s = reportRepos(ws, year).outline.getSection(id);
  if (!s) throw new ReportEditError('not_found', `There is no section "${id}".`);
  return s;
}

function requireBlock(ws: Workspace, year: number, id: string): Block {
  const b = reportRepos(ws, year).outline.getBlock(id);
  if (!b) throw new ReportEditError('not_found', `There is no block "${id}".`);
  return b;
}

const newId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export function addSection(ws: Workspace, year: number, input: NewSectionInput, actor: string): Section {
  writableEdition(ws, year);
  const s = validated('section', () => newSectionSchema.parse(input));
  const repo = reportRepos(ws, year).outline;
  if (s.parentId !== null) requireSection(ws, year, s.parentId);
  const id = s.id ?? newId('sec');
  if (repo.sectionIdTaken(id)) throw new ReportEditError('conflict', `A section "${id}" already exists.`);
  return ws.transaction(() =>
    repo.insertSection({ id, parentId: s.parentId, kind: s.kind, label: s.label, titleZh: s.titleZh, titleEn: s.titleEn, templateKey: null }, s.position, actor),
  );
}

export function renameSection(ws: Workspace, year: number, id: string, input: RenameSectionInput, actor: string): Section {
  writableEdition(ws, year);
  const r = validated('section title', () => renameSectionSchema.parse(input));
  const before = requireSection(ws, year, id);
  const next: Section = { ...before, titleZh: r.titleZh ?? before.titleZh, titleEn: r.titleEn ?? before.titleEn, label: r.label ?? before.label };
  ws.transaction(() => reportRepos(ws, year).outline.updateSection(next, actor));
  return next;
}

/** Moves a section among its siblings (reorder) or under another parent (null: top level). */
export function moveSection(ws: Workspace, year: number, id: string, to: { parentId?: string | null; position: number }, actor: string): Section {
  writableEdition(ws, year);
  const before = requireSection(ws, year, id);
  const parentId = to.parentId === undefined ? before.parentId : to.parentId;
  if (!Number.isInteger(to.position) || to.position < 0) throw new ReportEditError('invalid', 'position is a whole number from 0');
  for (let p = parentId; p !== null; p = requireSection(ws, year, p).parentId) {
    if (p === id) throw new ReportEditError('conflict', `Section "${id}" cannot be moved under itself or one of its sub-sections.`);
  }
  const repo = reportRepos(ws, year).outline;
  ws.transaction(() => repo.moveSection(id, parentId, to.position, actor));
  return repo.getSection(id) as Section;
}

/** Removes a section with its sub-sections and blocks (the audit log keeps what was removed). */
export function removeSection(ws: Workspace, year: number, id: string, actor: string): void {
  writableEdition(ws, year);
  requireSection(ws, year, id);
  const repo = reportRepos(ws, year).outline;
  ws.transaction(() => {
    const removeTree = (sid: string): void => {
      for (const child of repo.listSections().filter((s) => s.parentId === sid)) removeTree(child.id);
      repo.deleteSection(sid, actor);
    };
    removeTree(id);
  });
}

/** Metric codes a block refers to: live references, links, table rows, chart series. */
export function metricsReferenced(body: ParsedBlockBody): string[] {
  const codes = new Set<string>();
  const fromRuns = (runs: Inline[][]) => {
    for (const n of runs.flat()) {
      if (n.type === 'kpiRef') codes.add(n.attrs.code);
      if (n.type === 'text') for (const m of n.marks ?? []) if (m.type === 'metricLink') codes.add(m.attrs.code);
    }
  };
  for (const c of [body.content['zh-Hant'], body.content.en] as Record<string, unknown>[]) {
    if (c['doc']) {
      fromRuns(inlineRuns(c['doc'] as RichDoc));
      kpiRefsOf(c['doc'] as RichDoc).forEach((r) => codes.add(r.code));
    }
    if (Array.isArray(c['items'])) fromRuns(c['items'] as Inline[][]);
  }
  const cfg = body.config as { rows?: { metric: string }[]; metrics?: { metric: string }[]; metric?: string; parts?: { metric: string }[] };
  cfg.rows?.forEach((r) => codes.add(r.metric));
  cfg.metrics?.forEach((r) => codes.add(r.metric));
  // A share chart's metric, or its parts.
  if (cfg.metric) codes.add(cfg.metric);
  cfg.parts?.forEach((r) => codes.add(r.metric));
  return [...codes];
}

function checkReferences(ws: Workspace, body: ParsedBlockBody): void {
  const known = loadWorkspaceCatalogue(ws).byCode;
  const unknown = metricsReferenced(body).filter((c) => !known.has(c));
  if (unknown.length) {
    throw new ReportEditError('invalid', `The block refers to metric${unknown.length > 1 ? 's' : ''} not in the catalogue: ${unknown.join(', ')}`, unknown.map((c) => ({ path: 'metric', message: `unknown metric ${c}` })));
  }
  // A share chart splits its metric by one of the metric's own breakdowns (or by site).
  const share = body.config as { kind?: string; metric?: string; dimension?: string };
  const def = share.kind === 'kpi_share' && share.metric ? known.get(share.metric) : undefined;
  if (def && share.dimension && share.dimension !== SITE_KEY && !def.dimensions.includes(share.dimension)) {
    throw new ReportEditError('invalid', `The metric ${def.code} has no breakdown by ${share.dimension}.`, [{ path: 'config.dimension', message: 'block.share.dimension_unknown' }]);
  }
  const cfg = body.config as { image_id?: string };
  if (body.type === 'image' && cfg.image_id && !reportMedia(ws).getImage(cfg.image_id)) {
    throw new ReportEditError('invalid', `The image "${cfg.image_id}" is not in this workspace; add it first.`);
  }
}

export function addBlock(ws: Workspace, year: number, sectionId: string, body: BlockBodyInput, actor: string, opts: { position?: number; id?: string } = {}): Block {
  writableEdition(ws, year);
  requireSection(ws, year, sectionId);
  const parsed = validated('block', () => parseBlockBody(body));
  checkReferences(ws, parsed);
  const repo = reportRepos(ws, year).outline;
  const id = opts.id ?? newId('blk');
  if (repo.blockIdTaken(id)) throw new ReportEditError('conflict', `A block "${id}" already exists.`);
  return ws.transaction(() => repo.putBlock({ id, sectionId, type: parsed.type, config: parsed.config, content: parsed.content } as Omit<Block, 'position'>, opts.position, actor));
}

/** Replaces a block's body (its type may change; its place does not). */
export function updateBlock(ws: Workspace, year: number, id: string, body: BlockBodyInput, actor: string): Block {
  writableEdition(ws, year);
  const before = requireBlock(ws, year, id);
  const parsed = validated('block', () => parseBlockBody(body));
  checkReferences(ws, parsed);
  return ws.transaction(() =>
    reportRepos(ws, year).outline.putBlock({ id, sectionId: before.sectionId, type: parsed.type, config: parsed.config, content: parsed.content } as Omit<Block, 'position'>, undefined, actor),
  );
}

export function moveBlock(ws: Workspace, year: number, id: string, to: { sectionId?: string; position: number }, actor: string): Block {
  writableEdition(ws, year);
  const before = requireBlock(ws, year, id);
  const sectionId = to.sectionId ?? before.sectionId;
  requireSection(ws, year, sectionId);
  if (!Number.isInteger(to.position) || to.position < 0) throw new ReportEditError('invalid', 'position is a whole number from 0');
  const repo = reportRepos(ws, year).outline;
  ws.transaction(() => repo.moveBlock(id, sectionId, to.position, actor));
  return repo.getBlock(id) as Block;
}

/** Marks a block carried forward from the previous edition as reviewed, unchanged. */
export function confirmBlock(ws: Workspace, year: number, id: string, actor: string): Block {
  writableEdition(ws, year);
  requireBlock(ws, year, id);
  const repo = reportRepos(ws, year).outline;
  ws.transaction(() => repo.confirmBlock(id, actor));
  return repo.getBlock(id) as Block;
}

export function deleteBlock(ws: Workspace, year: number, id: string, actor: string): void {
  writableEdition(ws, year);
  requireBlock(ws, year, id);
  ws.transaction(() => reportRepos(ws, year).outline.deleteBlock(id, actor));
}
