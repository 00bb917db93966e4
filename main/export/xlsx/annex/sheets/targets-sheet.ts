import type ExcelJS from 'exceljs';
import { displayDecimals } from '../../../../../shared/report/format.js';
import { unitLabel } from '../../../../../shared/unit-labels.js';
import { label, OTHER_SHEETS, STATUS_LABELS, TARGET_TYPE_LABELS } from '../../../labels.js';
import { nameOf, numberFormat, type AnnexModel } from '../model.js';
import { fitColumns, fontFor, HEADER_ROW, setNumber, setText, startSheet, type ColumnSpec } from '../sheet-kit.js';

export function buildTargetsSheet(wb: ExcelJS.Workbook, model: AnnexModel): void {
  const { lang } = model;
  const columns: ColumnSpec[] = [
    { header: label('code', lang), min: 12, max: 20 },
    { header: label('target', lang), min: 24, max: 50 },
    { header: label('metric', lang), min: 16, max: 36 },
    { header: label('unit', lang), min: 8, max: 14 },
    { header: label('type', lang), min: 10, max: 16 },
    { header: label('baselineYear', lang), min: 8, max: 10, numeric: true },
    { header: label('baseline', lang), min: 12, max: 16, numeric: true },
    { header: label('targetYear', lang), min: 8, max: 10, numeric: true },
    { header: label('targetValue', lang), min: 12, max: 16, numeric: true },
    { header: `${label('current', lang)} (${model.year})`, min: 12, max: 16, numeric: true },
    { header: label('changePct', lang), min: 10, max: 14, numeric: true },
    { header: label('progressPct', lang), min: 10, max: 14, numeric: true },
    { header: label('status', lang), min: 10, max: 16 },
  ];
  const ws = startSheet(wb, OTHER_SHEETS.targets[lang], `${OTHER_SHEETS.targets[lang]} · ${model.year}`, columns, lang);
  const font = fontFor(lang);
  let r = HEADER_ROW + 1;
  for (const p of model.targets) {
    const metric = model.metrics.find((m) => m.code === p.target.metric);
    const fmt = numberFormat(metric ? displayDecimals(metric) : 2);
    const line = ws.getRow(r++);
    setText(line.getCell(1), p.target.code, font);
    setText(line.getCell(2), lang === 'zh-Hant' ? p.target.titleZh || p.target.titleEn : p.target.titleEn || p.target.titleZh, font);
    setText(line.getCell(3), metric ? nameOf(metric, lang) : p.target.metric, font);
    setText(line.getCell(4), metric ? unitLabel(metric.unit, lang) : '', font);
    setText(line.getCell(5), TARGET_TYPE_LABELS[p.target.type]?.[lang] ?? p.target.type, font);
    setNumber(line.getCell(6), p.target.baselineYear, '0', font);
    if (p.baseline !== null) setNumber(line.getCell(7), p.baseline, fmt, font);
    setNumber(line.getCell(8), p.target.targetYear, '0', font);
    if (p.targetValue !== null) setNumber(line.getCell(9), p.targetValue, fmt, font);
    if (p.current !== null) setNumber(line.getCell(10), p.current, fmt, font);
    if (p.changePct !== null) setNumber(line.getCell(11), p.changePct, '0.0', font);
    if (p.progressPct !== null) setNumber(line.getCell(12), p.progressPct, '0.0', font);
    setText(line.getCell(13), STATUS_LABELS[p.status]?.[lang] ?? p.status, font);
  }
  fitColumns(ws, columns);
}
