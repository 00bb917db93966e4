// A rendered chart as a docx image: the SVG, with the PNG fallback Word requires and
// LibreOffice shows, scaled to the text width.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { EChartsOption } from 'echarts';
import { renderChart } from '../charts/render.js';
import type { BuildContext } from '../context.js';
import { CONTENT_WIDTH } from '../styles.js';

/** The text width in CSS pixels (96 per inch, 1440 twips per inch). */
export const CONTENT_WIDTH_PX = Math.floor((CONTENT_WIDTH / 1440) * 96);

export function chartParagraph(option: EChartsOption, size: { width: number; height: number }, ctx: BuildContext, altText: string): Paragraph {
  const chart = renderChart(option, size, ctx.model.chartFontFile);
  const scale = Math.min(1, CONTENT_WIDTH_PX / chart.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: false,
    children: [
      new ImageRun({
        type: 'svg',
        data: chart.svg,
        fallback: { type: 'png', data: chart.png },
        transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
        altText: { name: altText, title: altText, description: altText },
      }),
    ],
  });
}
