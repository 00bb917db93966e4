// The HKEX and SASB indexes: each framework item, the metrics and report sections that
// disclose it, or the reason it is not applicable.
import { chosenSasbItems } from '../../../../../shared/report/disclosure.js';
import type ExcelJS from 'exceljs';
import { withheldForItem } from '../../../../../shared/report/withheld-values.js';
import { label, OTHER_SHEETS } from '../../../labels.js';
import { nameOf, type AnnexModel, type FrameworkItem } from '../model.js';
import { fitColumns, fontFor, HEADER_ROW, setText, startSheet, type ColumnSpec } from '../sheet-kit.js';

function buildIndex(wb: ExcelJS.Workbook, model: AnnexModel, framework: 'hkex' | 'sasb', items: FrameworkItem[]): void {
  const { lang } = model;
  const columns: ColumnSpec[] = [
    { header: label('item', lang), min: 10, max: 16 },
    { header: label('description', lang), min: 30, max: 70 },
    { header: label('disclosedBy', lang), min: 20, max: 50 },
    { header: label('sections', lang), min: 16, max: 40 },
    { header: label('explanation', lang), min: 16, max: 60 },
  ];
  const name = OTHER_SHEETS[framework][lang];
  const ws = startSheet(wb, name, `${name} · ${model.year}`, columns, lang);
  const font = fontFor(lang);
  const bold = { ...font, bold: true };
  let r = HEADER_ROW + 1;
  for (const item of items) {
    const entry = model.disclosure.find((d) => d.framework === framework && d.code === item.code);
    const fromCatalogue = model.metrics.filter((m) => (framework === 'hkex' ? m.hkex : m.sasb).includes(item.code)).map((m) => m.code);
    const metrics = [...new Set([...(entry?.metrics ?? []), ...fromCatalogue])];
    const line = ws.getRow(r++);
    const heading = item.kind === 'aspect';
    setText(line.getCell(1), item.code, heading ? bold : font);
    setText(line.getCell(2), nameOf({ nameZh: item.titleZh, nameEn: item.titleEn }, lang), heading ? bold : font);
    setText(line.getCell(3), metrics.join('\n'), font);
    setText(line.getCell(4), (entry?.sections ?? []).join('\n'), font);
    // The item's figures entered as not applicable (none used) or not disclosed, each with its reason.
    const withheld = framework === 'hkex' && !entry?.notApplicableReason ? withheldForItem(item.code, model.metrics, model.results.get(model.year)?.values ?? []) : [];
    const explanation = [
      ...(entry?.notApplicableReason ? [`${label('notApplicable', lang)}: ${entry.notApplicableReason}`] : []),
      ...withheld.map((w) => `${nameOf(w, lang)}: ${label(w.kind === 'not_disclosed' ? 'notDisclosed' : 'noneUsed', lang)}${w.reason ? ` — ${w.reason}` : ''}`),
    ];
    setText(line.getCell(5), explanation.join('\n'), font);
  }
  fitColumns(ws, columns);
}

export function buildHkexIndexSheet(wb: ExcelJS.Workbook, model: AnnexModel): void {
  buildIndex(wb, model, 'hkex', model.hkex);
}

/** Only the SASB metrics the company chose (named in the disclosure map), as the report's index. */
export function buildSasbIndexSheet(wb: ExcelJS.Workbook, model: AnnexModel): void {
  buildIndex(wb, model, 'sasb', chosenSasbItems(model.sasb, model.disclosure.filter((d) => d.framework === 'sasb').map((d) => d.code)));
}
