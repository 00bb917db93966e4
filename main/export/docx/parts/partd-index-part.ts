// The Part D index appendix of an edition that follows the ESG Reporting Code: every Part D
// item (Code paragraph, title, basis for the company that year) → the sections and metrics
// that disclose it, or the explanation. Absent for editions on the Guide.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { t } from '../labels.js';
import { buildTable, type CellInput } from '../table-kit.js';
import type { PartDIndexRow } from '../../partd-index.js';
import type { BuildContext } from '../context.js';
import type { DocumentPart } from './types.js';

function whereCell(row: PartDIndexRow, ctx: BuildContext): CellInput {
  if (row.explanation !== null) return `${t('notApplicable', ctx.lang)}: ${row.explanation}`;
  const lines = [...row.sections, ...row.metrics.map((m) => `${m.name} (${m.code})`)];
  return lines.length ? lines.join('\n') : t('notMapped', ctx.lang);
}

function basisCell(row: PartDIndexRow, ctx: BuildContext): string {
  const basis = t(`basis_${row.basis}`, ctx.lang);
  return row.reliefEndsFy === null ? basis : `${basis}\n${t('reliefUntil', ctx.lang, { endsFy: row.reliefEndsFy })}`;
}

export const partDIndexPart: DocumentPart = {
  section: 'main',
  build(ctx) {
    const rows = ctx.model.partDIndex;
    if (!rows) return [];
    const { lang } = ctx;
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(t('partDIndexTitle', lang))] }),
      new Paragraph({ children: [new TextRun(t('partDIndexIntro', lang, { year: ctx.model.year }))] }),
      buildTable({
        weights: [1.2, 1.1, 3.6, 1.6, 3.2],
        header: [t('indexCode', lang), t('codeParagraph', lang), t('indexTitle', lang), t('basis', lang), t('indexSection', lang)],
        rows: rows.map((r) => [r.code, r.paragraph ?? t('paragraphUnverified', lang), r.title, basisCell(r, ctx), whereCell(r, ctx)]),
      }),
    ];
  },
};
