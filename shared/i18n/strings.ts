// UI strings in both languages. The English table defines the keys; the Traditional Chinese
// table must have exactly the same keys (the type checker enforces it).
import type { Lang } from '../domain.js';
import { reportEn, reportZh } from './strings-report.js';
import { editEn, editZh } from './strings-edit.js';
import { codeEn, codeZh } from './strings-code.js';
import { frameworkEn, frameworkZh } from './strings-framework.js';
import { menuEn, menuZh } from './strings-menu.js';
import { editionEn, editionZh } from './strings-edition.js';
import { publishEn, publishZh } from './strings-publish.js';
import { companyEn, companyZh } from './strings-company.js';
import { safetyEn, safetyZh } from './strings-safety.js';
import { syncEn, syncZh } from './strings-sync.js';
import { dialogsEn, dialogsZh } from './strings-dialogs.js';
import { governanceEn, governanceZh } from './strings-governance.js';
import { shareEn, shareZh } from './strings-share.js';
import { frontEn, frontZh } from './strings-front.js';
import { gridEn, gridZh } from './strings-grid.js';
import { exportReviewEn, exportReviewZh } from './strings-export-review.js';
import { reviewEn, reviewZh } from './strings-review.js';
import { commentsEn, commentsZh } from './strings-comments.js';
import { signoffEn, signoffZh } from './strings-signoff.js';
import { iconsEn, iconsZh } from './strings-icons.js';
import { cliEn, cliZh } from './strings-cli.js';
import { cliUsageEn, cliUsageZh } from './strings-cli-usage.js';

const base = {
  'app.title': 'ESG Report Studio',
  'nav.data': 'Data entry',
  'nav.kpi': 'KPI overview',
  'nav.factors': 'Factors',
  'nav.close': 'Close workspace',
  'lang.label': 'Language',
  'year.label': 'Year',
  'undo.button': 'Undo',
  'undo.nothing': 'Nothing to undo',
  'undo.done': 'Undone: {what}',
  'readonly.title': 'Read-only',
  'start.title': 'Start',
  'start.subtitle': 'One workspace file per company: all figures of all years, factors, targets and the audit trail.',
  'start.create': 'Create a workspace',
  'start.createSample': 'Create the sample company',
  'start.createEmpty': 'Create an empty workspace',
  'start.open': 'Open a workspace',
  'start.openButton': 'Open…',
  'start.fileName': 'File name',
  'start.fileNameHint': 'Saved in {dir}',
  'start.recent': 'Recent workspaces',
  'start.noRecent': 'No recent workspaces yet.',
  'start.dialogHint': 'You choose where to save it in the next step.',
  'grid.search': 'Find a metric (code or name, e.g. Scope 2)',
  'grid.area': 'Area',
  'grid.owner': 'Department',
  'grid.all': 'All',
  'grid.metric': 'Metric',
  'grid.code': 'Code',
  'grid.dims': 'Breakdown',
  'grid.total': 'Total',
  'grid.value': 'Value {year}',
  'grid.unit': 'Unit',
  'grid.enteredUnit': 'Unit entered',
  'grid.prior': '{year}',
  'grid.change': 'Change',
  'grid.naReason': 'Not applicable: reason',
  'grid.note': 'Note',
  'grid.estimated': 'Estimated',
  'grid.source': 'Source',
  'grid.actions': '',
  'grid.history': 'History',
  'grid.trace': 'Trace',
  'grid.derived': 'calculated',
  'grid.fromSites': 'sum of sites',
  'grid.na': 'N/A',
  'grid.bigChange': 'Big change: explain it in the note',
  'grid.missingInputs': 'Missing: {codes}',
  'grid.rows': '{n} rows',
  'grid.saved': 'Saved {metric}',
  'grid.rejected': 'Not saved: {message}',
  'grid.editHint': 'Type to edit; Enter saves at once. Ctrl+Z undoes the last edits.',
  'grid.addRow': 'Add a breakdown row',
  'grid.addRowOk': 'Add row',
  'grid.site': 'Site',
  'history.title': 'History of {metric}',
  'history.empty': 'No changes recorded.',
  'history.insert': 'entered',
  'history.update': 'changed',
  'history.delete': 'cleared',
  'history.by': 'by {actor}',
  'history.from': 'from',
  'history.to': 'to',
  'trace.title': 'How {metric} is calculated',
  'trace.formula': 'Formula',
  'trace.inputs': 'Inputs',
  'trace.factors': 'Factors',
  'trace.missing': 'Cannot be calculated: missing inputs',
  'trace.reason.absent': 'not entered',
  'trace.reason.not_applicable': 'not applicable',
  'trace.reason.not_disclosed': 'not disclosed',
  'trace.enteredAsPublished': 'entered as published (its inputs are not kept)',
  'trace.reason.zero_denominator': 'zero denominator',
  'trace.source': 'Source',
  'trace.result': 'Result',
  'kpi.title': 'KPI overview {year}',
  'kpi.vsPrior': 'vs {year}',
  'kpi.notAvailable': 'not available',
  'kpi.showTrace': 'Show calculation',
  'factors.title': 'Emission and conversion factors {year}',
  'factors.factor': 'Factor',
  'factors.value': 'Value',
  'factors.source': 'Source',
  'factors.prior': '{year} (source)',
  'factors.usedBy': 'Used by',
  'factors.recomputed': 'Saved; {n} KPIs recomputed',
  'factors.hint': 'Factors are kept per reporting year with their source; editing one recalculates every KPI that uses it.',
  'error.generic': 'Something went wrong: {message}',
  'area.environment': 'Environment',
  'area.employment': 'Employment',
  'area.product': 'Product responsibility',
  'area.training': 'Development and training',
  'area.ethics': 'Anti-corruption',
  'area.health_safety': 'Health and safety',
  'area.supply_chain': 'Supply chain',
  'area.governance': 'Governance',
  'area.community': 'Community',
} as const;

const en = { ...base, ...reportEn, ...editEn, ...codeEn, ...frameworkEn, ...menuEn, ...editionEn, ...publishEn, ...companyEn, ...safetyEn, ...syncEn, ...dialogsEn, ...governanceEn, ...frontEn, ...gridEn, ...reviewEn, ...exportReviewEn, ...signoffEn, ...shareEn, ...iconsEn, ...commentsEn, ...cliEn, ...cliUsageEn };
export type StringKey = keyof typeof en;

const baseZh: Record<keyof typeof base, string> = {
  'app.title': 'ESG 報告工作室',
  'nav.data': '數據填報',
  'nav.kpi': '關鍵績效指標總覽',
  'nav.factors': '排放及換算係數',
  'nav.close': '關閉工作檔',
  'lang.label': '語言',
  'year.label': '年度',
  'undo.button': '復原',
  'undo.nothing': '沒有可復原的修改',
  'undo.done': '已復原：{what}',
  'readonly.title': '唯讀',
  'start.title': '開始',
  'start.subtitle': '每家公司一個工作檔：歷年所有數據、係數、目標及審計軌跡。',
  'start.create': '建立工作檔',
  'start.createSample': '建立範例公司',
  'start.createEmpty': '建立空白工作檔',
  'start.open': '開啟工作檔',
  'start.openButton': '開啟…',
  'start.fileName': '檔案名稱',
  'start.fileNameHint': '儲存於 {dir}',
  'start.recent': '最近使用的工作檔',
  'start.noRecent': '尚無最近使用的工作檔。',
  'start.dialogHint': '下一步選擇儲存位置。',
  'grid.search': '搜尋指標（代碼或名稱，例如 範圍二）',
  'grid.area': '範疇',
  'grid.owner': '負責部門',
  'grid.all': '全部',
  'grid.metric': '指標',
  'grid.code': '代碼',
  'grid.dims': '細分',
  'grid.total': '合計',
  'grid.value': '{year} 年數值',
  'grid.unit': '單位',
  'grid.enteredUnit': '填報單位',
  'grid.prior': '{year} 年',
  'grid.change': '變動',
  'grid.naReason': '不適用原因',
  'grid.note': '備註',
  'grid.estimated': '估算',
  'grid.source': '來源',
  'grid.actions': '',
  'grid.history': '歷史',
  'grid.trace': '計算',
  'grid.derived': '計算值',
  'grid.fromSites': '各據點合計',
  'grid.na': '不適用',
  'grid.bigChange': '變動較大：請於備註說明',
  'grid.missingInputs': '缺少：{codes}',
  'grid.rows': '{n} 行',
  'grid.saved': '已儲存 {metric}',
  'grid.rejected': '未儲存：{message}',
  'grid.editHint': '直接輸入即可修改，按 Enter 立即儲存；Ctrl+Z 復原最近的修改。',
  'grid.addRow': '新增細分行',
  'grid.addRowOk': '新增',
  'grid.site': '據點',
  'history.title': '{metric} 的修改歷史',
  'history.empty': '沒有修改記錄。',
  'history.insert': '填報',
  'history.update': '修改',
  'history.delete': '清除',
  'history.by': '由 {actor}',
  'history.from': '由',
  'history.to': '改為',
  'trace.title': '{metric} 的計算方法',
  'trace.formula': '公式',
  'trace.inputs': '輸入數據',
  'trace.factors': '係數',
  'trace.missing': '無法計算：缺少輸入數據',
  'trace.reason.absent': '未填報',
  'trace.reason.not_applicable': '不適用',
  'trace.reason.not_disclosed': '未披露',
  'trace.enteredAsPublished': '按已公佈數字輸入（未保存其計算數據）',
  'trace.reason.zero_denominator': '分母為零',
  'trace.source': '來源',
  'trace.result': '結果',
  'kpi.title': '{year} 年關鍵績效指標總覽',
  'kpi.vsPrior': '較 {year} 年',
  'kpi.notAvailable': '未能計算',
  'kpi.showTrace': '查看計算',
  'factors.title': '{year} 年排放及換算係數',
  'factors.factor': '係數',
  'factors.value': '數值',
  'factors.source': '來源',
  'factors.prior': '{year} 年（來源）',
  'factors.usedBy': '用於',
  'factors.recomputed': '已儲存，已重新計算 {n} 項指標',
  'factors.hint': '係數按報告年度保存並註明來源；修改後所有使用該係數的指標即時重新計算。',
  'error.generic': '發生錯誤：{message}',
  'area.environment': '環境',
  'area.employment': '僱傭',
  'area.product': '產品責任',
  'area.training': '發展及培訓',
  'area.ethics': '反貪污',
  'area.health_safety': '健康與安全',
  'area.supply_chain': '供應鏈管理',
  'area.governance': '管治',
  'area.community': '社區投資',
};
const zhHant: Record<StringKey, string> = { ...baseZh, ...reportZh, ...editZh, ...codeZh, ...frameworkZh, ...menuZh, ...editionZh, ...publishZh, ...companyZh, ...safetyZh, ...syncZh, ...dialogsZh, ...governanceZh, ...frontZh, ...gridZh, ...reviewZh, ...exportReviewZh, ...signoffZh, ...shareZh, ...iconsZh, ...commentsZh, ...cliZh, ...cliUsageZh };

const TABLES: Record<Lang, Record<StringKey, string>> = { en, 'zh-Hant': zhHant };

/** The string for `key` in `lang`, with {name} placeholders filled in. */
export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  const text = TABLES[lang][key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function hasString(key: string): key is StringKey {
  return key in en;
}

export const STRING_KEYS = Object.keys(en) as StringKey[];
