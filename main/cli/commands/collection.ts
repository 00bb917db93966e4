// `collection <workspace> --year <Y> [--json]`: per department, workbooks sent and returned
// and its metrics filled, submitted and approved, with the ones still open.
import { collectionDashboard } from '../../services/review-service.js';
import { requireWorkspacePath, requireYear, withWorkspace, type CommandContext } from '../context.js';
import { printJson, renderTable } from '../output.js';
import { columns } from '../cli-lang.js';

export async function runCollection(ctx: CommandContext): Promise<number> {
  const year = requireYear(ctx);
  return withWorkspace(requireWorkspacePath(ctx), (ws) => {
    const rows = collectionDashboard(ws, year);
    if (ctx.flags['json']) printJson(rows);
    else
      process.stdout.write(
        renderTable(
          columns('department', 'sent', 'returned', 'metrics', 'filled', 'submitted', 'approved', 'open'),
          rows.map((r) => [r.code, String(r.sent), String(r.returned), String(r.metrics), String(r.filled), String(r.submitted), String(r.approved), r.open.slice(0, 4).map((o) => `${o.metric}(${o.status})`).join(' ') + (r.open.length > 4 ? ' …' : '')]),
          [1, 2, 3, 4, 5, 6],
        ) + '\n',
      );
    return 0;
  });
}
