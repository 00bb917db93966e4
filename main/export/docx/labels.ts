// Words the report document prints around the content, in both report languages. Labels the
// XLSX annex shares (targets, statuses) come from ../labels.ts.
import type { Lang } from '../../../shared/domain.js';

const T = {
  reportTitle: { 'zh-Hant': '{year}年環境、社會及管治報告', en: 'Environmental, Social and Governance Report {year}' },
  draftUnpublished: { 'zh-Hant': '草稿：未發佈', en: 'DRAFT: not published' },
  draftErrors: { 'zh-Hant': '草稿：檢查仍報告{n}項錯誤', en: 'DRAFT: check reports {n} error(s)' },
  draftBoth: { 'zh-Hant': '草稿：未發佈，檢查仍報告{n}項錯誤', en: 'DRAFT: not published; check reports {n} error(s)' },
  stockCode: { 'zh-Hant': '股份代號：{code}', en: 'Stock code: {code}' },
  stockCodes: { 'zh-Hant': '股份代號：{code}', en: 'Stock codes: {code}' },
  logoAlt: { 'zh-Hant': '{name}標誌', en: '{name} logo' },
  contactAddress: { 'zh-Hant': '地址：', en: 'Address: ' },
  contactPhone: { 'zh-Hant': '電話：', en: 'Telephone: ' },
  contactEmail: { 'zh-Hant': '電郵：', en: 'E-mail: ' },
  contactWebsite: { 'zh-Hant': '網址：', en: 'Website: ' },
  contents: { 'zh-Hant': '目錄', en: 'Contents' },
  page: { 'zh-Hant': '第 {n} 頁', en: 'Page {n}' },
  indicator: { 'zh-Hant': '指標', en: 'Indicator' },
  unit: { 'zh-Hant': '單位', en: 'Unit' },
  yearCol: { 'zh-Hant': '{year}年', en: '{year}' },
  notApplicable: { 'zh-Hant': '不適用', en: 'Not applicable' },
  notMapped: { 'zh-Hant': '未披露', en: 'Not disclosed' },
  withheldNoneUsed: { 'zh-Hant': '{name}：不適用（並無使用）', en: '{name}: not applicable (none used)' },
  withheldNotDisclosed: { 'zh-Hant': '{name}：未披露', en: '{name}: not disclosed' },
  partDIndexTitle: { 'zh-Hant': '香港交易所《環境、社會及管治報告守則》D部分（氣候相關披露）索引', en: 'HKEX ESG Reporting Code Part D (climate-related disclosures) index' },
  partDIndexIntro: { 'zh-Hant': '本索引列出D部分各項目於{year}年度對本公司的披露基準，以及披露該項目的章節及指標或不披露的說明。', en: 'Each Part D item with its basis for the company in {year}, and the sections and metrics that disclose it or the explanation.' },
  codeParagraph: { 'zh-Hant': '守則段落', en: 'Code paragraph' },
  paragraphUnverified: { 'zh-Hant': '（未核實）', en: '(not verified)' },
  basis: { 'zh-Hant': '披露基準', en: 'Basis' },
  basis_mandatory: { 'zh-Hant': '強制披露', en: 'Mandatory' },
  basis_comply_or_explain: { 'zh-Hant': '不遵守就解釋', en: 'Comply or explain' },
  basis_voluntary: { 'zh-Hant': '自願披露', en: 'Voluntary' },
  reliefUntil: { 'zh-Hant': '過渡寬免至FY{endsFy}', en: 'interim relief to FY{endsFy}' },
  factorNote: { 'zh-Hant': '{name}採用{value} {unit}，來源：{source}', en: '{name}: {value} {unit}; source: {source}' },
  factorNoteBare: { 'zh-Hant': '{name}採用{value} {unit}。', en: '{name}: {value} {unit}.' },
  estimatedNote: { 'zh-Hant': '{year}年數值為估算值。', en: 'The {year} figure is an estimate.' },
  sitesNote: { 'zh-Hant': '統計範圍：{sites}之合計。', en: 'Boundary: the sum of {sites}.' },
  restatedNote: { 'zh-Hant': '{year}年數值已重述：由{old}改為{new}{unit}，原因：{reason}。', en: 'The {year} figure is restated from {old} to {new} {unit}; reason: {reason}.' },
  restatedNoteBare: { 'zh-Hant': '{year}年數值已重述：由{old}改為{new}{unit}。', en: 'The {year} figure is restated from {old} to {new} {unit}.' },
  restatedRecalc: { 'zh-Hant': '按重述後的數據重新計算', en: 'recalculated from restated inputs' },
  naNote: { 'zh-Hant': '不適用：{reason}', en: 'Not applicable: {reason}' },
  naNoteBare: { 'zh-Hant': '不適用。', en: 'Not applicable.' },
  ndNote: { 'zh-Hant': '未披露：{reason}', en: 'Not disclosed: {reason}' },
  ndNoteBare: { 'zh-Hant': '未披露。', en: 'Not disclosed.' },
  stakeholderGroup: { 'zh-Hant': '利益相關方', en: 'Stakeholder' },
  expectations: { 'zh-Hant': '關注議題', en: 'Expectations and concerns' },
  channels: { 'zh-Hant': '溝通與回應', en: 'Communication and response' },
  topic: { 'zh-Hant': '議題', en: 'Topic' },
  category: { 'zh-Hant': '範疇', en: 'Area' },
  stakeholderScore: { 'zh-Hant': '對利益相關方的重要性', en: 'Importance to stakeholders' },
  businessScore: { 'zh-Hant': '對業務的重要性', en: 'Importance to the business' },
  riskType: { 'zh-Hant': '類型', en: 'Type' },
  riskTitle: { 'zh-Hant': '風險/機遇', en: 'Risk / opportunity' },
  impacts: { 'zh-Hant': '潛在影響', en: 'Potential impacts' },
  financialEffect: { 'zh-Hant': '財務影響', en: 'Financial effect' },
  horizons: { 'zh-Hant': '時間範圍', en: 'Time horizon' },
  responses: { 'zh-Hant': '應對措施', en: 'Responses' },
  scenarioItem: { 'zh-Hant': '情景分析對象', en: 'What was analysed' },
  assumptions: { 'zh-Hant': '主要假設', en: 'Key assumptions' },
  scenarios: { 'zh-Hant': '情景', en: 'Scenarios' },
  target: { 'zh-Hant': '目標', en: 'Target' },
  baseline: { 'zh-Hant': '{year}年基準', en: 'Baseline {year}' },
  current: { 'zh-Hant': '{year}年表現', en: '{year} performance' },
  change: { 'zh-Hant': '變化', en: 'Change' },
  status: { 'zh-Hant': '狀態', en: 'Status' },
  progress: { 'zh-Hant': '進展', en: 'Progress' },
  qualitativeTargets: { 'zh-Hant': '其他目標', en: 'Other targets' },
  item: { 'zh-Hant': '項目', en: 'Item' },
  value: { 'zh-Hant': '數值', en: 'Value' },
  indexCode: { 'zh-Hant': '指標編號', en: 'Code' },
  indexTitle: { 'zh-Hant': '內容', en: 'Disclosure' },
  indexSection: { 'zh-Hant': '報告章節/說明', en: 'Section / explanation' },
  sasbTopic: { 'zh-Hant': '議題', en: 'Topic' },
  sasbCode: { 'zh-Hant': '代碼', en: 'Code' },
  figureSource: { 'zh-Hant': '圖中數據：{year}年', en: 'Data shown: {year}' },
  figureOmitted: { 'zh-Hant': '{years}年無數據', en: 'no data for {years}' },
  yearList: { 'zh-Hant': '、', en: ', ' },
  noData: { 'zh-Hant': '暫無數據', en: 'No data' },
  byDimension: { 'zh-Hant': '按{dims}劃分的{metric}', en: '{metric} by {dims}' },
  dimsJoin: { 'zh-Hant': '及', en: ' and ' },
  /** The unit column of a count without a unit of its own (courses, suppliers). */
  countUnit: { 'zh-Hant': '個', en: 'number' },
  matrixX: { 'zh-Hant': '對業務的重要性', en: 'Importance to the business' },
  matrixY: { 'zh-Hant': '對利益相關方的重要性', en: 'Importance to stakeholders' },
} satisfies Record<string, Record<Lang, string>>;

export type DocxLabel = keyof typeof T;

/** A label in the language with {placeholders} filled in. */
export function t(key: DocxLabel, lang: Lang, vars: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

// One label per enum value, shared with the screens (shared/enum-labels.ts).
export { CLIMATE_TYPE_LABELS as RISK_TYPE, CLIMATE_CATEGORY_LABELS as CLIMATE_CATEGORY, HORIZON_LABELS as HORIZON } from '../../../shared/enum-labels.js';

export const LEVEL: Record<string, Record<Lang, string>> = {
  low: { 'zh-Hant': '低', en: 'Low' },
  medium: { 'zh-Hant': '中', en: 'Medium' },
  high: { 'zh-Hant': '高', en: 'High' },
};

export const PATHWAY: Record<string, Record<Lang, string>> = {
  low_emission: { 'zh-Hant': '低排放情景', en: 'Low-emission scenario' },
  high_emission: { 'zh-Hant': '高排放情景', en: 'High-emission scenario' },
};

export const ESG_CATEGORY: Record<string, Record<Lang, string>> = {
  E: { 'zh-Hant': '環境', en: 'Environmental' },
  S: { 'zh-Hant': '社會', en: 'Social' },
  G: { 'zh-Hant': '管治', en: 'Governance' },
};

/** A lookup in one of the tables above, or the key itself when the table does not know it. */
export function named(table: Record<string, Record<Lang, string>>, key: string, lang: Lang): string {
  return table[key]?.[lang] ?? key;
}
