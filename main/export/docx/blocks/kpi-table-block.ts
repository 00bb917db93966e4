// A KPI table in the reference report's layout: indicator, unit, one column per year, every
// figure from data. Each row's label carries Word footnotes generated from what its figure
// was calculated with (the factor value and source, the boundary, estimates); the author's
// own notes hang on the caption.
import { TextRun } from 'docx';
import { footnoteMarks, type TableNotes } from '../footnote-marks.js';
import type { KpiTableModel } from '../../../services/report-model-service.js';
import { t } from '../labels.js';
import { buildTable, caption } from '../table-kit.js';
import { contentOf, type BlockBuilder } from './types.js';

export const buildKpiTableBlock: BlockBuilder = (block, ctx) => {
  const table = block.table as KpiTableModel | undefined;
  if (!table) return [];
  const c = contentOf<{ caption: string; footnotes: string[] }>(block);
  const notes = ctx.model.kpiNotes.get(block.id);
  const seen: TableNotes = new Map();
  const authorNotes = footnoteMarks(ctx.footnotes, c.footnotes, seen);
  const yearWeight = table.years.length > 2 ? 1.3 : 1.6;
  return [
    ...caption(c.caption, authorNotes),
    buildTable({
      weights: [5.2, 2.4, ...table.years.map(() => yearWeight)],
      header: [t('indicator', ctx.lang), t('unit', ctx.lang), ...table.years.map((y) => ({ content: t('yearCol', ctx.lang, { year: y }), numeric: true }))],
      rows: table.rows.map((row, i) => {
        // A breakdown's sub-heading (按性別劃分的…, … by gender) is set in italics; a total
        // with rows nested under it in bold.
        if (row.kind === 'group') return [{ content: row.label, italics: true, indent: row.indent }, row.unit, ...row.cells.map(() => '')];
        const parent = (table.rows[i + 1]?.indent ?? 0) > row.indent && row.indent === 0;
        return [
          { content: [new TextRun({ text: row.label, bold: parent }), ...footnoteMarks(ctx.footnotes, notes?.rows[i] ?? [], seen)], indent: row.indent },
          row.unit,
          ...row.cells.map((cell) => ({ content: cell.text, numeric: true })),
        ];
      }),
    }),
  ];
};
