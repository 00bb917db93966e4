// One bilingual label per value of each enum a user reads: the screens (through the
// `targets.status.*`, `edit.cat.*`… strings made from these tables), the DOCX report and
// the XLSX annex all take their words from here, so one value never reads two ways.
import type { Lang } from './domain.js';
import type { TargetStatus } from './targets.js';

type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const TARGET_STATUS_LABELS: Labels<TargetStatus | 'qualitative'> = {
  achieved: { 'zh-Hant': '已達成', en: 'Achieved' },
  on_track: { 'zh-Hant': '進度符合預期', en: 'On track' },
  off_track: { 'zh-Hant': '進度落後', en: 'Off track' },
  no_data: { 'zh-Hant': '數據不足', en: 'No data' },
  not_started: { 'zh-Hant': '尚未開始', en: 'Not started' },
  qualitative: { 'zh-Hant': '定性目標', en: 'Qualitative' },
};

export const TARGET_TYPE_LABELS: Labels<'reduction_pct' | 'absolute' | 'share_pct'> = {
  reduction_pct: { 'zh-Hant': '減少百分比', en: 'Reduction (%)' },
  absolute: { 'zh-Hant': '絕對值', en: 'Absolute' },
  share_pct: { 'zh-Hant': '佔比', en: 'Share (%)' },
};

export const CLIMATE_TYPE_LABELS: Labels<'risk' | 'opportunity'> = {
  risk: { 'zh-Hant': '風險', en: 'Risk' },
  opportunity: { 'zh-Hant': '機遇', en: 'Opportunity' },
};

export const CLIMATE_CATEGORY_LABELS: Labels<
  'acute_physical' | 'chronic_physical' | 'policy_legal' | 'technology' | 'market' | 'reputation' | 'resource_efficiency' | 'energy_source' | 'products_services' | 'resilience'
> = {
  acute_physical: { 'zh-Hant': '急性實體風險', en: 'Acute physical' },
  chronic_physical: { 'zh-Hant': '慢性實體風險', en: 'Chronic physical' },
  policy_legal: { 'zh-Hant': '政策及法規', en: 'Policy and legal' },
  technology: { 'zh-Hant': '技術', en: 'Technology' },
  market: { 'zh-Hant': '市場', en: 'Market' },
  reputation: { 'zh-Hant': '聲譽', en: 'Reputation' },
  resource_efficiency: { 'zh-Hant': '資源效率', en: 'Resource efficiency' },
  energy_source: { 'zh-Hant': '能源來源', en: 'Energy source' },
  products_services: { 'zh-Hant': '產品及服務', en: 'Products and services' },
  resilience: { 'zh-Hant': '韌性', en: 'Resilience' },
};

export const HORIZON_LABELS: Labels<'short' | 'medium' | 'long'> = {
  short: { 'zh-Hant': '短期', en: 'Short term' },
  medium: { 'zh-Hant': '中期', en: 'Medium term' },
  long: { 'zh-Hant': '長期', en: 'Long term' },
};

/** Roles of people in a workspace (issue 15): who submits, validates and signs off. */
export const ROLE_LABELS: Labels<'esg_lead' | 'data_owner' | 'validator' | 'reviewer'> = {
  esg_lead: { 'zh-Hant': 'ESG 負責人', en: 'ESG lead' },
  data_owner: { 'zh-Hant': '數據負責人', en: 'Data owner' },
  validator: { 'zh-Hant': '數據審核人', en: 'Validator' },
  reviewer: { 'zh-Hant': '報告審閱人', en: 'Reviewer' },
};

/** A value's review state; a value without one is a draft. */
export const VALUE_STATE_LABELS: Labels<'draft' | 'submitted' | 'approved' | 'returned'> = {
  draft: { 'zh-Hant': '草稿', en: 'Draft' },
  submitted: { 'zh-Hant': '已提交', en: 'Submitted' },
  approved: { 'zh-Hant': '已核准', en: 'Approved' },
  returned: { 'zh-Hant': '已退回', en: 'Returned' },
};

/** Every table, by name (for the test that each value has one label per language). */
export const ENUM_LABELS = {
  targetStatus: TARGET_STATUS_LABELS,
  targetType: TARGET_TYPE_LABELS,
  climateType: CLIMATE_TYPE_LABELS,
  climateCategory: CLIMATE_CATEGORY_LABELS,
  horizon: HORIZON_LABELS,
  role: ROLE_LABELS,
  valueState: VALUE_STATE_LABELS,
} as const;

/** The UI strings of a table: `prefix.value` → its label in `lang`. */
export function enumStrings<P extends string, K extends string>(prefix: P, table: Labels<K>, lang: Lang): Record<`${P}.${K}`, string> {
  return Object.fromEntries(Object.entries<Record<Lang, string>>(table).map(([k, l]) => [`${prefix}.${k}`, l[lang]])) as Record<`${P}.${K}`, string>;
}
