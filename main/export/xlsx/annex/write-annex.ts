// The KPI annex workbook: the sheets in their order, then packed deterministically.
import ExcelJS from 'exceljs';
import { AREA_SHEETS, label } from '../../labels.js';
import { FIXED_DATE, repackDeterministic } from '../deterministic.js';
import type { AnnexModel } from './model.js';
import { withXmlSafeText } from '../../clean-text.js';
import { buildAreaSheet } from './sheets/area-sheet.js';
import { buildFactorsSheet } from './sheets/factors-sheet.js';
import { buildHkexIndexSheet, buildSasbIndexSheet } from './sheets/index-sheet.js';
import { buildPartDIndexSheet } from './sheets/partd-index-sheet.js';
import { buildTargetsSheet } from './sheets/targets-sheet.js';
import { buildTraceSheet } from './sheets/trace-sheet.js';

type SheetBuilder = (wb: ExcelJS.Workbook, model: AnnexModel) => void;

/** The annex's sheets, in order. A new sheet is a new builder in this list. */
export const ANNEX_SHEETS: SheetBuilder[] = [
  ...AREA_SHEETS.map((area): SheetBuilder => (wb, model) => buildAreaSheet(wb, model, area)),
  buildTargetsSheet,
  buildHkexIndexSheet,
  buildSasbIndexSheet,
  buildPartDIndexSheet,
  buildFactorsSheet,
  buildTraceSheet,
];

export async function writeAnnex(raw: AnnexModel): Promise<Buffer> {
  const model = withXmlSafeText(raw);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ESG Report Studio';
  wb.lastModifiedBy = 'ESG Report Studio';
  wb.title = `${label('annexTitle', model.lang)} ${model.year}`;
  wb.company = model.lang === 'zh-Hant' ? model.company.nameZh : model.company.nameEn;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const build of ANNEX_SHEETS) build(wb, model);
  // Stored, not deflated: the repack deflates every part once, natively.
  const packed = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  return repackDeterministic(new Uint8Array(packed as ArrayBuffer));
}
