// The assurance pack (issue 15): one zip an assurer can work from, the same bytes for the same
// workspace content (fixed entry dates and order, no time of making inside): the KPI annex,
// the calculation trace, the year's audit log, every evidence file named by metric and
// dimensions, the factors with their sources, the approvals, and manifest.json with each
// file's size and SHA-256. Built whole in memory and written atomically: a refusal writes nothing.
import Papa from 'papaparse';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import type { Lang } from '../../shared/domain.js';
import { safePart, sanitiseFileName } from '../../shared/review/evidence-file.js';
import { safeText } from '../export/xlsx/sanitize.js';
import { writeFileAtomic } from '../fsutil/atomic-write.js';
import type { Workspace } from '../store/workspace.js';
import { writeZip, type ZipPart } from '../zip/write.js';
import { editionRepo } from '../store/edition-repo.js';
import { signoffRepo } from '../store/signoff-repo.js';
import { publishedFile } from './edition-files.js';
import { sha256 } from './evidence-service.js';
import { buildAnnexBytes } from './export-service.js';
import { computeWorkspaceYear } from './kpi-service.js';
import { ReviewError } from './review-error.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export const PACK_FORMAT = 'esg-report-studio/assurance-pack';

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof PACK_FORMAT;
  version: 1;
  workspaceId: string;
  company: string;
  year: number;
  files: ManifestEntry[];
}

/** CSV of rows; text a person typed is kept from reading as a formula in a spreadsheet program. */
function csv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Uint8Array {
  const safe = rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : safeText(c))));
  // A BOM, so that Excel reads the Chinese text as UTF-8.
  return Buffer.from('\ufeff' + Papa.unparse({ fields: [...header], data: safe }, { newline: '\r\n' }) + '\r\n', 'utf8');
}

const dimsLabel = (d: Dims) => dimsKey(d);
const json = (x: unknown) => Buffer.from(JSON.stringify(x, null, 2) + '\n', 'utf8');

function tracePart(ws: Workspace, year: number): ZipPart[] {
  const computed = computeWorkspaceYear(ws, year).values.filter((v) => v.trace).sort((a, b) => a.code.localeCompare(b.code) || dimsKey(a.dims).localeCompare(dimsKey(b.dims)));
  const rows: (string | number | null)[][] = [];
  for (const v of computed) {
    const t = v.trace;
    if (!t) continue;
    for (const [role, items] of [['input', t.inputs], ['factor', t.factors]] as const) {
      for (const i of items) rows.push([v.code, dimsLabel(v.dims), v.value, v.unit, t.formula, role, i.code, dimsLabel(i.dims), i.value, i.unit, i.source ?? null, i.notApplicable ? 'not_applicable' : null]);
    }
  }
  const traces = computed.map((v) => ({ metric: v.code, dims: v.dims, value: v.value, unit: v.unit, trace: v.trace }));
  return [
    { name: 'trace/calculation-trace.csv', data: csv(['metric', 'dims', 'value', 'unit', 'formula', 'role', 'input_metric', 'input_dims', 'input_value', 'input_unit', 'input_source', 'flag'], rows) },
    { name: 'trace/calculation-trace.json', data: json(traces) },
  ];
}

function auditPart(ws: Workspace, year: number): ZipPart {
  const rows = ws.audit.ofYear(year).map((e) => [e.id, e.at, e.actor, e.personId ?? null, e.action, e.entity, e.entityKey, e.context, e.old === null ? null : JSON.stringify(e.old), e.new === null ? null : JSON.stringify(e.new)]);
  return { name: `audit/audit-log-${year}.csv`, data: csv(['id', 'at', 'actor', 'person_id', 'action', 'entity', 'key', 'context', 'old', 'new'], rows) };
}

function factorsPart(ws: Workspace, year: number): ZipPart {
  const cat = loadWorkspaceCatalogue(ws);
  const rows = ws.values
    .listYear(year)
    .filter((v) => cat.byCode.get(v.metric)?.kind === 'factor')
    .map((v) => [v.metric, dimsLabel(v.dims), v.value, cat.byCode.get(v.metric)?.unit ?? '', v.naReason, v.source, v.note, v.updatedAt, v.updatedBy]);
  return { name: `factors/factor-sources-${year}.csv`, data: csv(['metric', 'dims', 'value', 'unit', 'na_reason', 'source', 'note', 'updated_at', 'updated_by'], rows) };
}

function approvalsParts(ws: Workspace, year: number): ZipPart[] {
  const names = new Map(ws.people.list().map((p) => [p.id, p.name]));
  const rows = ws.review.listYear(year).map((r) => [r.metric, r.dimsKey, r.state, r.actor, r.personId, r.at, r.comment, r.submittedBy === null ? null : (names.get(r.submittedBy) ?? String(r.submittedBy))]);
  const people = ws.people.list().map((p) => [p.id, p.name, p.active ? 'active' : 'inactive', p.roles.map((g) => (g.department ? `${g.role}:${g.department}` : g.role)).join(' ')]);
  return [
    { name: `approvals/value-states-${year}.csv`, data: csv(['metric', 'dims', 'state', 'by', 'person_id', 'at', 'comment', 'submitted_by'], rows) },
    { name: 'approvals/people.csv', data: csv(['id', 'name', 'status', 'roles'], people) },
    signoffPart(ws, year),
  ];
}

/**
 * The sign-off of the year's edition, one event a row in time order: each request (with the
 * edition revision it covers), each reviewer's decision with its comment, a request closed
 * (approved, rejected, superseded), and the publication with what it rested on (an approved
 * request, or the ESG lead's override and reason).
 */
function signoffPart(ws: Workspace, year: number): ZipPart {
  const rows: (string | number | null)[][] = [];
  for (const r of signoffRepo(ws).listYear(year)) {
    rows.push(['requested', r.id, r.requestedAt, r.requestedByName, 'esg_lead', 'open', r.reviewers.map((d) => d.name).join('; '), null, r.contentHash, r.dataHash]);
    for (const d of r.reviewers) if (d.decision) rows.push([d.decision, r.id, d.decidedAt, d.name, 'reviewer', d.decision, null, d.comment, null, null]);
    if (r.closedAt) rows.push(['closed', r.id, r.closedAt, null, null, r.status, null, null, null, null]);
  }
  const e = editionRepo(ws).get(year);
  if (e?.status === 'published' && e.signoff) rows.push(['published', e.signoffRequest, e.publishedAt, e.publishedBy, e.signoff === 'not_used' ? null : 'esg_lead', e.signoff, null, e.signoff === 'overridden' ? e.forcedReason : null, null, null]);
  rows.sort((a, b) => String(a[2]).localeCompare(String(b[2])));
  return { name: `approvals/edition-signoff-${year}.csv`, data: csv(['event', 'request', 'at', 'person', 'role', 'outcome', 'reviewers', 'comment', 'content_sha256', 'data_sha256'], rows) };
}

function evidenceParts(ws: Workspace, year: number): ZipPart[] {
  const used = new Set<string>();
  return ws.evidence.listYear(year).map((m) => {
    const bytes = ws.evidence.content(m.id) ?? Buffer.alloc(0);
    if (sha256(bytes) !== m.sha256) throw new ReviewError('validation', 'review.evidence_damaged', { file: m.fileName });
    const dir = `evidence/${safePart(m.metric)}/${m.dimsKey === '' ? 'total' : safePart(m.dimsKey)}`;
    let name = `${dir}/${sanitiseFileName(m.fileName)}`;
    // Two files of one name under one value: the later one is told apart by its id.
    if (used.has(name.toLowerCase())) name = `${dir}/${m.id}-${sanitiseFileName(m.fileName)}`;
    used.add(name.toLowerCase());
    return { name, data: bytes };
  });
}

async function annexParts(ws: Workspace, year: number): Promise<ZipPart[]> {
  const langs: Lang[] = ws.profile.company()?.languages ?? ['zh-Hant', 'en'];
  const out: ZipPart[] = [];
  for (const lang of langs) out.push({ name: `annex/kpi-annex-${year}-${lang}.xlsx`, data: publishedFile(ws, year, 'xlsx', lang) ?? (await buildAnnexBytes(ws, year, lang)) });
  return out;
}

/** The pack's bytes and its manifest. */
export async function buildAssurancePack(ws: Workspace, year: number): Promise<{ zip: Buffer; manifest: Manifest }> {
  if (!ws.profile.years().includes(year)) throw new ReviewError('not_found', 'review.year_unknown', { year });
  const parts: ZipPart[] = [...(await annexParts(ws, year)), ...tracePart(ws, year), auditPart(ws, year), factorsPart(ws, year), ...approvalsParts(ws, year), ...evidenceParts(ws, year)];
  parts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const company = ws.profile.company();
  const manifest: Manifest = {
    format: PACK_FORMAT,
    version: 1,
    workspaceId: ws.meta.workspaceId(),
    company: company ? company.nameEn || company.nameZh : '',
    year,
    files: parts.map((p) => ({ path: p.name, bytes: p.data.length, sha256: sha256(p.data) })),
  };
  return { zip: writeZip([{ name: 'manifest.json', data: json(manifest) }, ...parts]), manifest };
}

export async function writeAssurancePack(ws: Workspace, year: number, out: string): Promise<{ file: string; bytes: number; files: number }> {
  const { zip, manifest } = await buildAssurancePack(ws, year);
  writeFileAtomic(out, zip);
  return { file: out, bytes: zip.length, files: manifest.files.length };
}
