// The command line as users run it: the `esg-studio` bin (bin/esg-studio.mjs), which runs the
// esbuild bundle of main/cli and rebuilds it first when the sources changed.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BIN = join(ROOT, 'bin', 'esg-studio.mjs');

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], { encoding: 'utf8', env: { ...process.env, ESG_ACTOR: 'cli-test', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
