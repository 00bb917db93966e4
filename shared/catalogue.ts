// The metric catalogue: what each metric means, its canonical unit, and (for derived ones)
// its formula. The app ships it in templates/catalogue; each workspace keeps its own copy.
import { z } from 'zod';

export const METRIC_KINDS = ['entered', 'derived', 'factor'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/**
 * How per-site values of a metric make the workspace total: `sum` for extensive quantities
 * (energy, tonnes, persons, money); `none` for factors, shares, rates and intensities, which
 * never sum (a per-site factor is applied to that site's quantity and the products summed; a
 * share or intensity is recomputed from its summed parts).
 */
export const AGGREGATIONS = ['sum', 'none'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** What a metric that does not say aggregates like: by its kind and unit. */
export function defaultAggregation(kind: MetricKind, unit: string): Aggregation {
  return kind === 'factor' || unit === '%' || unit === 'ratio' || unit.includes('/') ? 'none' : 'sum';
}

export const metricCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'a metric code is lower-case words joined by dots, e.g. energy.electricity');

export const metricDefSchema = z.object({
  code: metricCodeSchema,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  unit: z.string().min(1),
  kind: z.enum(METRIC_KINDS),
  aggregation: z.enum(AGGREGATIONS).optional(),
  area: z.string().min(1),
  owner: z.string().min(1),
  dimensions: z.array(z.string()).default([]),
  hkex: z.array(z.string()).default([]),
  sasb: z.array(z.string()).default([]),
  partd: z.array(z.string()).default([]),
  decimals: z.number().int().min(0).max(8).default(2),
  formula: z.string().optional(),
  breakdown: z.array(z.string()).optional(),
  note_en: z.string().optional(),
  note_zh: z.string().optional(),
  /** The unit as printed when the canonical one does not say enough ("tCO2e per million HKD revenue"). */
  unit_label_zh: z.string().optional(),
  unit_label_en: z.string().optional(),
  /** Another name of a value kept under this code: energy.natural_gas is energy.fuel with fuel=natural_gas. */
  alias_of: z.object({ code: metricCodeSchema, dims: z.record(z.string(), z.string()) }).optional(),
  /** A derived total that may also be entered as published, for a company that keeps no inputs. */
  as_published: z.boolean().optional(),
});
export type MetricDefInput = z.input<typeof metricDefSchema>;

export interface MetricDef {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  kind: MetricKind;
  /** How its per-site values aggregate (see AGGREGATIONS). */
  aggregation: Aggregation;
  area: string;
  owner: string;
  /** Breakdown dimensions values may carry (besides `site`, always allowed). */
  dimensions: string[];
  hkex: string[];
  sasb: string[];
  /** HKEX Code Part D (climate) items, e.g. D-MT-1 for Scope 1. */
  partd: string[];
  decimals: number;
  formula?: string;
  /** For derived metrics: dimensions the value is also computed per value of. */
  breakdown?: string[];
  noteEn?: string;
  noteZh?: string;
  /** The unit as the report prints it, when the canonical unit does not say enough. */
  unitLabelZh?: string;
  unitLabelEn?: string;
  custom?: boolean;
  /**
   * This code names a value of another metric for some dimension values (energy.natural_gas is
   * energy.fuel for fuel=natural_gas): the value is kept here, formulas read it through either name.
   */
  aliasOf?: MetricAlias;
  /** A derived total that may be entered as published when its inputs are not kept. */
  asPublished?: boolean;
}

export interface MetricAlias {
  code: string;
  dims: Record<string, string>;
}

export function toMetricDef(raw: unknown): MetricDef {
  const m = metricDefSchema.parse(raw);
  return {
    code: m.code,
    nameZh: m.name_zh,
    nameEn: m.name_en,
    unit: m.unit,
    kind: m.kind,
    aggregation: m.aggregation ?? defaultAggregation(m.kind, m.unit),
    area: m.area,
    owner: m.owner,
    dimensions: m.dimensions,
    hkex: m.hkex,
    sasb: m.sasb,
    partd: m.partd,
    decimals: m.decimals,
    ...(m.formula !== undefined ? { formula: m.formula } : {}),
    ...(m.breakdown !== undefined ? { breakdown: m.breakdown } : {}),
    ...(m.note_en !== undefined ? { noteEn: m.note_en } : {}),
    ...(m.note_zh !== undefined ? { noteZh: m.note_zh } : {}),
    ...(m.unit_label_zh !== undefined ? { unitLabelZh: m.unit_label_zh } : {}),
    ...(m.unit_label_en !== undefined ? { unitLabelEn: m.unit_label_en } : {}),
    ...(m.alias_of !== undefined ? { aliasOf: { code: m.alias_of.code, dims: { ...m.alias_of.dims } } } : {}),
    ...(m.as_published ? { asPublished: true } : {}),
  };
}

export interface DimensionValueDef {
  code: string;
  nameZh: string;
  nameEn: string;
  /** The unit quantities of this value are kept in (a fuel's usual unit: m³, t, L). */
  unit?: string;
  /** A biomass fuel: its CO2 is biogenic, reported apart from Scope 1 (GHG Protocol). */
  biogenic?: boolean;
  /** Added by the user to the workspace's list (a fuel of its own). */
  custom?: boolean;
}
export interface DimensionDef {
  key: string;
  nameZh: string;
  nameEn: string;
  /** Open dimensions (site) take their values from the workspace, not the catalogue. */
  open: boolean;
  values: DimensionValueDef[];
}

export const dimensionsFileSchema = z.object({
  dimensions: z.array(
    z.object({
      key: z.string().regex(/^[a-z][a-z0-9_]*$/),
      name_zh: z.string(),
      name_en: z.string(),
      open: z.boolean().optional(),
      values: z.array(
        z.object({
          code: z.string().min(1),
          name_zh: z.string(),
          name_en: z.string(),
          unit: z.string().min(1).optional(),
          biogenic: z.boolean().optional(),
          custom: z.boolean().optional(),
        }),
      ),
    }),
  ),
});

export function toDimensionDefs(raw: unknown): DimensionDef[] {
  return dimensionsFileSchema.parse(raw).dimensions.map((d) => ({
    key: d.key,
    nameZh: d.name_zh,
    nameEn: d.name_en,
    open: d.open ?? false,
    values: d.values.map((v) => ({
      code: v.code,
      nameZh: v.name_zh,
      nameEn: v.name_en,
      ...(v.unit !== undefined ? { unit: v.unit } : {}),
      ...(v.biogenic ? { biogenic: true } : {}),
      ...(v.custom ? { custom: true } : {}),
    })),
  }));
}

export interface Catalogue {
  metrics: MetricDef[];
  dimensions: DimensionDef[];
}

export function indexMetrics(metrics: readonly MetricDef[]): Map<string, MetricDef> {
  return new Map(metrics.map((m) => [m.code, m]));
}
