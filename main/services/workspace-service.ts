// Creating workspaces: the catalogue copied in, and for --sample the reference company's
// profile, data, factors and targets, imported through the same importer users use.
import type { IssuerCategory } from '../../shared/framework/basis.js';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Company, Lang, Site } from '../../shared/domain.js';
import { loadTemplateCatalogue, CATALOGUE_DOCS } from '../catalogue/load-templates.js';
import { TEMPLATES_DIR } from '../paths.js';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../store/workspace.js';
import { importCsvFiles } from './import-service.js';
import { getProfile, setLogo, updateProfile } from './company-service.js';
import { applyIndustry } from './industry-service.js';
import { seedNeutralOutline } from './report-neutral-outline.js';
import { setApprovalDate } from './front-matter-service.js';
import { loadSampleReport } from './report-sample.js';

export const SAMPLE_DIR = join(TEMPLATES_DIR, 'sample');

export interface CreateOptions extends WorkspaceOptions {
  sample?: boolean;
  actor: string;
  /** For an empty workspace: profile fields (validated as `profile set` does) before its outline is named. */
  profile?: Record<string, unknown>;
}

interface SampleProfile {
  company: {
    name_zh: string;
    name_en: string;
    short_name_zh?: string;
    short_name_en?: string;
    stock_code?: string;
    /** Every counter; stock_code is the first when this is absent. */
    stock_codes?: string[];
    currency?: string;
    fiscal_year_end?: string;
    issuer_category?: IssuerCategory;
    address_zh?: string;
    address_en?: string;
    phone?: string;
    email?: string;
    website?: string;
    consolidation?: Company['consolidation'];
    prevailing_lang?: Lang;
    /** A PNG beside company.json, printed on the cover. */
    logo?: string;
  };
  report_year: number;
  /** The day the board approved the sample report (YYYY-MM-DD). */
  approved_on?: string;
  baseline_year: number;
  years: number[];
  languages: Lang[];
  sites: { code: string; name_zh: string; name_en: string; kind: string }[];
}

/** Copies (or refreshes) the app's catalogue into the workspace. */
export function installCatalogue(ws: Workspace): void {
  const cat = loadTemplateCatalogue();
  ws.transaction(() => {
    cat.metrics.forEach((m, i) => ws.catalogue.putMetric(m, i));
    for (const name of CATALOGUE_DOCS) ws.catalogue.putDoc(name, cat.docs[name]);
    // The default SASB industries until the profile names one (the template lists them all).
    applyIndustry(ws, null);
  });
}

const EMPTY_COMPANY: Company = {
  nameZh: '',
  nameEn: '',
  shortNameZh: '',
  shortNameEn: '',
  stockCodes: [],
  stockCode: '',
  currency: 'CNY',
  fiscalYearEnd: '12-31',
  languages: ['zh-Hant', 'en'],
  reportYear: null,
  baselineYear: null,
  issuerCategory: 'main_board',
  addressZh: '',
  addressEn: '',
  phone: '',
  email: '',
  website: '',
  consolidation: 'operational_control',
  prevailingLang: 'zh-Hant',
  logo: null,
  intensityDenominators: [],
  sasbIndustry: null,
};

function loadSampleProfile(): { company: Company; years: number[]; sites: Site[]; logo: Buffer | null; approvedOn: string | null } {
  const p = JSON.parse(readFileSync(join(SAMPLE_DIR, 'company.json'), 'utf8')) as SampleProfile;
  const stockCodes = p.company.stock_codes ?? (p.company.stock_code ? [p.company.stock_code] : []);
  return {
    approvedOn: p.approved_on ?? null,
    logo: p.company.logo ? readFileSync(join(SAMPLE_DIR, p.company.logo)) : null,
    company: {
      nameZh: p.company.name_zh,
      nameEn: p.company.name_en,
      shortNameZh: p.company.short_name_zh ?? '',
      shortNameEn: p.company.short_name_en ?? '',
      stockCodes,
      stockCode: stockCodes.join(', '),
      currency: p.company.currency ?? 'CNY',
      fiscalYearEnd: p.company.fiscal_year_end ?? '12-31',
      languages: p.languages,
      reportYear: p.report_year,
      baselineYear: p.baseline_year,
      issuerCategory: p.company.issuer_category ?? 'main_board',
      addressZh: p.company.address_zh ?? '',
      addressEn: p.company.address_en ?? '',
      phone: p.company.phone ?? '',
      email: p.company.email ?? '',
      website: p.company.website ?? '',
      consolidation: p.company.consolidation ?? 'operational_control',
      prevailingLang: p.company.prevailing_lang ?? 'zh-Hant',
      logo: null,
      intensityDenominators: [],
      sasbIndustry: null,
    },
    years: p.years,
    sites: p.sites.map((s) => ({ code: s.code, nameZh: s.name_zh, nameEn: s.name_en, kind: s.kind, retiredYear: null })),
  };
}

export function sampleFiles(): string[] {
  const files = readdirSync(SAMPLE_DIR).filter((f) => /^data-\d{4}\.csv$/.test(f)).sort();
  return [...files, 'targets.csv'].map((f) => join(SAMPLE_DIR, f));
}

/** Creates a workspace file; on any failure the half-made file is removed. */
export function createWorkspace(path: string, opts: CreateOptions): Workspace {
  const ws = openWorkspace(path, { ...opts, create: true });
  try {
    installCatalogue(ws);
    if (opts.sample) {
      const sample = loadSampleProfile();
      ws.transaction(() => {
        ws.profile.setCompany(sample.company, opts.actor);
        for (const y of sample.years) ws.profile.ensureYear(y);
        for (const s of sample.sites) ws.profile.putSite(s, opts.actor);
      });
      if (sample.logo) setLogo(ws, sample.logo, opts.actor);
      importCsvFiles(ws, sampleFiles(), { actor: opts.actor });
      const reportYear = sample.company.reportYear ?? Math.max(...sample.years);
      loadSampleReport(ws, reportYear, opts.actor);
      if (sample.approvedOn) setApprovalDate(ws, reportYear, sample.approvedOn, opts.actor);
    } else {
      const wanted = opts.profile?.['reportYear'];
      const year = typeof wanted === 'number' ? wanted : new Date().getFullYear() - 1;
      ws.transaction(() => {
        ws.profile.setCompany({ ...EMPTY_COMPANY, reportYear: year }, opts.actor);
        ws.profile.ensureYear(year);
      });
      const company = opts.profile ? updateProfile(ws, opts.profile, opts.actor) : getProfile(ws);
      seedNeutralOutline(ws, year, company, opts.actor);
    }
    return ws;
  } catch (e) {
    ws.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    throw e;
  }
}
