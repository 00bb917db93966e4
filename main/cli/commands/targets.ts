import { listQualitativeTargetJson, listTargetProgress, toTargetJson } from '../../services/targets-service.js';
import { formatNumber, printJson, renderTable } from '../output.js';
import { cliLang, columns, say } from '../cli-lang.js';
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
    const progress = (p: (typeof list)[number]) => (p.progressPct === null && p.attainmentPct !== null ? say('cli.targets.attainment', { pct: pct(p.attainmentPct) }) : pct(p.progressPct));
    const rows = list.map((p) => [p.target.code, p.target.metric, say(`targetsEdit.type.${p.target.type}`), `${p.target.baselineYear}→${p.target.targetYear}`, num(p.baseline), num(p.current), num(p.targetValue), pct(p.changePct), progress(p), say(`targets.status.${p.status}`)]);
    process.stdout.write(renderTable(columns('code', 'metric', 'type', 'period', 'baseline', 'current', 'target', 'change', 'progress', 'status'), rows, [4, 5, 6, 7, 8]) + '\n');
    const qualitative = listQualitativeTargetJson(ws, year);
    if (qualitative.length) {
      const en = cliLang() === 'en';
      const rows = qualitative.map((q) => [q.code, q.category, en ? q.title_en : q.title_zh, en ? q.status_text_en : q.status_text_zh]);
      process.stdout.write(`\n${say('cli.targets.qualitative')}\n` + renderTable(columns('code', 'category', 'target', 'status'), rows) + '\n');
    }
    return 0;
  });
}
