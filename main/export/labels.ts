// Texts of the exported documents, in both report languages.
import type { Lang } from '../../shared/domain.js';

const L = {
  annexTitle: { 'zh-Hant': 'ESG關鍵績效指標附錄', en: 'ESG KPI annex' },
  code: { 'zh-Hant': '指標代碼', en: 'Code' },
  metric: { 'zh-Hant': '指標', en: 'Metric' },
  breakdown: { 'zh-Hant': '細分', en: 'Breakdown' },
  unit: { 'zh-Hant': '單位', en: 'Unit' },
  hkex: { 'zh-Hant': '聯交所指標', en: 'HKEX' },
  sasb: { 'zh-Hant': 'SASB', en: 'SASB' },
  notes: { 'zh-Hant': '附註', en: 'Notes' },
  total: { 'zh-Hant': '合計', en: 'Total' },
  notApplicable: { 'zh-Hant': '不適用', en: 'N/A' },
  notDisclosed: { 'zh-Hant': '未披露', en: 'Not disclosed' },
  noneUsed: { 'zh-Hant': '不適用（並無使用）', en: 'Not applicable (none used)' },
  codeParagraph: { 'zh-Hant': '守則段落', en: 'Code paragraph' },
  paragraphUnverified: { 'zh-Hant': '（未核實）', en: '(not verified)' },
  basis: { 'zh-Hant': '披露基準', en: 'Basis' },
  basis_mandatory: { 'zh-Hant': '強制披露', en: 'Mandatory' },
  basis_comply_or_explain: { 'zh-Hant': '不遵守就解釋', en: 'Comply or explain' },
  basis_voluntary: { 'zh-Hant': '自願披露', en: 'Voluntary' },
  reliefUntil: { 'zh-Hant': '過渡寬免至FY{endsFy}', en: 'interim relief to FY{endsFy}' },
  estimated: { 'zh-Hant': '估算', en: 'estimated' },
  sumOfSites: { 'zh-Hant': '各站點合計', en: 'sum of sites' },
  sumOfBreakdown: { 'zh-Hant': '未填總數，按細分加總：', en: 'no total entered, sum of the breakdown by ' },
  derived: { 'zh-Hant': '計算得出', en: 'derived' },
  year: { 'zh-Hant': '年份', en: 'Year' },
  value: { 'zh-Hant': '數值', en: 'Value' },
  source: { 'zh-Hant': '來源', en: 'Source' },
  naCountedZero: { 'zh-Hant': '不適用，以零計算', en: 'not applicable, counted as zero' },
  enteredAsPublished: { 'zh-Hant': '按已公佈數字輸入（未保存其計算數據）', en: 'entered as published (its inputs are not kept)' },
  formula: { 'zh-Hant': '公式', en: 'Formula' },
  inputs: { 'zh-Hant': '輸入數據', en: 'Inputs' },
  factors: { 'zh-Hant': '排放/轉換因子', en: 'Factors' },
  target: { 'zh-Hant': '目標', en: 'Target' },
  type: { 'zh-Hant': '類型', en: 'Type' },
  baselineYear: { 'zh-Hant': '基準年', en: 'Baseline year' },
  baseline: { 'zh-Hant': '基準值', en: 'Baseline' },
  targetYear: { 'zh-Hant': '目標年', en: 'Target year' },
  targetValue: { 'zh-Hant': '目標值', en: 'Target value' },
  current: { 'zh-Hant': '本年值', en: 'Current' },
  changePct: { 'zh-Hant': '較基準年變化(%)', en: 'Change vs baseline (%)' },
  progressPct: { 'zh-Hant': '進度(%)', en: 'Progress (%)' },
  status: { 'zh-Hant': '狀態', en: 'Status' },
  item: { 'zh-Hant': '指標', en: 'Item' },
  description: { 'zh-Hant': '內容', en: 'Description' },
  disclosedBy: { 'zh-Hant': '披露數據', en: 'Disclosed by metrics' },
  sections: { 'zh-Hant': '對應章節', en: 'Report sections' },
  explanation: { 'zh-Hant': '說明', en: 'Explanation' },
} satisfies Record<string, Record<Lang, string>>;

export type LabelKey = keyof typeof L;

export function label(key: LabelKey, lang: Lang): string {
  return L[key][lang];
}

// One label per enum value, shared with the screens (shared/enum-labels.ts).
export { TARGET_STATUS_LABELS as STATUS_LABELS, TARGET_TYPE_LABELS } from '../../shared/enum-labels.js';

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
export const AREA_SHEETS: { key: string; areas: string[]; name: Record<Lang, string> }[] = [
  { key: 'environment', areas: ['environment'], name: { 'zh-Hant': '環境', en: 'Environment' } },
  { key: 'employment', areas: ['employment'], name: { 'zh-Hant': '僱傭', en: 'Employment' } },
  { key: 'training', areas: ['training'], name: { 'zh-Hant': '培訓', en: 'Training' } },
  { key: 'health_safety', areas: ['health_safety'], name: { 'zh-Hant': '健康與安全', en: 'Health and safety' } },
  { key: 'supply_chain', areas: ['supply_chain'], name: { 'zh-Hant': '供應鏈', en: 'Supply chain' } },
  { key: 'community', areas: ['community'], name: { 'zh-Hant': '社區投資', en: 'Community' } },
  { key: 'governance', areas: ['governance', 'ethics'], name: { 'zh-Hant': '管治及商業道德', en: 'Governance and ethics' } },
  { key: 'product', areas: ['product'], name: { 'zh-Hant': '產品責任', en: 'Product responsibility' } },
];

export const OTHER_SHEETS = {
  targets: { 'zh-Hant': '目標', en: 'Targets' },
  hkex: { 'zh-Hant': '聯交所ESG指標索引', en: 'HKEX ESG index' },
  sasb: { 'zh-Hant': 'SASB索引', en: 'SASB index' },
  partd: { 'zh-Hant': 'D部分氣候披露索引', en: 'Part D climate index' },
  factors: { 'zh-Hant': '排放及轉換因子', en: 'Factors' },
  trace: { 'zh-Hant': '計算過程', en: 'Calculation trace' },
} satisfies Record<string, Record<Lang, string>>;
