import { dimsKey } from '../../../shared/dimensions.js';
import { computeWorkspaceYear, toKpiJson } from '../../services/kpi-service.js';
import { loadWorkspaceCatalogue } from '../../services/workspace-catalogue.js';
import { formatNumber, printJson, renderTable } from '../output.js';
import { columns, say } from '../cli-lang.js';
import { requireWorkspacePath, requireYear, withWorkspace, type CommandContext } from '../context.js';

export function runKpis(ctx: CommandContext): number {
  const year = requireYear(ctx);
  return withWorkspace(requireWorkspacePath(ctx), (ws) => {
    const cat = loadWorkspaceCatalogue(ws);
    const order = new Map(cat.metrics.map((m, i) => [m.code, i]));
    const values = computeWorkspaceYear(ws, year).values.sort(
      (a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0) || dimsKey(a.dims).localeCompare(dimsKey(b.dims)),
    );
    if (ctx.flags['json']) {
      printJson(values.map(toKpiJson));
      return 0;
    }
    if (values.length === 0) {
      process.stdout.write(say('cli.kpis.none', { year }) + '\n');
      return 0;
    }
    const rows = values.map((v) => [
      v.code,
      dimsKey(v.dims),
      v.value === null && v.notDisclosed ? 'ND' : formatNumber(v.value, cat.byCode.get(v.code)?.decimals ?? 2),
      v.unit,
      v.trace?.asPublished ? say('cli.kpis.as_published') : say(`cli.kind.${v.kind}`),
    ]);
    process.stdout.write(renderTable(columns('code', 'dimensions', 'value', 'unit', 'kind'), rows, [2]) + '\n');
    return 0;
  });
}
