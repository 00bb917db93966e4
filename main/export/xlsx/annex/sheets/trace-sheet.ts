// For each derived KPI of the report year: its formula, the inputs with their values and the
// factors with their values and sources, so an assurer can redo every calculation.
import type ExcelJS from 'exceljs';
import { dimsKey } from '../../../../../shared/dimensions.js';
import type { TraceItem } from '../../../../../shared/engine/compute.js';
import { label, OTHER_SHEETS } from '../../../labels.js';
import { describeDims, nameOf, numberFormat, type AnnexModel } from '../model.js';
import { fitColumns, fontFor, HEADER_ROW, setNumber, setText, startSheet, type ColumnSpec } from '../sheet-kit.js';

function describeItem(model: AnnexModel, t: TraceItem, withSource: boolean): string {
  const dims = dimsKey(t.dims) ? ` [${describeDims(model, t.dims)}]` : '';
  const src = withSource && t.source ? ` (${label('source', model.lang)}: ${t.source})` : '';
  const na = t.notApplicable ? ` (${label('naCountedZero', model.lang)})` : '';
  return `${t.code}${dims} = ${t.value} ${t.unit}${na}${src}`;
}

export function buildTraceSheet(wb: ExcelJS.Workbook, model: AnnexModel): void {
  const { lang } = model;
  const columns: ColumnSpec[] = [
    { header: label('code', lang), min: 20, max: 32 },
    { header: label('metric', lang), min: 20, max: 40 },
    { header: label('breakdown', lang), min: 10, max: 24 },
    { header: label('value', lang), min: 12, max: 18, numeric: true },
    { header: label('unit', lang), min: 8, max: 14 },
    { header: label('formula', lang), min: 30, max: 60 },
    { header: label('inputs', lang), min: 30, max: 60 },
    { header: label('factors', lang), min: 30, max: 80 },
  ];
  const ws = startSheet(wb, OTHER_SHEETS.trace[lang], `${OTHER_SHEETS.trace[lang]} · ${model.year}`, columns, lang);
  const font = fontFor(lang);
  let r = HEADER_ROW + 1;
  const byCode = new Map(model.metrics.map((m) => [m.code, m]));
  for (const v of model.results.get(model.year)?.values ?? []) {
    if (v.kind !== 'derived' || !v.trace || v.value === null) continue;
    const metric = byCode.get(v.code);
    const line = ws.getRow(r++);
    setText(line.getCell(1), v.code, font);
    setText(line.getCell(2), metric ? nameOf(metric, lang) : v.code, font);
    setText(line.getCell(3), describeDims(model, v.dims), font);
    setNumber(line.getCell(4), v.value, numberFormat(metric?.decimals ?? 2), font);
    setText(line.getCell(5), v.unit, font);
    setText(line.getCell(6), v.trace.asPublished ? label('enteredAsPublished', lang) : v.trace.formula, font);
    setText(line.getCell(7), v.trace.inputs.map((t) => describeItem(model, t, false)).join('\n'), font);
    setText(line.getCell(8), v.trace.factors.map((t) => describeItem(model, t, true)).join('\n'), font);
  }
  fitColumns(ws, columns);
}
