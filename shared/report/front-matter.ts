// The front matter a listed company's report states from data, not from typed text: the
// board's comply-or-explain statement with the day it approved the report, and "About this
// report" (reporting period, boundary = the sites in the profile, consolidation approach,
// which language version prevails). Pure: the DOCX builder and the tests feed it the edition
// and the profile; the words are written once here, in both languages (full-width
// punctuation in Chinese).
import { z } from 'zod';
import type { Lang } from '../domain.js';
import { fiscalYearStart } from '../framework/fiscal-year.js';
import type { FrameworkVersion } from '../framework/versions.js';

export const FRONT_MATTER_KINDS = ['board_approval', 'report_scope'] as const;
export type FrontMatterKind = (typeof FRONT_MATTER_KINDS)[number];

/** A real calendar day as YYYY-MM-DD (2025-02-30 is refused). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'edition.approved_on_format')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'edition.approved_on_format');

export interface FrontMatterData {
  year: number;
  framework: FrameworkVersion;
  /** The board's approval day, YYYY-MM-DD, or null while it is not recorded. */
  approvedOn: string | null;
  fiscalYearEnd: string;
  /** The company's name in the report language. */
  companyName: string;
  /** Names (report language) of the sites in the boundary that year, in the profile's order. */
  sites: string[];
  consolidation: 'operational_control' | 'financial_control' | 'equity_share';
  prevailingLang: Lang;
  /** The languages the report is published in. */
  languages: Lang[];
}

/** A paragraph: an optional bold lead ("Reporting boundary") and its text. */
export interface FrontParagraph {
  lead: string | null;
  text: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as the report prints it: 2025年3月24日, 24 March 2025. */
export function formatReportDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'zh-Hant' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The last day of the financial year labelled `year`. */
export function fiscalYearEndDate(year: number, yearEnd: string): string {
  return `${year}-${yearEnd}`;
}

const FRAMEWORK_NAME: Record<FrameworkVersion, Record<Lang, string>> = {
  guide: { 'zh-Hant': '《環境、社會及管治報告指引》', en: 'Environmental, Social and Governance Reporting Guide' },
  code: { 'zh-Hant': '《環境、社會及管治報告守則》', en: 'Environmental, Social and Governance Reporting Code' },
};

export const CONSOLIDATION_TEXT: Record<FrontMatterData['consolidation'], Record<Lang, { name: string; means: string }>> = {
  operational_control: {
    'zh-Hant': { name: '營運控制權法', means: '凡本集團擁有營運控制權的實體及設施，其數據均全數計入' },
    en: { name: 'operational control', means: 'every entity and facility the Group has operational control over is included in full' },
  },
  financial_control: {
    'zh-Hant': { name: '財務控制權法', means: '凡本集團擁有財務控制權的實體及設施，其數據均全數計入' },
    en: { name: 'financial control', means: 'every entity and facility the Group has financial control over is included in full' },
  },
  equity_share: {
    'zh-Hant': { name: '股權比例法', means: '各實體的數據按本集團所持股權比例計入' },
    en: { name: 'equity share', means: "each entity's data are included in proportion to the Group's equity share" },
  },
};

const LANG_NAME: Record<Lang, Record<Lang, string>> = {
  'zh-Hant': { 'zh-Hant': '繁體中文', en: 'Traditional Chinese' },
  en: { 'zh-Hant': '英文', en: 'English' },
};

/** A list in running text: 甲、乙及丙 / A, B and C. */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(lang === 'zh-Hant' ? '、' : ', ');
  return lang === 'zh-Hant' ? `${head}及${items.at(-1)}` : `${head} and ${items.at(-1)}`;
}

/** What a missing approval date prints: visible in a draft, and `check` warns about it. */
export function approvalPlaceholder(lang: Lang): string {
  return lang === 'zh-Hant' ? '［批准日期未設定］' : '[approval date not set]';
}

/** The board's statement: responsibility, compliance with the mandatory and comply-or-explain provisions, approval. */
export function boardApprovalParagraphs(d: FrontMatterData, lang: Lang): FrontParagraph[] {
  const fw = FRAMEWORK_NAME[d.framework][lang];
  const date = d.approvedOn ? formatReportDate(d.approvedOn, lang) : approvalPlaceholder(lang);
  if (lang === 'zh-Hant') {
    return [
      {
        lead: null,
        text: `董事會對本集團的環境、社會及管治策略及匯報承擔整體責任，並確認本報告已遵守香港聯合交易所${fw}（《上市規則》附錄C2）的強制披露規定及「不遵守就解釋」條文；未有披露的條文，已於索引中說明原因。`,
      },
      { lead: null, text: `本報告已於${date}經董事會批准刊發。` },
    ];
  }
  return [
    {
      lead: null,
      text: `The Board takes overall responsibility for the Group's ESG strategy and reporting. It confirms that this report complies with the mandatory disclosure requirements and the "comply or explain" provisions of the HKEX ${fw} (Appendix C2 to the Listing Rules); where a provision is not disclosed, the index gives the reason.`,
    },
    { lead: null, text: `The Board approved this report for publication on ${date}.` },
  ];
}

/** "About this report": period, boundary (the sites), consolidation approach, languages and which prevails. */
export function reportScopeParagraphs(d: FrontMatterData, lang: Lang): FrontParagraph[] {
  const start = formatReportDate(fiscalYearStart(d.year, d.fiscalYearEnd), lang);
  const end = formatReportDate(fiscalYearEndDate(d.year, d.fiscalYearEnd), lang);
  const c = CONSOLIDATION_TEXT[d.consolidation][lang];
  const published = LANGS_ORDER.filter((l) => d.languages.includes(l));
  const prevailing = published.includes(d.prevailingLang) ? d.prevailingLang : (published[0] ?? d.prevailingLang);
  const names = published.map((l) => LANG_NAME[l][lang]);
  if (lang === 'zh-Hant') {
    const sites = d.sites.length ? `；環境數據涵蓋以下${d.sites.length}個營運地點：${joinList(d.sites, lang)}` : '';
    return [
      { lead: '報告期間', text: `${start}至${end}。` },
      { lead: '報告範圍', text: `本報告涵蓋${d.companyName}及其附屬公司${sites}。` },
      { lead: '合併方法', text: `環境數據按《溫室氣體核算體系》的${c.name}合併：${c.means}。` },
      {
        lead: '語言版本',
        text: published.length > 1 ? `本報告以${joinList(names, lang)}刊發；各版本如有歧義，概以${LANG_NAME[prevailing][lang]}版本為準。` : `本報告僅以${names[0] ?? ''}刊發。`,
      },
    ];
  }
  const sites = d.sites.length ? `; its environmental data cover these ${d.sites.length} sites: ${joinList(d.sites, lang)}` : '';
  return [
    { lead: 'Reporting period', text: `${start} to ${end}.` },
    { lead: 'Reporting boundary', text: `This report covers ${d.companyName} and its subsidiaries${sites}.` },
    { lead: 'Consolidation approach', text: `Environmental data are consolidated under the ${c.name} approach of the GHG Protocol: ${c.means}.` },
    {
      lead: 'Languages',
      text: published.length > 1 ? `This report is published in ${joinList(names, lang)}; where the versions differ, the ${LANG_NAME[prevailing][lang]} version prevails.` : `This report is published in ${names[0] ?? ''} only.`,
    },
  ];
}

const LANGS_ORDER: Lang[] = ['zh-Hant', 'en'];

export function frontMatterParagraphs(kind: FrontMatterKind, d: FrontMatterData, lang: Lang): FrontParagraph[] {
  return kind === 'board_approval' ? boardApprovalParagraphs(d, lang) : reportScopeParagraphs(d, lang);
}
