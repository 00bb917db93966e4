// The back cover: the company's name, its address in the report language and its contact
// details from the profile, set low on a page of its own (no header, footer or number), with
// the logo above them. A profile without contact details gets the names alone.
import { Paragraph, TextRun } from 'docx';
import { t } from '../labels.js';
import { COLORS, STYLE } from '../styles.js';
import { logoRun, namesInOrder } from './cover-part.js';
import type { DocumentPart } from './types.js';

export const backCoverPart: DocumentPart = {
  section: 'back',
  build(ctx) {
    const { cover } = ctx.model;
    const [first, ...others] = namesInOrder(ctx);
    const lines: [string, string][] = (
      [
        ['contactAddress', cover.address],
        ['contactPhone', cover.phone],
        ['contactEmail', cover.email],
        ['contactWebsite', cover.website],
      ] as const
    ).filter(([, v]) => v.trim() !== '').map(([k, v]) => [t(k, ctx.lang), v]);
    return [
      new Paragraph({ spacing: { before: 7800 } }),
      ...(cover.logo ? [new Paragraph({ spacing: { after: 360 }, children: [logoRun(cover.logo, 72, t('logoAlt', ctx.lang, { name: first ?? '' }))] })] : []),
      ...(first ? [new Paragraph({ style: STYLE.coverSubtitle, spacing: { after: 80 }, children: [new TextRun({ text: first, bold: true, color: COLORS.accent, size: 28 })] })] : []),
      ...others.map((n) => new Paragraph({ style: STYLE.coverSubtitle, spacing: { after: 240 }, children: [new TextRun({ text: n, size: 22 })] })),
      ...lines.map(
        ([label, value]) =>
          new Paragraph({
            border: label === lines[0]?.[0] ? { top: { style: 'single', size: 6, color: COLORS.rule, space: 8 } } : undefined,
            spacing: { after: 60 },
            children: [new TextRun({ text: label, bold: true, size: 20, color: COLORS.muted }), new TextRun({ text: value, size: 20, color: COLORS.muted })],
          }),
      ),
    ];
  },
};
