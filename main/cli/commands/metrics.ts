import { loadTemplateCatalogue } from '../../catalogue/load-templates.js';
import { printJson, renderTable } from '../output.js';
import { columns, say } from '../cli-lang.js';
import type { CommandContext } from '../context.js';

export function runMetrics(ctx: CommandContext): number {
  const { metrics } = loadTemplateCatalogue();
  if (ctx.flags['json']) {
    printJson(
      metrics.map((m) => ({
        code: m.code,
        name_zh: m.nameZh,
        name_en: m.nameEn,
        unit: m.unit,
        kind: m.kind === 'derived' ? 'derived' : 'entered',
        category: m.kind === 'factor' ? 'factor' : 'metric',
        hkex: m.hkex,
        sasb: m.sasb,
        partd: m.partd,
        owner: m.owner,
        area: m.area,
        dimensions: m.dimensions,
        ...(m.formula ? { formula: m.formula } : {}),
        ...(m.breakdown ? { breakdown: m.breakdown } : {}),
      })),
    );
    return 0;
  }
  const rows = metrics.map((m) => [m.code, m.nameEn, m.nameZh, m.unit, say(`cli.kind.${m.kind}`), [...m.hkex, ...m.sasb].join(' '), m.owner]);
  process.stdout.write(renderTable(columns('code', 'name_en', 'name_zh', 'unit', 'kind', 'frameworks', 'owner'), rows) + '\n');
  return 0;
}
