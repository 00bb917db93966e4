// The index appendices, generated from the disclosure map: every item of the framework as the
// catalogue lists it (HKEX: the mandatory disclosures, each aspect's general disclosure and
// KPIs A1.1–B8.2; SASB: the metrics the company chose, by topic — a SASB code the map never
// names is not the company's and is left out; a map naming none lists the industry's items) → the sections that disclose it, or "not
// applicable" with the reason as a footnote.
import { chosenSasbItems } from '../../../../shared/report/disclosure.js';
import { TextRun, type ParagraphChild } from 'docx';
import { footnoteMarks, type TableNotes } from '../footnote-marks.js';
import type { BuildContext } from '../context.js';
import { t } from '../labels.js';
import type { IndexItem } from '../model.js';
import { buildTable, caption, type CellInput } from '../table-kit.js';
import { configOf, contentOf, type BlockBuilder, type DocNode } from './types.js';

function whereCell(framework: string, item: IndexItem, ctx: BuildContext, seen: TableNotes): CellInput {
  const entry = ctx.model.report.disclosure.find((d) => d.framework === framework && d.itemCode === item.code);
  if (!entry) return item.withheld?.length ? { content: [new TextRun(t('notMapped', ctx.lang)), ...withheldRuns(item, ctx, seen)] } : t('notMapped', ctx.lang);
  if (entry.status === 'not_applicable') {
    const children = [new TextRun(t('notApplicable', ctx.lang))];
    return { content: entry.reason ? [...children, ...footnoteMarks(ctx.footnotes, [entry.reason], seen)] : children };
  }
  const where = entry.sections.map((s) => s.title).join('\n') || t('notMapped', ctx.lang);
  if (!item.withheld?.length) return where;
  const lines = where.split('\n').map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) }));
  return { content: [...lines, ...withheldRuns(item, ctx, seen)] };
}

/** Each figure of the item entered as not applicable (none used) or not disclosed, its reason a footnote. */
function withheldRuns(item: IndexItem, ctx: BuildContext, seen: TableNotes): ParagraphChild[] {
  return (item.withheld ?? []).flatMap((w) => [
    new TextRun({ break: 1, text: t(w.kind === 'not_disclosed' ? 'withheldNotDisclosed' : 'withheldNoneUsed', ctx.lang, { name: w.name }) }),
    ...(w.reason ? footnoteMarks(ctx.footnotes, [w.reason], seen) : []),
  ]);
}

export const buildDisclosureIndexBlock: BlockBuilder = (block, ctx) => {
  const { lang, model } = ctx;
  const { framework } = configOf<{ framework: 'hkex' | 'sasb' | 'partd' }>(block);
  const out: DocNode[] = [...caption(contentOf<{ caption: string }>(block).caption)];
  const seen: TableNotes = new Map(); // one footnote per distinct reason in the index
  if (framework === 'hkex') {
    const items = model.frameworks.hkex;
    const groupRows = new Set<number>();
    const rows: CellInput[][] = items.map((item, i) => {
      if (item.kind === 'aspect') {
        groupRows.add(i);
        return [{ content: `${item.code} ${item.title}`, bold: true, span: 3 }];
      }
      return [item.code, item.title, whereCell('hkex', item, ctx, seen)];
    });
    out.push(buildTable({ weights: [1.1, 5.2, 3.2], header: [t('indexCode', lang), t('indexTitle', lang), t('indexSection', lang)], rows, groupRows }));
    return out;
  }
  if (framework === 'sasb') {
    const items = chosenSasbItems(model.frameworks.sasb, model.report.disclosure.filter((d) => d.framework === 'sasb').map((d) => d.itemCode));
    const groupRows = new Set<number>();
    const rows: CellInput[][] = [];
    let topic = '';
    for (const item of items) {
      if (item.topic && item.topic !== topic) {
        topic = item.topic;
        groupRows.add(rows.length);
        rows.push([{ content: topic, bold: true, span: 3 }]);
      }
      rows.push([item.code, item.title, whereCell('sasb', item, ctx, seen)]);
    }
    out.push(buildTable({ weights: [1.8, 4.7, 3], header: [t('sasbCode', lang), t('indexTitle', lang), t('indexSection', lang)], rows, groupRows }));
    return out;
  }
  const entries = model.report.disclosure.filter((d) => d.framework === framework);
  out.push(
    buildTable({
      weights: [1.5, 5, 3],
      header: [t('indexCode', lang), t('indexTitle', lang), t('indexSection', lang)],
      rows: entries.map((e) => [e.itemCode, e.title, whereCell(framework, { code: e.itemCode, kind: 'item', title: e.title }, ctx, seen)]),
    }),
  );
  return out;
};
