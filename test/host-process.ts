// The loopback host in a process of its own, as a user runs it (`serve`): used by the
// end-to-end tests and by the grid bench. Resolves with the URL (with its token) it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface HostProcess {
  url: string;
  child: ChildProcess;
}

/** Starts `serve` with the given arguments; rejects (and stops it) if no URL comes within `timeoutMs`. */
export async function spawnHost(serveArgs: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'main/host/serve.ts'), ...serveArgs], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((ok, ko) => {
      let out = '';
      const timer = setTimeout(() => ko(new Error(`host did not start within ${timeoutMs / 1000} s: ${out}`)), timeoutMs);
      const onData = (c: Buffer) => {
        out += c.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          ok(m[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        ko(new Error(`host exited ${code}: ${out}`));
      });
    });
    return { url, child };
  } catch (e) {
    await stopHost(child);
    throw e;
  }
}

/** SIGTERM lets the host close the workspace (and its lock); SIGKILL if it does not go in 10 s. */
export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}
