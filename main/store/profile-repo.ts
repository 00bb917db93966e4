// Company profile, reporting years and sites (the reporting boundary).
import type { Database } from 'better-sqlite3';
import type { Company, Lang, Site } from '../../shared/domain.js';
import type { AuditRepo } from './audit-repo.js';

interface CompanyRow {
  name_zh: string;
  name_en: string;
  short_name_zh: string;
  short_name_en: string;
  stock_code: string;
  currency: string;
  fiscal_year_end: string;
  languages: string;
  report_year: number | null;
  baseline_year: number | null;
}

export function createProfileRepo(db: Database, audit: AuditRepo, now: () => string) {
  const getCompany = db.prepare(`SELECT * FROM company WHERE id = 1`);
  const putCompany = db.prepare(
    `INSERT INTO company (id, name_zh, name_en, short_name_zh, short_name_en, stock_code, currency, fiscal_year_end, languages, report_year, baseline_year, created_at)
     VALUES (1, @name_zh, @name_en, @short_name_zh, @short_name_en, @stock_code, @currency, @fiscal_year_end, @languages, @report_year, @baseline_year, @created_at)
     ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, short_name_zh = excluded.short_name_zh,
       short_name_en = excluded.short_name_en, stock_code = excluded.stock_code, currency = excluded.currency,
       fiscal_year_end = excluded.fiscal_year_end, languages = excluded.languages, report_year = excluded.report_year,
       baseline_year = excluded.baseline_year`,
  );
  const listYears = db.prepare(`SELECT year FROM reporting_year ORDER BY year`);
  const addYear = db.prepare(`INSERT INTO reporting_year (year) VALUES (@year) ON CONFLICT (year) DO NOTHING`);
  const listSites = db.prepare(`SELECT code, name_zh, name_en, kind FROM site ORDER BY code`);
  const putSite = db.prepare(
    `INSERT INTO site (code, name_zh, name_en, kind) VALUES (@code, @name_zh, @name_en, @kind)
     ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind`,
  );

  function company(): Company | undefined {
    const r = getCompany.get() as CompanyRow | undefined;
    if (!r) return undefined;
    return {
      nameZh: r.name_zh,
      nameEn: r.name_en,
      shortNameZh: r.short_name_zh,
      shortNameEn: r.short_name_en,
      stockCode: r.stock_code,
      currency: r.currency,
      fiscalYearEnd: r.fiscal_year_end,
      languages: JSON.parse(r.languages) as Lang[],
      reportYear: r.report_year,
      baselineYear: r.baseline_year,
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
        stock_code: c.stockCode,
        currency: c.currency,
        fiscal_year_end: c.fiscalYearEnd,
        languages: JSON.stringify(c.languages),
        report_year: c.reportYear,
        baseline_year: c.baselineYear,
        created_at: now(),
      });
      audit.append({ actor, action: before ? 'update' : 'insert', entity: 'company', entityKey: '1', old: before ?? null, new: c });
    },
    years(): number[] {
      return (listYears.all() as { year: number }[]).map((r) => r.year);
    },
    ensureYear(year: number): void {
      addYear.run({ year });
    },
    sites(): Site[] {
      return (listSites.all() as { code: string; name_zh: string; name_en: string; kind: string }[]).map((r) => ({
        code: r.code,
        nameZh: r.name_zh,
        nameEn: r.name_en,
        kind: r.kind,
      }));
    },
    putSite(s: Site, actor: string): void {
      putSite.run({ code: s.code, name_zh: s.nameZh, name_en: s.nameEn, kind: s.kind });
      audit.append({ actor, action: 'insert', entity: 'site', entityKey: s.code, new: s });
    },
  };
}
export type ProfileRepo = ReturnType<typeof createProfileRepo>;
