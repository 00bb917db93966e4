// Target progress against the baseline year: baseline, this year's figure, the change and the
// status, then the qualitative targets with their progress.
import { STATUS_LABELS } from '../../labels.js';
import { t } from '../labels.js';
import { markupCell } from '../markup-text.js';
import { buildTable, caption } from '../table-kit.js';
import type { DocNode } from './types.js';
import { configOf, contentOf, type BlockBuilder } from './types.js';

export const buildTargetTableBlock: BlockBuilder = (block, ctx) => {
  const { lang, model } = ctx;
  const cfg = configOf<{ targets: string[]; include_qualitative: boolean }>(block);
  const chosen = (code: string) => cfg.targets.length === 0 || cfg.targets.includes(code);
  const quantitative = model.report.targets.quantitative.filter((q) => chosen(q.code));
  const qualitative = cfg.include_qualitative ? model.report.targets.qualitative.filter((q) => chosen(q.code)) : [];
  const out: DocNode[] = [...caption(contentOf<{ caption: string }>(block).caption)];
  if (quantitative.length) {
    const baseYear = quantitative[0]?.baselineYear ?? model.year - 1;
    const withUnit = (text: string, unit: string) => (text === '—' || !unit ? text : unit === '%' ? `${text}%` : `${text} ${unit}`);
    out.push(
      buildTable({
        weights: [4.2, 1.9, 1.9, 1.2, 1.5],
        header: [t('target', lang), { content: t('baseline', lang, { year: baseYear }), numeric: true }, { content: t('current', lang, { year: model.year }), numeric: true }, { content: t('change', lang), numeric: true }, t('status', lang)],
        rows: quantitative.map((q) => [
          { content: markupCell(`${q.title}${q.targetYear ? ` (${q.targetYear})` : ''}`, ctx) },
          { content: withUnit(q.baseline.text, q.unit), numeric: true },
          { content: withUnit(q.current.text, q.unit), numeric: true },
          { content: q.changePct.text, numeric: true },
          STATUS_LABELS[q.status]?.[lang] ?? q.status,
        ]),
      }),
    );
  }
  if (qualitative.length) {
    out.push(...caption(t('qualitativeTargets', lang)));
    out.push(buildTable({ weights: [4, 6], header: [t('target', lang), t('progress', lang)], rows: qualitative.map((q) => [{ content: markupCell(q.title, ctx) }, { content: markupCell(q.status, ctx) }]) }));
  }
  return out;
};
