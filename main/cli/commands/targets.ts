import { listQualitativeTargetJson, listTargetProgress, toTargetJson } from '../../services/targets-service.js';
import { formatNumber, printJson, renderTable } from '../output.js';
import { requireWorkspacePath, requireYear, withWorkspace, type CommandContext } from '../context.js';

export function runTargets(ctx: CommandContext): number {
  const year = requireYear(ctx);
  return withWorkspace(requireWorkspacePath(ctx), (ws) => {
    const list = listTargetProgress(ws, year);
    if (ctx.flags['json']) {
      printJson([...list.map(toTargetJson), ...listQualitativeTargetJson(ws, year)]);
      return 0;
    }
    const pct = (x: number | null) => (x === null ? '—' : `${formatNumber(x, 1)}%`);
    const num = (x: number | null) => (x === null ? '—' : formatNumber(x, 4));
    // share_pct targets without a baseline show how much of the target share is reached
    const progress = (p: (typeof list)[number]) => (p.progressPct === null && p.attainmentPct !== null ? `(${pct(p.attainmentPct)} of target)` : pct(p.progressPct));
    const rows = list.map((p) => [p.target.code, p.target.metric, p.target.type, `${p.target.baselineYear}→${p.target.targetYear}`, num(p.baseline), num(p.current), num(p.targetValue), pct(p.changePct), progress(p), p.status]);
    process.stdout.write(renderTable(['code', 'metric', 'type', 'period', 'baseline', 'current', 'target', 'change', 'progress', 'status'], rows, [4, 5, 6, 7, 8]) + '\n');
    const qualitative = listQualitativeTargetJson(ws, year);
    if (qualitative.length) {
      process.stdout.write('\nQualitative targets\n' + renderTable(['code', 'category', 'target', 'status'], qualitative.map((q) => [q.code, q.category, q.title_en, q.status_text_en])) + '\n');
    }
    return 0;
  });
}
