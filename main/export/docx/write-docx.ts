// Assembles the document from the ordered parts and packs it. Only this module and the
// export service touch the packer; the builders return nodes.
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, SectionType, TextRun, type ISectionOptions } from 'docx';
import { prepareCharts, type RenderedCharts } from './charts/prepare.js';
import { createContext, type BuildContext } from './context.js';
import { makeDeterministic } from './deterministic.js';
import type { PartFix } from '../xlsx/deterministic.js';
import { placeAnchors, PROP_EDITION, PROP_WORKSPACE } from './anchors.js';
import { joinNumbersInParts } from './number-joiners.js';
import { withXmlSafeText } from '../clean-text.js';
import { withTypography } from '../typeset-model.js';
import type { DocxModel } from './model.js';
import { laidOutPages, type LaidOutEntry } from './toc-pages.js';
import { DOCUMENT_PARTS } from './parts/index.js';
import { t } from './labels.js';
import { buildNumbering, buildStyles, COLORS, PAGE } from './styles.js';

const page = { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginSide, right: PAGE.marginSide, header: PAGE.header, footer: PAGE.footer } };

/** The draft mark, in the report's language, or null for a published edition without errors. */
export function draftMarkText(model: Pick<DocxModel, 'draft' | 'lang'>): string | null {
  const d = model.draft;
  if (!d) return null;
  if (d.unpublished && d.errors > 0) return t('draftBoth', model.lang, { n: d.errors });
  return d.errors > 0 ? t('draftErrors', model.lang, { n: d.errors }) : t('draftUnpublished', model.lang);
}

function header(ctx: BuildContext): Header {
  const { company } = ctx.model.report;
  const mark = draftMarkText(ctx.model);
  return new Header({
    children: [
      ...(mark ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: mark, bold: true, size: 18, color: COLORS.draft })] })] : []),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: 'single', size: 4, color: COLORS.rule, space: 4 } },
        children: [new TextRun({ text: `${company.name}  |  ${ctx.model.title}`, size: 16, color: COLORS.muted })],
      }),
    ],
  });
}

function footer(ctx: BuildContext): Footer {
  const [before, after] = ctx.lang === 'zh-Hant' ? ['第 ', ' 頁'] : ['Page ', ''];
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 16, color: COLORS.muted, children: [before, PageNumber.CURRENT, after] })] })],
  });
}

export interface DocxOptions {
  /** The contents as a layout pass printed it: its page numbers are written into the DOCX's contents. */
  tocPages?: readonly LaidOutEntry[];
}

/** The document of a model, and the texts of its footnotes (for tests and the export log). */
export function buildDocument(model: DocxModel, charts: RenderedCharts = new Map(), options: DocxOptions = {}): { doc: Document; footnotes: string[] } {
  const ctx = createContext(model, charts);
  const cover = DOCUMENT_PARTS.filter((p) => p.section === 'cover').flatMap((p) => p.build(ctx));
  const main = DOCUMENT_PARTS.filter((p) => p.section === 'main').flatMap((p) => p.build(ctx));
  const back = DOCUMENT_PARTS.filter((p) => p.section === 'back').flatMap((p) => p.build(ctx));
  const sections: ISectionOptions[] = [
    { properties: { page }, children: cover },
    {
      properties: { page: { ...page, pageNumbers: { start: 1 } }, type: SectionType.NEXT_PAGE },
      headers: { default: header(ctx) },
      footers: { default: footer(ctx) },
      children: main,
    },
    // The back cover: a page of its own, without the body's header and footer.
    ...(back.length ? [{ properties: { page, type: SectionType.NEXT_PAGE }, headers: { default: new Header({ children: [] }) }, footers: { default: new Footer({ children: [] }) }, children: back }] : []),
  ];
  const { company } = model.report;
  const codes = model.cover.stockCodes.join(', ');
  const doc = new Document({
    creator: company.name,
    lastModifiedBy: company.name,
    title: `${company.name} ${model.title}`,
    subject: model.title,
    description: codes,
    keywords: codes,
    styles: buildStyles(model.lang),
    numbering: buildNumbering(),
    features: { updateFields: true },
    // Which workspace and edition this is: a reviewer's Word comments are read back onto it only.
    ...(model.workspaceId ? { customProperties: [{ name: PROP_WORKSPACE, value: model.workspaceId }, { name: PROP_EDITION, value: String(model.year) }] } : {}),
    ...(options.tocPages ? { pageNumbers: laidOutPages(options.tocPages) } : {}),
    footnotes: ctx.footnotes.toDocument(),
    sections,
  });
  return { doc, footnotes: ctx.footnotes.texts() };
}

/** The DOCX bytes of a model: the same model gives the same bytes. */
export async function writeDocx(raw: DocxModel, options: DocxOptions = {}): Promise<Buffer> {
  return (await docxWriter(raw))(options);
}

/** Writes one model more than once (before and after a layout pass), rendering its charts once. */
export async function docxWriter(raw: DocxModel): Promise<(options?: DocxOptions) => Promise<Buffer>> {
  const model = withTypography(withXmlSafeText(raw), raw.lang);
  const charts = await prepareCharts(model);
  // The hidden anchors of sections and blocks are placed in the body; Chinese lines break
  // between any two digits in LibreOffice, English ones do not.
  const fix: PartFix = (name, data) => {
    const joined = raw.lang === 'zh-Hant' ? joinNumbersInParts(name, data) : data;
    return name === 'word/document.xml' ? Buffer.from(placeAnchors(Buffer.from(joined).toString('utf8')), 'utf8') : joined;
  };
  return async (options = {}) => makeDeterministic(await Packer.toBuffer(buildDocument(model, charts, options).doc), { date: model.documentDate, fix });
}
