// A rendered chart as a docx image: the SVG, with the PNG fallback Word requires and
// LibreOffice shows, scaled to the text width.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { CONTENT_WIDTH_PX } from '../charts/prepare.js';
import type { RenderedChart } from '../charts/render.js';

/** `keepNext` when a note follows the chart: the note stays on the chart's page. */
export function chartParagraph(chart: RenderedChart, altText: string, keepNext = false): Paragraph {
  const scale = Math.min(1, CONTENT_WIDTH_PX / chart.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext,
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
