import { checkYear } from '../../services/check-service.js';
import { printJson, renderTable } from '../output.js';
import { requireWorkspacePath, requireYear, withWorkspace, type CommandContext } from '../context.js';

export function runCheck(ctx: CommandContext): number {
  const year = requireYear(ctx);
  return withWorkspace(requireWorkspacePath(ctx), (ws) => {
    const findings = checkYear(ws, year);
    if (ctx.flags['json']) printJson(findings);
    else if (findings.length === 0) process.stdout.write(`No findings for ${year}.\n`);
    else process.stdout.write(renderTable(['severity', 'rule', 'metric', 'message'], findings.map((f) => [f.severity, f.rule, f.metric, f.message])) + '\n');
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  });
}
