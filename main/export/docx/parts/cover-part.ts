// The cover: the logo from the profile, the company's name in both languages (the report's
// language first), the report title once (it carries the year), and every stock code.
import { ImageRun, Paragraph, TextRun } from 'docx';
import type { BuildContext } from '../context.js';
import { t } from '../labels.js';
import type { DocxImage } from '../model.js';
import { COLORS, STYLE } from '../styles.js';
import type { DocumentPart } from './types.js';

/** A logo scaled to `width` pixels at its own aspect ratio. */
export function logoRun(logo: DocxImage, width: number, name: string): ImageRun {
  const ratio = logo.width && logo.height ? logo.height / logo.width : 1;
  return new ImageRun({
    type: logo.mime === 'image/png' ? 'png' : 'jpg',
    data: logo.bytes,
    transformation: { width, height: Math.round(width * ratio) },
    altText: { name, description: name, title: name },
  });
}

/** Both names, the report language's first; one when they are the same or one is empty. */
export function namesInOrder(ctx: BuildContext): string[] {
  const { nameZh, nameEn } = ctx.model.cover;
  const names = ctx.lang === 'zh-Hant' ? [nameZh, nameEn] : [nameEn, nameZh];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

export function stockCodesLine(ctx: BuildContext): string | null {
  const codes = ctx.model.cover.stockCodes;
  if (codes.length === 0) return null;
  return t(codes.length > 1 ? 'stockCodes' : 'stockCode', ctx.lang, { code: codes.join(ctx.lang === 'zh-Hant' ? '、' : ', ') });
}

export const coverPart: DocumentPart = {
  section: 'cover',
  build(ctx) {
    const { cover } = ctx.model;
    const [first, ...others] = namesInOrder(ctx);
    const codes = stockCodesLine(ctx);
    return [
      cover.logo
        ? new Paragraph({ spacing: { before: 1200, after: 1800 }, children: [logoRun(cover.logo, 132, t('logoAlt', ctx.lang, { name: first ?? '' }))] })
        : new Paragraph({ spacing: { before: 4200 } }),
      ...(first ? [new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun({ text: first, bold: true, color: COLORS.accent })] })] : []),
      ...others.map((n) => new Paragraph({ style: STYLE.coverSubtitle, spacing: { after: 600 }, children: [new TextRun({ text: n, size: 24 })] })),
      new Paragraph({ style: STYLE.coverTitle, border: { bottom: { style: 'single', size: 18, color: COLORS.accent, space: 12 } }, children: [new TextRun(ctx.model.title)] }),
      ...(codes ? [new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(codes)] })] : []),
    ];
  },
};
