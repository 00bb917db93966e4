// The cover: report title, company, stock code and the reporting year.
import { Paragraph, TextRun } from 'docx';
import { t } from '../labels.js';
import { COLORS, STYLE } from '../styles.js';
import type { DocumentPart } from './types.js';

export const coverPart: DocumentPart = {
  section: 'cover',
  build(ctx) {
    const { company } = ctx.model.report;
    return [
      new Paragraph({ spacing: { before: 4200 }, style: STYLE.coverSubtitle, children: [new TextRun({ text: company.name, bold: true, color: COLORS.accent })] }),
      new Paragraph({ style: STYLE.coverTitle, border: { bottom: { style: 'single', size: 18, color: COLORS.accent, space: 12 } }, children: [new TextRun(ctx.model.title)] }),
      ...(company.stockCode ? [new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(t('stockCode', ctx.lang, { code: company.stockCode }))] })] : []),
      new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(String(ctx.model.year))] }),
    ];
  },
};
