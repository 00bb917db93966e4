// Company profile, reporting years and sites (the reporting boundary).
import type { Database } from 'better-sqlite3';
import type { Company, Lang, Site } from '../../shared/domain.js';
import type { IssuerCategory } from '../../shared/framework/basis.js';
import type { AuditRepo } from './audit-repo.js';

interface CompanyRow {
  name_zh: string;
  name_en: string;
  short_name_zh: string;
  short_name_en: string;
  stock_code: string;
  stock_codes: string;
  currency: string;
  fiscal_year_end: string;
  languages: string;
  report_year: number | null;
  baseline_year: number | null;
  issuer_category: IssuerCategory;
  address_zh: string;
  address_en: string;
  phone: string;
  email: string;
  website: string;
  consolidation: Company['consolidation'];
  prevailing_lang: Lang;
  logo_mime: 'image/png' | 'image/jpeg' | null;
  logo_size: number | null;
  intensity_denominators: string;
  sasb_industry: string | null;
}

export function createProfileRepo(db: Database, audit: AuditRepo, now: () => string) {
  // The logo's bytes stay out of the profile (it crosses the API often); logo() reads them.
  const getCompany = db.prepare(`SELECT *, length(logo) AS logo_size FROM company WHERE id = 1`);
  const getLogo = db.prepare(`SELECT logo, logo_mime FROM company WHERE id = 1 AND logo IS NOT NULL`);
  const putLogo = db.prepare(`UPDATE company SET logo = @logo, logo_mime = @mime WHERE id = 1`);
  const putCompany = db.prepare(
    `INSERT INTO company (id, name_zh, name_en, short_name_zh, short_name_en, stock_code, stock_codes, currency, fiscal_year_end, languages, report_year, baseline_year, issuer_category,
       address_zh, address_en, phone, email, website, consolidation, prevailing_lang, intensity_denominators, sasb_industry, created_at)
     VALUES (1, @name_zh, @name_en, @short_name_zh, @short_name_en, @stock_code, @stock_codes, @currency, @fiscal_year_end, @languages, @report_year, @baseline_year, @issuer_category,
       @address_zh, @address_en, @phone, @email, @website, @consolidation, @prevailing_lang, @intensity_denominators, @sasb_industry, @created_at)
     ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, short_name_zh = excluded.short_name_zh,
       short_name_en = excluded.short_name_en, stock_code = excluded.stock_code, stock_codes = excluded.stock_codes, currency = excluded.currency,
       fiscal_year_end = excluded.fiscal_year_end, languages = excluded.languages, report_year = excluded.report_year,
       baseline_year = excluded.baseline_year, issuer_category = excluded.issuer_category, address_zh = excluded.address_zh,
       address_en = excluded.address_en, phone = excluded.phone, email = excluded.email, website = excluded.website,
       consolidation = excluded.consolidation, prevailing_lang = excluded.prevailing_lang,
       intensity_denominators = excluded.intensity_denominators, sasb_industry = excluded.sasb_industry`,
  );
  const listYears = db.prepare(`SELECT year FROM reporting_year ORDER BY year`);
  const addYear = db.prepare(`INSERT INTO reporting_year (year) VALUES (@year) ON CONFLICT (year) DO NOTHING`);
  const listSites = db.prepare(`SELECT code, name_zh, name_en, kind, retired_year FROM site ORDER BY code`);
  const putSite = db.prepare(
    `INSERT INTO site (code, name_zh, name_en, kind, retired_year) VALUES (@code, @name_zh, @name_en, @kind, @retired_year)
     ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind, retired_year = excluded.retired_year`,
  );

  function company(): Company | undefined {
    const r = getCompany.get() as CompanyRow | undefined;
    if (!r) return undefined;
    const codes = JSON.parse(r.stock_codes) as string[];
    const stockCodes = codes.length ? codes : r.stock_code ? [r.stock_code] : [];
    return {
      nameZh: r.name_zh,
      nameEn: r.name_en,
      shortNameZh: r.short_name_zh,
      shortNameEn: r.short_name_en,
      stockCodes,
      stockCode: stockCodes.join(', '),
      currency: r.currency,
      fiscalYearEnd: r.fiscal_year_end,
      languages: JSON.parse(r.languages) as Lang[],
      reportYear: r.report_year,
      baselineYear: r.baseline_year,
      issuerCategory: r.issuer_category,
      addressZh: r.address_zh,
      addressEn: r.address_en,
      phone: r.phone,
      email: r.email,
      website: r.website,
      consolidation: r.consolidation,
      prevailingLang: r.prevailing_lang,
      logo: r.logo_mime && r.logo_size ? { mime: r.logo_mime, bytes: r.logo_size } : null,
      intensityDenominators: JSON.parse(r.intensity_denominators) as string[],
      sasbIndustry: r.sasb_industry,
    };
  }

  return {
    company,
    setCompany(c: Company, actor: string): void {
      const before = company();
      putCompany.run({
        name_zh: c.nameZh,
        name_en: c.nameEn,
        short_name_zh: c.shortNameZh,
        short_name_en: c.shortNameEn,
        stock_code: c.stockCodes.join(', '),
        stock_codes: JSON.stringify(c.stockCodes),
        currency: c.currency,
        fiscal_year_end: c.fiscalYearEnd,
        languages: JSON.stringify(c.languages),
        report_year: c.reportYear,
        baseline_year: c.baselineYear,
        issuer_category: c.issuerCategory,
        address_zh: c.addressZh ?? '',
        address_en: c.addressEn ?? '',
        phone: c.phone ?? '',
        email: c.email ?? '',
        website: c.website ?? '',
        consolidation: c.consolidation ?? 'operational_control',
        prevailing_lang: c.prevailingLang ?? 'zh-Hant',
        intensity_denominators: JSON.stringify(c.intensityDenominators),
        sasb_industry: c.sasbIndustry,
        created_at: now(),
      });
      audit.append({ actor, action: before ? 'update' : 'insert', entity: 'company', entityKey: '1', old: before ?? null, new: { ...c, stockCode: c.stockCodes.join(', ') } });
    },
    /** The cover logo's bytes, or null. */
    logo(): { bytes: Buffer; mime: 'image/png' | 'image/jpeg' } | null {
      const r = getLogo.get() as { logo: Buffer; logo_mime: 'image/png' | 'image/jpeg' } | undefined;
      return r ? { bytes: r.logo, mime: r.logo_mime } : null;
    },
    /** Sets (or with null removes) the cover logo; the audit log records its size and hash, not the bytes. */
    setLogo(logo: { bytes: Buffer; mime: 'image/png' | 'image/jpeg'; sha256: string } | null, actor: string): void {
      const before = company()?.logo ?? null;
      putLogo.run({ logo: logo?.bytes ?? null, mime: logo?.mime ?? null });
      audit.append({ actor, action: 'update', entity: 'company_logo', entityKey: '1', old: before, new: logo ? { mime: logo.mime, bytes: logo.bytes.length, sha256: logo.sha256 } : null });
    },
    years(): number[] {
      return (listYears.all() as { year: number }[]).map((r) => r.year);
    },
    ensureYear(year: number): void {
      addYear.run({ year });
    },
    /** Adds a reporting year, audited; false when the workspace has it already. */
    addYear(year: number, actor: string): boolean {
      const added = addYear.run({ year }).changes > 0;
      if (added) audit.append({ actor, action: 'insert', entity: 'reporting_year', entityKey: String(year), year, new: { year } });
      return added;
    },
    sites(): Site[] {
      return (listSites.all() as { code: string; name_zh: string; name_en: string; kind: string; retired_year: number | null }[]).map((r) => ({
        code: r.code,
        nameZh: r.name_zh,
        nameEn: r.name_en,
        kind: r.kind,
        retiredYear: r.retired_year,
      }));
    },
    /** Adds or replaces a site; `retiredYear` left out means it is in the boundary. */
    putSite(input: Omit<Site, 'retiredYear'> & { retiredYear?: number | null }, actor: string): void {
      const s: Site = { ...input, retiredYear: input.retiredYear ?? null };
      const before = this.sites().find((x) => x.code === s.code);
      putSite.run({ code: s.code, name_zh: s.nameZh, name_en: s.nameEn, kind: s.kind, retired_year: s.retiredYear });
      audit.append({ actor, action: before ? 'update' : 'insert', entity: 'site', entityKey: s.code, old: before ?? null, new: s });
    },
  };
}
export type ProfileRepo = ReturnType<typeof createProfileRepo>;
