// The outline a new empty workspace starts from: neutral chapters following the HKEX ESG
// Reporting Code (board statement, reporting principles and boundary, environmental A1–A4,
// social B1–B8, the index), named from the workspace's own profile. The sample keeps the
// reference report's chapters (templates/report/outline.json). One function, so that the
// editions work can seed it into the report year's edition.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Company } from '../../shared/domain.js';
import { outlineTemplateSchema } from '../../shared/report/outline.js';
import { TEMPLATES_DIR } from '../paths.js';
import { editionRepo } from '../store/edition-repo.js';
import type { Workspace } from '../store/workspace.js';
import { installClimatePillars } from './report-climate-pillars.js';
import { industrySections } from './industry-service.js';
import { installSections } from './report-sample.js';

export const NEUTRAL_OUTLINE_TEMPLATE = join(TEMPLATES_DIR, 'report', 'outline-neutral.json');

/** {company} and {year} in the template's texts, per language; a profile without a name reads "the Company". */
export function neutralOutlineText(template: string, company: Pick<Company, 'nameZh' | 'nameEn' | 'reportYear'>): string {
  const doc = JSON.parse(template) as unknown;
  const fill = (s: string, lang: 'zh-Hant' | 'en'): string =>
    s
      .replaceAll('{company}', lang === 'en' ? company.nameEn || 'the Company' : company.nameZh || '本公司')
      .replaceAll('{year}', company.reportYear === null ? '' : String(company.reportYear));
  const walk = (x: unknown, lang: 'zh-Hant' | 'en' | null): unknown => {
    if (typeof x === 'string') return lang ? fill(x, lang) : x;
    if (Array.isArray(x)) return x.map((v) => walk(v, lang));
    if (x && typeof x === 'object') {
      return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v, k === 'zh-Hant' || k === 'title_zh' ? 'zh-Hant' : k === 'en' || k === 'title_en' ? 'en' : lang)]));
    }
    return x;
  };
  return JSON.stringify(walk(doc, null));
}

/**
 * Seeds the neutral outline into the edition of `year` (the new workspace's report year); an
 * edition on the Code gets the climate chapter's four Part D pillars too.
 */
export function seedNeutralOutline(ws: Workspace, year: number, company: Company, actor: string): void {
  const template = outlineTemplateSchema.parse(JSON.parse(neutralOutlineText(readFileSync(NEUTRAL_OUTLINE_TEMPLATE, 'utf8'), company)));
  ws.transaction(() => {
    installSections(ws, year, industrySections(template.sections, company.sasbIndustry), {}, actor);
    if (editionRepo(ws).get(year)?.framework === 'code') installClimatePillars(ws, year, actor);
  });
}
