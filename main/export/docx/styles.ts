// The document's styles, declared once. Line spacing is always given with lineRule auto:
// LibreOffice reads a line height without a rule as exact and clips inline images to it.
// Content refers to them by id (Heading1–3 are Word's
// built-in heading styles, so the table of contents and the navigation pane work; they carry
// an outline level too, without which LibreOffice fills no contents and writes no PDF bookmarks). Every run
// carries an East Asian font (w:eastAsia) next to its Latin font: without it Word and
// LibreOffice fall back to a font without Chinese glyphs and print boxes.
import { AlignmentType, LevelFormat, LineRuleType, type IStylesOptions, type INumberingOptions } from 'docx';
import type { Lang } from '../../../shared/domain.js';

/** A4 in twentieths of a point, with 2 cm side margins. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1418,
  marginBottom: 1134,
  marginSide: 1134,
  header: 567,
  footer: 567,
} as const;
/** What a table or an image may span. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginSide;

export const COLORS = {
  accent: '1F4E79',
  accentLight: 'DCE6F1',
  rule: '8EA9C1',
  boxFill: 'F2F6FA',
  muted: '595959',
  // The draft mark: red, so a reviewer sees it on every page.
  draft: 'C00000',
} as const;

/** Latin and East Asian fonts per report language. */
export function fontsFor(_lang: Lang): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  // Microsoft JhengHei is the Traditional Chinese UI font of every Windows since Vista;
  // LibreOffice substitutes an installed CJK font (e.g. Noto Sans CJK, WenQuanYi) for it.
  const eastAsia = 'Microsoft JhengHei';
  const latin = 'Arial';
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin };
}

export const STYLE = {
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  tableNumber: 'TableNumber',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  boxTitle: 'BoxTitle',
  tocTitle: 'TocTitle',
  caption: 'Caption',
  note: 'TableNote',
} as const;

export const NUMBERING = { bullet: 'bullets', ordered: 'ordered' } as const;

export function buildStyles(lang: Lang): IStylesOptions {
  const font = fontsFor(lang);
  const lineSpacing = lang === 'zh-Hant' ? 360 : 288;
  return {
    default: {
      document: {
        // Latin script (digits included) is English in both reports, Chinese script is Hong Kong
        // Chinese. A Chinese Latin-script language makes LibreOffice break lines between any two
        // digits ("16,34 / 3人次", "1 / 00.0%"); an English one breaks only where UAX #14 allows.
        run: { font, size: 21, language: { value: 'en-GB', eastAsia: 'zh-HK' } },
        paragraph: { spacing: { after: 120, line: lineSpacing, lineRule: LineRuleType.AUTO } },
      },
      heading1: { run: { font, size: 34, bold: true, color: COLORS.accent }, paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: 0, after: 240 } } },
      heading2: { run: { font, size: 28, bold: true, color: COLORS.accent }, paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 360, after: 160 } } },
      heading3: { run: { font, size: 24, bold: true, color: COLORS.accent }, paragraph: { outlineLevel: 2, keepNext: true, spacing: { before: 240, after: 120 } } },
      // Headings typed inside narrative text: kept with what follows, like the outline's.
      heading4: { run: { font, size: 22, bold: true, color: COLORS.accent }, paragraph: { keepNext: true, spacing: { before: 200, after: 100 } } },
      caption: { run: { font, size: 19, bold: true, italics: false, color: COLORS.accent }, paragraph: { keepNext: true, spacing: { before: 200, after: 80 } } },
      footnoteText: { run: { font, size: 16 }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
      listParagraph: { run: { font } },
    },
    paragraphStyles: [
      { id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { font, size: 17 }, paragraph: { spacing: { before: 20, after: 20, line: 260, lineRule: LineRuleType.AUTO } } },
      { id: STYLE.tableHeader, name: 'Table Header', basedOn: STYLE.tableText, run: { font, size: 17, bold: true, color: 'FFFFFF' } },
      { id: STYLE.tableNumber, name: 'Table Number', basedOn: STYLE.tableText, paragraph: { alignment: AlignmentType.RIGHT } },
      { id: STYLE.note, name: 'Table Note', basedOn: 'Normal', run: { font, size: 16, color: COLORS.muted }, paragraph: { spacing: { before: 60, after: 60, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: STYLE.coverTitle, name: 'Cover Title', basedOn: 'Normal', run: { font, size: 56, bold: true, color: COLORS.accent }, paragraph: { spacing: { before: 0, after: 360, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: STYLE.coverSubtitle, name: 'Cover Subtitle', basedOn: 'Normal', run: { font, size: 32, color: COLORS.muted }, paragraph: { spacing: { after: 200, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: STYLE.boxTitle, name: 'Box Title', basedOn: 'Normal', run: { font, size: 22, bold: true, color: COLORS.accent }, paragraph: { keepNext: true, spacing: { before: 60, after: 80 } } },
      { id: STYLE.tocTitle, name: 'TOC Title', basedOn: 'Normal', run: { font, size: 34, bold: true, color: COLORS.accent }, paragraph: { spacing: { after: 240 } } },
    ],
  };
}

export function buildNumbering(): INumberingOptions {
  const indent = (level: number) => ({ paragraph: { indent: { left: 420 * (level + 1), hanging: 280 } } });
  return {
    config: [
      {
        reference: NUMBERING.bullet,
        levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: ['•', '–', '◦'][level] as string, alignment: AlignmentType.LEFT, style: indent(level) })),
      },
      {
        reference: NUMBERING.ordered,
        levels: [0, 1, 2].map((level) => ({ level, format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level], text: `%${level + 1}.`, alignment: AlignmentType.LEFT, style: indent(level) })),
      },
    ],
  };
}
