// One sheet per reporting area: every metric of the area, its breakdowns, one numeric
// column per year from the baseline year to the report year.
import { displayDecimals } from '../../../../../shared/report/format.js';
import { unitLabel } from '../../../../../shared/unit-labels.js';
import { resolveUnit } from '../../../../../shared/fuels.js';
import type ExcelJS from 'exceljs';
import { label, type AREA_SHEETS } from '../../../labels.js';
import { describeDims, metricRows, nameOf, numberFormat, type AnnexModel } from '../model.js';
import { fitColumns, fontFor, HEADER_ROW, setNumber, setText, startSheet, type ColumnSpec } from '../sheet-kit.js';

export function buildAreaSheet(wb: ExcelJS.Workbook, model: AnnexModel, area: (typeof AREA_SHEETS)[number]): void {
  const { lang } = model;
  const columns: ColumnSpec[] = [
    { header: label('code', lang), min: 14, max: 34 },
    { header: label('metric', lang), min: 18, max: 44 },
    { header: label('breakdown', lang), min: 10, max: 32 },
    { header: label('unit', lang), min: 8, max: 14 },
    { header: label('hkex', lang), min: 8, max: 14 },
    { header: label('sasb', lang), min: 8, max: 16 },
    ...model.years.map((y) => ({ header: String(y), min: 12, max: 18, numeric: true })),
    { header: label('notes', lang), min: 16, max: 60 },
  ];
  const ws = startSheet(wb, area.name[lang], `${nameOf({ nameZh: model.company.nameZh, nameEn: model.company.nameEn }, lang)} · ${area.name[lang]} · ${model.year}`, columns, lang);
  const font = fontFor(lang);
  const bold = { ...font, bold: true };
  let r = HEADER_ROW + 1;
  for (const metric of model.metrics) {
    if (metric.kind === 'factor' || !area.areas.includes(metric.area)) continue;
    for (const row of metricRows(model, metric)) {
      const isTotal = Object.keys(row.dims).length === 0;
      const line = ws.getRow(r++);
      setText(line.getCell(1), metric.code, font);
      setText(line.getCell(2), nameOf(metric, lang), isTotal ? bold : font);
      setText(line.getCell(3), isTotal ? '' : describeDims(model, row.dims), font);
      // A fuel's unit is that fuel's; a unit that names its denominator is shown as the report
      // prints it (tCO2e per tonne of product).
      setText(line.getCell(4), (lang === 'zh-Hant' ? metric.unitLabelZh : metric.unitLabelEn) ?? unitLabel(resolveUnit(metric.unit, row.dims, model.dimensions) ?? metric.unit, lang), font);
      setText(line.getCell(5), metric.hkex.join(', '), font);
      setText(line.getCell(6), metric.sasb.join(', '), font);
      const notes: string[] = [];
      row.cells.forEach((v, i) => {
        const cell = line.getCell(7 + i);
        const year = model.years[i] as number;
        if (!v) return;
        if (v.value === null) {
          const word = label(v.notDisclosed ? 'notDisclosed' : 'notApplicable', lang);
          setText(cell, word, font);
          cell.alignment = { horizontal: 'right', vertical: 'top' };
          notes.push(`${year}: ${word} — ${v.naReason ?? ''}`);
          return;
        }
        // Full precision in the cell; shown at the report's precision for the metric (format.ts).
        setNumber(cell, v.value, numberFormat(displayDecimals(metric)), font);
        if (v.estimated) notes.push(`${year}: ${label('estimated', lang)}`);
        if (v.fromSites) notes.push(`${year}: ${label('sumOfSites', lang)}`);
        if (v.fromBreakdown) notes.push(`${year}: ${label('sumOfBreakdown', lang)}${v.fromBreakdown.map((k) => ((d) => (d ? nameOf(d, lang) : k))(model.dimensions.find((d) => d.key === k))).join(' × ')}`);
        if (v.note) notes.push(`${year}: ${v.note}`);
      });
      if (metric.kind === 'derived' && isTotal && metric.formula) notes.unshift(`${label('derived', lang)}: ${metric.formula}`);
      setText(line.getCell(7 + model.years.length), notes.join('\n'), font);
    }
  }
  fitColumns(ws, columns);
}
