// The company's SASB industry (profile `sasbIndustry`) and what follows from it: the SASB items
// and metric references the workspace catalogue keeps (only that industry's), the department
// list and metric owners (templates/catalogue/industries.json), and the sections a new
// workspace's outline gains (a manufacturer gets production and packaging and a SASB index).
// Without a chosen industry the catalogue's default industries apply (the sample's platform).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateSection } from '../../shared/report/outline.js';
import { expandTemplateBlock } from '../../shared/report/template.js';
import { loadTemplateCatalogue } from '../catalogue/load-templates.js';
import { TEMPLATES_DIR } from '../paths.js';
import { editionRepo } from '../store/edition-repo.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { CompanyError } from './company-error.js';
import { addBlock } from './report-outline-service.js';

interface SasbDoc {
  industries: { code: string; name_zh: string; name_en: string; default?: boolean; profile?: string }[];
  items: { code: string; industry: string }[];
}
interface Department {
  code: string;
  name_zh: string;
  name_en: string;
}
interface IndustryProfile {
  departments: Department[] | null;
  /** Department code → department code, or metric code → department code. */
  owners: Record<string, string>;
  sections: { parent: string; after: string; section: TemplateSection }[];
}

const INDUSTRIES_FILE = join(TEMPLATES_DIR, 'catalogue', 'industries.json');
let profiles: Record<string, IndustryProfile> | null = null;
function industryProfiles(): Record<string, IndustryProfile> {
  return (profiles ??= (JSON.parse(readFileSync(INDUSTRIES_FILE, 'utf8')) as { profiles: Record<string, IndustryProfile> }).profiles);
}

function templateSasb(): SasbDoc {
  return loadTemplateCatalogue().docs.sasb as SasbDoc;
}

/** The industries a workspace reports under: the chosen one, else the catalogue's defaults. */
export function activeSasbIndustries(industry: string | null): string[] {
  const all = templateSasb().industries;
  return industry ? [industry] : all.filter((i) => i.default).map((i) => i.code);
}

export function checkSasbIndustry(_ws: Workspace, code: string): void {
  const codes = templateSasb().industries.map((i) => i.code);
  if (!codes.includes(code)) throw new CompanyError('validation', 'company.sasb_industry', { code, codes: codes.join(', ') }, [{ path: 'sasbIndustry', message: 'company.sasb_industry' }]);
}

function profileOf(industry: string | null): IndustryProfile | undefined {
  const name = industry ? templateSasb().industries.find((i) => i.code === industry)?.profile : undefined;
  return name ? industryProfiles()[name] : undefined;
}

/**
 * Gives the workspace catalogue the SASB items, metric references, departments and owners of
 * `industry` (null: the defaults), from the app's template. Inside the caller's transaction.
 */
export function applyIndustry(ws: Workspace, industry: string | null): void {
  const template = loadTemplateCatalogue();
  const active = new Set(activeSasbIndustries(industry));
  const inIndustry = (code: string) => active.has(code.split('-').slice(0, 2).join('-'));
  const sasb = template.docs.sasb as SasbDoc;
  ws.catalogue.putDoc('sasb', { ...sasb, items: sasb.items.filter((i) => active.has(i.industry)) });
  const profile = profileOf(industry);
  const departments = profile?.departments ?? (template.docs.departments as { departments: Department[] }).departments;
  ws.catalogue.putDoc('departments', { ...(template.docs.departments as object), departments });
  const known = new Set(departments.map((d) => d.code));
  const owners = profile?.owners ?? {};
  const fromTemplate = new Map(template.metrics.map((m) => [m.code, m]));
  for (const m of ws.catalogue.metrics()) {
    const t = fromTemplate.get(m.code);
    const baseOwner = t?.owner ?? m.owner;
    const owner = owners[m.code] ?? owners[baseOwner] ?? baseOwner;
    const refs = (t?.sasb ?? m.sasb).filter(inIndustry);
    const nextOwner = known.has(owner) ? owner : m.owner;
    if (nextOwner === m.owner && refs.join() === m.sasb.join()) continue;
    ws.catalogue.putMetric({ ...m, owner: nextOwner, sasb: refs }, ws.catalogue.sortOf(m.code) ?? 0);
  }
}

/**
 * An industry chosen after the workspace was made: the report year's edition (unless
 * published) gains the sections that industry adds and a SASB index, where it lacks them;
 * nothing already written is moved or changed.
 */
export function addIndustrySections(ws: Workspace, year: number, industry: string, actor: string): void {
  const edition = editionRepo(ws).get(year);
  if (!edition || edition.status === 'published') return;
  const outline = reportRepos(ws, year).outline;
  const have = () => new Map(outline.listSections().map((s) => [s.id, s]));
  const extra = [
    ...(profileOf(industry)?.sections ?? []).map((a) => ({ parent: a.parent as string | null, after: a.after as string | null, section: a.section })),
    { parent: null, after: null, section: sasbIndexSection() },
  ];
  for (const add of extra) {
    const sections = have();
    if (sections.has(add.section.id) || (add.parent !== null && !sections.has(add.parent))) continue;
    const siblings = [...sections.values()].filter((x) => x.parentId === add.parent).sort((a, b) => a.position - b.position);
    const at = add.after === null ? -1 : siblings.findIndex((x) => x.id === add.after);
    const s = add.section;
    outline.insertSection({ id: s.id, parentId: add.parent, kind: s.kind, label: s.label ?? '', titleZh: s.title_zh, titleEn: s.title_en, templateKey: s.id }, at < 0 ? undefined : at + 1, actor);
    (s.blocks ?? []).map(expandTemplateBlock).forEach((b, i) => {
      const { id, ...body } = b;
      addBlock(ws, year, s.id, body, actor, { id: id ?? `${s.id}-${i + 1}` });
    });
  }
}

/** The neutral outline's sections with those the industry adds (and a SASB index once one is chosen). */
export function industrySections(sections: TemplateSection[], industry: string | null): TemplateSection[] {
  if (!industry) return sections;
  const out = structuredClone(sections);
  for (const add of profileOf(industry)?.sections ?? []) {
    const parent = out.find((s) => s.id === add.parent);
    if (!parent) continue;
    const children = (parent.children ??= []);
    const at = children.findIndex((c) => c.id === add.after);
    children.splice(at < 0 ? children.length : at + 1, 0, structuredClone(add.section));
  }
  out.push(sasbIndexSection());
  return out;
}

/** The appendix a company with a chosen SASB industry gets: that industry's index. */
function sasbIndexSection(): TemplateSection {
  return {
    id: 'index-sasb',
    kind: 'appendix',
    title_zh: '附錄：SASB標準索引',
    title_en: 'Appendix: SASB index',
    blocks: [{ id: 'index-sasb-table', type: 'disclosure_index', content: { 'zh-Hant': { caption: '' }, en: { caption: '' } }, config: { framework: 'sasb' } }],
  } as TemplateSection;
}
