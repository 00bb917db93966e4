// A share (pie or donut) chart: the parts of one year's figure, either one metric split by a
// breakdown dimension (full-time employees by gender) or several metrics of one unit side by
// side (hazardous and non-hazardous waste). Shares are rounded so that the printed labels add
// up to exactly 100% (largest remainder), as a reader adding them up expects. The option is
// built here so that the app's preview and the report draw the same picture.
import type { EChartsOption } from 'echarts';
import { z } from 'zod';
import { metricCodeSchema } from '../catalogue.js';
import type { Lang } from '../domain.js';
import { dimsSchema } from './rich-text.js';
import { formatNumber } from './format.js';

/** Decimals of a printed share: 44.0%. */
export const SHARE_DECIMALS = 1;

const part = z
  .object({
    metric: metricCodeSchema,
    dims: dimsSchema.default({}),
    /** Slice label per language; the metric's name otherwise. */
    label_zh: z.string().max(120).optional(),
    label_en: z.string().max(120).optional(),
  })
  .strict();

/**
 * `metric` + `dimension`: one slice per value of the dimension (the other `dims` fixed);
 * `parts`: one slice per metric. `year` is relative to the report year (0: the report year).
 */
export const shareChartConfigSchema = z
  .object({
    kind: z.literal('kpi_share'),
    metric: metricCodeSchema.optional(),
    dimension: z.string().trim().min(1).max(40).optional(),
    dims: dimsSchema.default({}),
    parts: z.array(part).min(2).max(12).optional(),
    year: z.number().int().min(-10).max(0).default(0),
    donut: z.boolean().default(true),
  })
  .strict()
  .refine((c) => (c.metric !== undefined && c.dimension !== undefined) !== (c.parts !== undefined), { message: 'block.share.metric_or_parts' })
  .refine((c) => c.dimension === undefined || !(c.dimension in c.dims), { message: 'block.share.dimension_fixed' });
export type ShareChartConfig = z.output<typeof shareChartConfigSchema>;

export interface ShareSlice {
  label: string;
  value: number;
  /** Percent of the total, rounded to SHARE_DECIMALS; the slices' shares add to 100. */
  share: number;
}

/** What a share chart draws, in the report's language. */
export interface ShareChartData {
  year: number;
  /** The unit the values are printed in (formatted at the edge) and their decimals. */
  unit: string;
  decimals: number;
  slices: ShareSlice[];
  /** Total of the slices, in the printed unit. */
  total: number;
  /** Labels of parts without a value in the year (left out of the chart). */
  omitted: string[];
}

/**
 * Percent shares rounded to `decimals` by the largest-remainder method: each share is floored,
 * and the units still missing to 100 go to the largest remainders, so the printed shares add to
 * exactly 100. Negative or zero totals give no shares.
 */
export function roundedShares(values: readonly number[], decimals = SHARE_DECIMALS): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (!(total > 0) || values.some((v) => v < 0)) return [];
  const unit = 10 ** decimals;
  const exact = values.map((v) => (v / total) * 100 * unit);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let missing = 100 * unit - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - (floors[i] as number) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    missing--;
  }
  return floors.map((f) => f / unit);
}

/** The slices of the parts that have a value, with their rounded shares. */
export function shareSlices(parts: readonly { label: string; value: number | null }[]): { slices: ShareSlice[]; omitted: string[] } {
  const present = parts.filter((p): p is { label: string; value: number } => p.value !== null);
  const shares = roundedShares(present.map((p) => p.value));
  return {
    slices: shares.length ? present.map((p, i) => ({ label: p.label, value: p.value, share: shares[i] as number })) : [],
    omitted: parts.filter((p) => p.value === null).map((p) => p.label),
  };
}

const PALETTE = ['#1f6f8b', '#e07a1f', '#5b8c3a', '#8e5ea2', '#c0392b', '#7f8c8d', '#d4a017', '#2e86c1', '#a04000', '#117a65', '#6c3483', '#566573'];

/** A share as printed on its slice: "44.0%". */
export function shareText(share: number, lang: Lang): string {
  return `${formatNumber(share, lang, SHARE_DECIMALS)}%`;
}

/**
 * The ECharts option of a share chart: slices in the order given, each labelled with its name
 * and share outside the ring, the legend below. `width`/`height` in CSS pixels.
 */
export function shareChartOption(data: ShareChartData, lang: Lang, opts: { donut: boolean; width: number; height: number; fontFamily?: string }): EChartsOption {
  const radius = Math.round(Math.min(opts.width * 0.5, opts.height) * 0.34);
  // Labels sit at the left and right edges, wrapped within the room beside the ring, the share
  // on a line of its own: a long category name ("Fuel- and energy-related activities") is
  // never cut short.
  const labelWidth = Math.max(60, Math.round(opts.width / 2 - radius - 28));
  return {
    color: PALETTE,
    ...(opts.fontFamily ? { textStyle: { fontFamily: opts.fontFamily } } : {}),
    legend: { bottom: 4, left: 'center', itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    series: [
      {
        type: 'pie',
        radius: opts.donut ? [Math.round(radius * 0.55), radius] : [0, radius],
        center: ['50%', '46%'],
        startAngle: 90,
        clockwise: true,
        avoidLabelOverlap: true,
        label: {
          show: true,
          fontSize: 11,
          lineHeight: 14,
          color: '#333333',
          alignTo: 'edge',
          edgeDistance: 8,
          width: labelWidth,
          overflow: 'break',
          formatter: (p: { dataIndex: number }) => {
            const s = data.slices[p.dataIndex];
            return s ? `${s.label}\n${shareText(s.share, lang)}` : '';
          },
        },
        labelLine: { show: true, length: 8, length2: 8 },
        labelLayout: { hideOverlap: false },
        data: data.slices.map((s) => ({ name: s.label, value: s.value })),
      },
    ],
  } as EChartsOption;
}
