// Scenario analysis: for each analysed item its assumptions and the rated impact per pathway
// and year, with the scenarios behind each pathway listed under the table.
import { LEVEL, PATHWAY, named, t } from '../labels.js';
import { markupCell } from '../markup-text.js';
import { buildTable, caption, note } from '../table-kit.js';
import { contentOf, type BlockBuilder } from './types.js';

export const buildScenarioTableBlock: BlockBuilder = (block, ctx) => {
  const { lang, model } = ctx;
  const rows = model.report.scenarioRows;
  if (!rows.length) return [];
  const climateTitle = new Map(model.report.climate.map((c) => [c.id, c.title]));
  const order = (p: string) => (p === 'low_emission' ? 0 : p === 'high_emission' ? 1 : 2);
  const columns = [...new Map(rows.flatMap((r) => r.ratings.map((x) => [`${x.pathway}|${x.year}`, x] as const))).values()].sort(
    (a, b) => order(a.pathway) - order(b.pathway) || a.pathway.localeCompare(b.pathway) || a.year - b.year,
  );
  const sep = lang === 'zh-Hant' ? '、' : ', ';
  const pathways = [...new Set(columns.map((c) => c.pathway))];
  return [
    ...caption(contentOf<{ caption: string }>(block).caption),
    buildTable({
      weights: [3, 3.4, ...columns.map(() => 1.1)],
      header: [t('scenarioItem', lang), t('assumptions', lang), ...columns.map((c) => `${named(PATHWAY, c.pathway, lang)}\n${c.year}`)],
      rows: rows.map((r) => [
        { content: markupCell(`${r.climateItemId ? `${climateTitle.get(r.climateItemId) ?? r.climateItemId}\n` : ''}${r.description}`, ctx) },
        { content: markupCell(r.assumptions.map((a) => `• ${a}`).join('\n'), ctx) },
        ...columns.map((c) => {
          const rating = r.ratings.find((x) => x.pathway === c.pathway && x.year === c.year);
          return { content: rating ? named(LEVEL, rating.level, lang) : '—', numeric: true };
        }),
      ]),
    }),
    ...pathways.map((p) =>
      note(
        `${named(PATHWAY, p, lang)}${lang === 'zh-Hant' ? ':' : ': '}${model.report.scenarios
          .filter((s) => s.pathway === p)
          .map((s) => `${s.name} (${s.source})`)
          .join(sep)}`,
      ),
    ),
  ];
};
