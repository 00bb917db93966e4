// Index integrity (issue 13 item 9) and the front matter's data (item 10):
// - an index row pointing to a section that has no content for it: the section (with its
//   subsections) holds no content at all, or, for an item measured by metrics, none of the
//   sections it points to shows any of the metrics the map names (no KPI table row, chart
//   series, live reference or metric link of them);
// - SASB twin codes (TC-IM-… / TC-SI-… of the same metric) mapped with contradicting statuses;
// - a board statement block printing no approval date.
// All are warnings worded by strings-front.ts keys; they ask for a look, not a publication stop.
import type { Finding } from '../checks.js';
import type { Lang } from '../domain.js';
import { sasbTwin, type DisclosureEntry } from '../report/disclosure.js';
import { finding } from './finding.js';

export interface IndexSection {
  id: string;
  parentId: string | null;
  titleZh: string;
  titleEn: string;
  /** The section's own blocks hold content. */
  hasContent: boolean;
  /** Metric codes its own blocks show (KPI table rows, chart series, live references, metric links). */
  metrics: ReadonlySet<string>;
}

export interface IndexIntegrityInput {
  year: number;
  disclosure: readonly DisclosureEntry[];
  sections: readonly IndexSection[];
  sasbCodes: readonly string[];
  /** The edition has a board statement block (front_matter, board_approval). */
  hasApprovalBlock: boolean;
  approvedOn: string | null;
}

const FRAMEWORK_NAME: Record<DisclosureEntry['framework'], Record<Lang, string>> = {
  hkex: { 'zh-Hant': '聯交所', en: 'HKEX' },
  sasb: { 'zh-Hant': 'SASB', en: 'SASB' },
  partd: { 'zh-Hant': 'D部分', en: 'Part D' },
};
const STATUS_NAME: Record<DisclosureEntry['status'], Record<Lang, string>> = {
  disclosed: { 'zh-Hant': '「已披露」', en: '"disclosed"' },
  not_applicable: { 'zh-Hant': '「不適用」', en: '"not applicable"' },
};

const keyed = (key: string, params: Record<Lang, Record<string, string | number>>) => ({ code: 'check.keyed' as const, params: { key, params } });

export function checkIndexIntegrity(input: IndexIntegrityInput): Finding[] {
  const { year } = input;
  const out: Finding[] = [];
  const children = new Map<string, IndexSection[]>();
  for (const s of input.sections) if (s.parentId) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  const subtree = (s: IndexSection): IndexSection[] => [s, ...(children.get(s.id) ?? []).flatMap(subtree)];
  const byId = new Map(input.sections.map((s) => [s.id, s]));

  for (const e of input.disclosure) {
    if (e.status !== 'disclosed') continue;
    const mapped = e.sections.map((id) => byId.get(id)).filter((s): s is IndexSection => s !== undefined);
    const flag = (sections: IndexSection[], metrics: string[]) => {
      const params = (lang: Lang) => ({
        framework: FRAMEWORK_NAME[e.framework][lang],
        item: e.itemCode,
        section: sections.map((s) => (lang === 'zh-Hant' ? s.titleZh : s.titleEn)).join(lang === 'zh-Hant' ? '、' : ', '),
        reason: metrics.length === 0 ? '' : lang === 'zh-Hant' ? `（未出現${metrics.join('、')}任何一項）` : ` (none of ${metrics.join(', ')} appears there)`,
      });
      out.push(finding('warning', 'index.section_empty', e.itemCode, year, keyed('check.index.section_empty', { 'zh-Hant': params('zh-Hant'), en: params('en') })));
    };
    // A section with nothing in it (nor in its subsections) discloses nothing.
    for (const s of mapped) if (!subtree(s).some((x) => x.hasContent)) flag([s], []);
    // An item measured by metrics (a general disclosure is narrative): some section it points
    // to shows at least one of them, else the reader finds no figure where the index sends them.
    const narrative = / GD$/.test(e.itemCode);
    const withContent = mapped.filter((s) => subtree(s).some((x) => x.hasContent));
    if (!narrative && e.metrics.length > 0 && withContent.length > 0 && !withContent.some((s) => subtree(s).some((x) => e.metrics.some((m) => x.metrics.has(m))))) flag(withContent, e.metrics);
  }

  const seen = new Set<string>();
  for (const e of input.disclosure) {
    if (e.framework !== 'sasb') continue;
    const twinCode = sasbTwin(e.itemCode, input.sasbCodes);
    const twin = twinCode ? input.disclosure.find((d) => d.framework === 'sasb' && d.itemCode === twinCode) : undefined;
    if (!twin || twin.status === e.status || seen.has(twin.itemCode)) continue;
    seen.add(e.itemCode);
    const params = (lang: Lang) => ({ item: e.itemCode, twin: twin.itemCode, status: STATUS_NAME[e.status][lang], twinStatus: STATUS_NAME[twin.status][lang] });
    out.push(finding('warning', 'index.twin_conflict', e.itemCode, year, keyed('check.index.twin_conflict', { 'zh-Hant': params('zh-Hant'), en: params('en') })));
  }

  if (input.hasApprovalBlock && !input.approvedOn) {
    out.push(finding('warning', 'front.no_approval', '', year, keyed('check.front.no_approval', { 'zh-Hant': { year }, en: { year } })));
  }
  return out;
}
