import type ExcelJS from 'exceljs';
import { label, OTHER_SHEETS } from '../../../labels.js';
import { nameOf, numberFormat, type AnnexModel } from '../model.js';
import { fitColumns, fontFor, HEADER_ROW, setNumber, setText, startSheet, type ColumnSpec } from '../sheet-kit.js';

export function buildFactorsSheet(wb: ExcelJS.Workbook, model: AnnexModel): void {
  const { lang } = model;
  const columns: ColumnSpec[] = [
    { header: label('year', lang), min: 8, max: 8, numeric: true },
    { header: label('code', lang), min: 20, max: 28 },
    { header: label('metric', lang), min: 24, max: 50 },
    { header: label('value', lang), min: 12, max: 16, numeric: true },
    { header: label('unit', lang), min: 10, max: 12 },
    { header: label('source', lang), min: 30, max: 80 },
  ];
  const ws = startSheet(wb, OTHER_SHEETS.factors[lang], `${OTHER_SHEETS.factors[lang]} · ${model.years[0]}–${model.year}`, columns, lang);
  const font = fontFor(lang);
  let r = HEADER_ROW + 1;
  for (const year of model.years) {
    for (const metric of model.metrics.filter((m) => m.kind === 'factor')) {
      const v = model.results.get(year)?.values.find((x) => x.code === metric.code && Object.keys(x.dims).length === 0);
      if (!v || v.value === null) continue;
      const line = ws.getRow(r++);
      setNumber(line.getCell(1), year, '0', font);
      setText(line.getCell(2), metric.code, font);
      setText(line.getCell(3), nameOf(metric, lang), font);
      setNumber(line.getCell(4), v.value, numberFormat(Math.max(metric.decimals, 4)), font);
      setText(line.getCell(5), metric.unit, font);
      setText(line.getCell(6), v.source ?? '', font);
    }
  }
  fitColumns(ws, columns);
}
