// Charts: the materiality matrix, KPI trends and share (pie) charts, rendered beforehand from
// the model's data (charts/prepare.ts); a trend chart names the years its data come from, a
// share chart its year and total.
import { t } from '../labels.js';
import { caption, note } from '../table-kit.js';
import { chartParagraph } from './chart-image.js';
import { configOf, contentOf, type BlockBuilder, type DocNode } from './types.js';
import type { Lang } from '../../../../shared/domain.js';
import type { TrendChart } from '../model.js';
import { translate } from '../../../../shared/i18n/strings.js';
import { formatNumber } from '../../../../shared/report/format.js';
import type { ShareChartData } from '../../../../shared/report/share-chart.js';

/** Years as a range when they follow each other (2022–2024), else listed (2022、2024). */
function yearsText(years: number[], lang: Lang): string {
  const consecutive = years.every((y, i) => i === 0 || y === (years[i - 1] as number) + 1);
  return consecutive && years.length > 2 ? `${years[0]}–${years[years.length - 1]}` : years.join(t('yearList', lang));
}

/** Which years the chart draws, and which configured years it leaves out for want of data. */
export function trendNote(trend: TrendChart, lang: Lang): string {
  const shown = t('figureSource', lang, { year: yearsText(trend.years, lang) });
  if (!trend.omittedYears.length) return lang === 'zh-Hant' ? `${shown}。` : `${shown}.`;
  const omitted = t('figureOmitted', lang, { years: yearsText(trend.omittedYears, lang) });
  return lang === 'zh-Hant' ? `${shown}；${omitted}。` : `${shown}; ${omitted}.`;
}

/** Under a share chart: its year and the total the shares are of (and parts without data). */
export function shareNote(data: ShareChartData, lang: Lang): string {
  const total = `${formatNumber(data.total, lang, data.decimals)}${data.unit ? (lang === 'en' ? ` ${data.unit}` : data.unit) : ''}`;
  const list = data.omitted.join(lang === 'en' ? ', ' : '、');
  return data.omitted.length ? translate(lang, 'doc.share.noteOmitted', { year: data.year, total, omitted: list }) : translate(lang, 'doc.share.note', { year: data.year, total });
}

export const buildChartBlock: BlockBuilder = (block, ctx) => {
  const chart = ctx.charts.get(block.id);
  if (!chart) return [];
  const title = contentOf<{ caption: string }>(block).caption;
  const kind = configOf<{ kind: string }>(block).kind;
  const trend = kind === 'kpi_trend' ? ctx.model.trends.get(block.id) : undefined;
  const share = kind === 'kpi_share' ? ctx.model.shares.get(block.id) : undefined;
  const out: DocNode[] = [...caption(title), chartParagraph(chart, title, trend !== undefined || share !== undefined)];
  if (trend) out.push(note(trendNote(trend, ctx.lang)));
  if (share) out.push(note(shareNote(share, ctx.lang)));
  return out;
};
