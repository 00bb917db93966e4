// Climate-related risks or opportunities (IFRS S2 style): category, the item, its impacts and
// financial effect, time horizons, and the responses; all of them, or risks of one group only.
import { climateItemsShown, type ClimateRiskGroup } from '../../../../shared/report/register.js';
import { CLIMATE_CATEGORY, HORIZON, named, t } from '../labels.js';
import { markupCell } from '../markup-text.js';
import { buildTable, caption } from '../table-kit.js';
import { configOf, contentOf, type BlockBuilder } from './types.js';

export const buildClimateRegisterBlock: BlockBuilder = (block, ctx) => {
  const { lang } = ctx;
  const items = climateItemsShown(ctx.model.report.climate, configOf<{ type: 'risk' | 'opportunity' | 'all'; group?: 'all' | ClimateRiskGroup }>(block));
  if (!items.length) return [];
  const sep = lang === 'zh-Hant' ? '、' : ', ';
  return [
    ...caption(contentOf<{ caption: string }>(block).caption),
    buildTable({
      weights: [1.4, 1.3, 3.4, 1.1, 3.4],
      header: [t('category', lang), t('riskTitle', lang), t('impacts', lang), t('horizons', lang), t('responses', lang)],
      rows: items.map((c) => [
        named(CLIMATE_CATEGORY, c.category, lang),
        { content: markupCell(c.title, ctx, { bold: true }) },
        { content: markupCell([c.description, c.impacts, c.financialEffect ? `${t('financialEffect', lang)}${lang === 'zh-Hant' ? '：' : ': '}${c.financialEffect}` : ''].filter(Boolean).join('\n'), ctx) },
        c.horizons.map((h) => named(HORIZON, h, lang)).join(sep),
        { content: markupCell(c.responses.map((r) => `• ${r}`).join('\n'), ctx) },
      ]),
    }),
  ];
};
