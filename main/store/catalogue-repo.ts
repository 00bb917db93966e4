// The workspace's own copy of the metric catalogue and its companion documents.
import type { Database } from 'better-sqlite3';
import type { Aggregation, MetricAlias, MetricDef, MetricKind } from '../../shared/catalogue.js';

interface MetricRow {
  code: string;
  name_zh: string;
  name_en: string;
  unit: string;
  kind: MetricKind;
  aggregation: Aggregation;
  area: string;
  owner: string;
  dimensions: string;
  breakdown: string | null;
  formula: string | null;
  hkex: string;
  sasb: string;
  partd: string;
  decimals: number;
  note_en: string | null;
  note_zh: string | null;
  unit_label_zh: string | null;
  unit_label_en: string | null;
  custom: number;
  alias_of: string | null;
  as_published: number;
}

const toMetric = (r: MetricRow): MetricDef => ({
  code: r.code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  unit: r.unit,
  kind: r.kind,
  aggregation: r.aggregation,
  area: r.area,
  owner: r.owner,
  dimensions: JSON.parse(r.dimensions) as string[],
  hkex: JSON.parse(r.hkex) as string[],
  sasb: JSON.parse(r.sasb) as string[],
  partd: JSON.parse(r.partd) as string[],
  decimals: r.decimals,
  ...(r.formula !== null ? { formula: r.formula } : {}),
  ...(r.breakdown !== null ? { breakdown: JSON.parse(r.breakdown) as string[] } : {}),
  ...(r.note_en !== null ? { noteEn: r.note_en } : {}),
  ...(r.note_zh !== null ? { noteZh: r.note_zh } : {}),
  ...(r.unit_label_zh !== null ? { unitLabelZh: r.unit_label_zh } : {}),
  ...(r.unit_label_en !== null ? { unitLabelEn: r.unit_label_en } : {}),
  ...(r.custom === 1 ? { custom: true } : {}),
  ...(r.alias_of !== null ? { aliasOf: JSON.parse(r.alias_of) as MetricAlias } : {}),
  ...(r.as_published === 1 ? { asPublished: true } : {}),
});

export function createCatalogueRepo(db: Database) {
  const list = db.prepare(`SELECT * FROM metric ORDER BY sort, code`);
  const put = db.prepare(
    `INSERT INTO metric (code, name_zh, name_en, unit, kind, aggregation, area, owner, dimensions, breakdown, formula, hkex, sasb, partd, decimals, note_en, note_zh, unit_label_zh, unit_label_en, custom, sort, alias_of, as_published)
     VALUES (@code, @name_zh, @name_en, @unit, @kind, @aggregation, @area, @owner, @dimensions, @breakdown, @formula, @hkex, @sasb, @partd, @decimals, @note_en, @note_zh, @unit_label_zh, @unit_label_en, @custom, @sort, @alias_of, @as_published)
     ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, unit = excluded.unit, kind = excluded.kind, aggregation = excluded.aggregation,
       area = excluded.area, owner = excluded.owner, dimensions = excluded.dimensions, breakdown = excluded.breakdown,
       formula = excluded.formula, hkex = excluded.hkex, sasb = excluded.sasb, partd = excluded.partd, decimals = excluded.decimals,
       note_en = excluded.note_en, note_zh = excluded.note_zh, unit_label_zh = excluded.unit_label_zh, unit_label_en = excluded.unit_label_en,
       custom = excluded.custom, sort = excluded.sort, alias_of = excluded.alias_of, as_published = excluded.as_published`,
  );
  const getSort = db.prepare(`SELECT sort FROM metric WHERE code = @code`);
  const del = db.prepare(`DELETE FROM metric WHERE code = @code`);
  const getDoc = db.prepare(`SELECT json FROM catalogue_doc WHERE name = @name`);
  const putDoc = db.prepare(`INSERT INTO catalogue_doc (name, json) VALUES (@name, @json) ON CONFLICT (name) DO UPDATE SET json = excluded.json`);

  let revision = 0;
  return {
    /** Changes with every catalogue write: cached computations depend on the formulas. */
    revision(): number {
      return revision;
    },
    metrics(): MetricDef[] {
      return (list.all() as MetricRow[]).map(toMetric);
    },
    putMetric(m: MetricDef, sort: number): void {
      revision++;
      put.run({
        code: m.code,
        name_zh: m.nameZh,
        name_en: m.nameEn,
        unit: m.unit,
        kind: m.kind,
        aggregation: m.aggregation,
        area: m.area,
        owner: m.owner,
        dimensions: JSON.stringify(m.dimensions),
        breakdown: m.breakdown ? JSON.stringify(m.breakdown) : null,
        formula: m.formula ?? null,
        hkex: JSON.stringify(m.hkex),
        sasb: JSON.stringify(m.sasb),
        partd: JSON.stringify(m.partd),
        decimals: m.decimals,
        note_en: m.noteEn ?? null,
        note_zh: m.noteZh ?? null,
        unit_label_zh: m.unitLabelZh ?? null,
        unit_label_en: m.unitLabelEn ?? null,
        custom: m.custom ? 1 : 0,
        sort,
        alias_of: m.aliasOf ? JSON.stringify(m.aliasOf) : null,
        as_published: m.asPublished ? 1 : 0,
      });
    },
    /** Where a metric sorts (its place in the template), for metrics placed beside it. */
    sortOf(code: string): number | undefined {
      return (getSort.get({ code }) as { sort: number } | undefined)?.sort;
    },
    /** Removes a metric no value refers to (a generated intensity whose denominator was dropped). */
    deleteMetric(code: string): void {
      revision++;
      del.run({ code });
    },
    doc<T = unknown>(name: string): T | undefined {
      const r = getDoc.get({ name }) as { json: string } | undefined;
      return r ? (JSON.parse(r.json) as T) : undefined;
    },
    putDoc(name: string, value: unknown): void {
      revision++;
      putDoc.run({ name, json: JSON.stringify(value) });
    },
  };
}
export type CatalogueRepo = ReturnType<typeof createCatalogueRepo>;
