// The Part D index sheet of a Code edition: each Part D item, the Code's paragraph, the basis
// for the company that year (with an interim relief's last year), the metrics and sections
// that disclose it, or the explanation. No sheet for an edition on the Guide.
import type ExcelJS from 'exceljs';
import { label, OTHER_SHEETS } from '../../../labels.js';
import type { AnnexModel } from '../model.js';
import { fitColumns, fontFor, HEADER_ROW, setText, startSheet, type ColumnSpec } from '../sheet-kit.js';

export function buildPartDIndexSheet(wb: ExcelJS.Workbook, model: AnnexModel): void {
  if (!model.partD) return;
  const { lang } = model;
  const columns: ColumnSpec[] = [
    { header: label('item', lang), min: 10, max: 14 },
    { header: label('codeParagraph', lang), min: 10, max: 16 },
    { header: label('description', lang), min: 30, max: 70 },
    { header: label('basis', lang), min: 14, max: 24 },
    { header: label('disclosedBy', lang), min: 20, max: 50 },
    { header: label('sections', lang), min: 16, max: 40 },
    { header: label('explanation', lang), min: 16, max: 60 },
  ];
  const name = OTHER_SHEETS.partd[lang];
  const ws = startSheet(wb, name, `${name} · ${model.year}`, columns, lang);
  const font = fontFor(lang);
  let r = HEADER_ROW + 1;
  for (const item of model.partD) {
    const line = ws.getRow(r++);
    const basis = label(`basis_${item.basis}`, lang);
    setText(line.getCell(1), item.code, font);
    setText(line.getCell(2), item.paragraph ?? label('paragraphUnverified', lang), font);
    setText(line.getCell(3), item.title, font);
    setText(line.getCell(4), item.reliefEndsFy === null ? basis : `${basis}\n${label('reliefUntil', lang).replace('{endsFy}', String(item.reliefEndsFy))}`, font);
    setText(line.getCell(5), item.metrics.map((m) => m.code).join('\n'), font);
    setText(line.getCell(6), item.sections.join('\n'), font);
    setText(line.getCell(7), item.explanation !== null ? `${label('notApplicable', lang)}: ${item.explanation}` : item.state === 'none' ? label('notDisclosed', lang) : '', font);
  }
  fitColumns(ws, columns);
}
