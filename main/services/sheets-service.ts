// Department data-collection workbooks: one per owner department, with only its metrics.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MetricDef } from '../../shared/catalogue.js';
import type { StoredValue } from '../../shared/domain.js';
import { compileFormula, visitExpr } from '../../shared/engine/formula.js';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { describeDims } from '../../shared/dimension-labels.js';
import { displayUnit, offersRow } from '../../shared/fuels.js';
import { writeDepartmentWorkbook, type CollectModel, type CollectRow } from '../export/xlsx/collect/write-workbook.js';
import { writeFileAtomic } from '../fsutil/atomic-write.js';
import type { Workspace } from '../store/workspace.js';
import { loadWorkspaceCatalogue, type WorkspaceCatalogue } from './workspace-catalogue.js';

interface Department {
  code: string;
  name_zh: string;
  name_en: string;
}

/** Metrics whose total is a derived sum over one dimension (Scope 3 over categories). */
function summedByDimension(metrics: readonly MetricDef[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of metrics) {
    if (!m.formula) continue;
    visitExpr(compileFormula(m.formula), (e) => {
      if (e.op === 'sumby') out.set(e.code, e.key);
    });
  }
  return out;
}

type ByMetric = Map<string, StoredValue[]>;

/** A year's stored values grouped by metric, read once for all departments. */
function groupByMetric(values: StoredValue[]): ByMetric {
  const out: ByMetric = new Map();
  for (const v of values) {
    const list = out.get(v.metric);
    if (list) list.push(v);
    else out.set(v.metric, [v]);
  }
  return out;
}

function rowsFor(ws: Workspace, cat: WorkspaceCatalogue, metric: MetricDef, years: { prior: ByMetric; current: ByMetric }, summed: Map<string, string>): CollectRow[] {
  const prior = years.prior.get(metric.code) ?? [];
  const current = years.current.get(metric.code) ?? [];
  const variants = new Map<string, Dims>();
  const onlyKey = summed.get(metric.code);
  if (!onlyKey && offersRow(metric, {}, cat.metrics)) variants.set('', {});
  for (const key of onlyKey ? [onlyKey] : metric.dimensions) {
    for (const v of cat.dimensions.find((d) => d.key === key)?.values ?? []) {
      const dims = { [key]: v.code };
      if (offersRow(metric, dims, cat.metrics)) variants.set(dimsKey(dims), dims);
    }
  }
  for (const v of [...prior, ...current]) variants.set(dimsKey(v.dims), v.dims);
  const sites = ws.profile.sites();
  const priorByKey = new Map(prior.map((v) => [dimsKey(v.dims), v]));
  const currentByKey = new Map(current.map((v) => [dimsKey(v.dims), v]));
  return [...variants.values()].map((dims) => {
    const key = dimsKey(dims);
    const p = priorByKey.get(key);
    const c = currentByKey.get(key);
    const zh = describeDims({ dimensions: cat.dimensions, sites, lang: 'zh-Hant' }, dims);
    const en = describeDims({ dimensions: cat.dimensions, sites, lang: 'en' }, dims);
    return {
      metric,
      dims,
      unit: displayUnit(metric, dims, cat.dimensions),
      breakdown: zh ? `${zh} / ${en}` : '合計 / Total',
      prior: p?.value ?? null,
      priorNa: p !== undefined && p.value === null,
      current: c?.value ?? null,
    };
  });
}

export function buildCollectModels(ws: Workspace, year: number): CollectModel[] {
  const cat = loadWorkspaceCatalogue(ws);
  const company = ws.profile.company();
  const departments = (ws.catalogue.doc<{ departments: Department[] }>('departments')?.departments ?? []);
  const summed = summedByDimension(cat.metrics);
  const years = { prior: groupByMetric(ws.values.listYear(year - 1)), current: groupByMetric(ws.values.listYear(year)) };
  return departments
    .map((d) => ({
      workspaceId: ws.meta.workspaceId(),
      companyZh: company?.nameZh ?? '',
      companyEn: company?.nameEn ?? '',
      year,
      department: { code: d.code, nameZh: d.name_zh, nameEn: d.name_en },
      rows: cat.metrics.filter((m) => m.owner === d.code && m.kind !== 'derived').flatMap((m) => rowsFor(ws, cat, m, years, summed)),
    }))
    .filter((m) => m.rows.length > 0);
}

export function departmentFileName(year: number, department: string): string {
  return `${year}-${department}.xlsx`;
}

/** Writes every department's workbook into `outDir`; opens the year if it is new. */
export async function writeDepartmentWorkbooks(ws: Workspace, year: number, outDir: string, actor = 'sheets'): Promise<{ file: string; department: string; rows: number }[]> {
  ws.profile.ensureYear(year);
  mkdirSync(outDir, { recursive: true });
  const out: { file: string; department: string; rows: number }[] = [];
  for (const model of buildCollectModels(ws, year)) {
    const file = join(outDir, departmentFileName(year, model.department.code));
    writeFileAtomic(file, await writeDepartmentWorkbook(model));
    out.push({ file, department: model.department.code, rows: model.rows.length });
    // Sent: the collection dashboard counts workbooks out and back per department.
    ws.review.recordCollection({ year, department: model.department.code, kind: 'sent', file: departmentFileName(year, model.department.code), actor });
  }
  return out;
}
