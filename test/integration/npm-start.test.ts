// `npm start` as a user runs it, stopped the way a terminal (Ctrl+C: SIGINT to the whole
// process group), a service manager or a script (SIGTERM to the npm process alone) stops it.
// The host must stop, release the workspace lock and leave no process behind.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPath } from '../../main/store/workspace-lock.js';
import { tempDir } from '../helpers.js';
import { ROOT } from '../cli-process.js';

interface Started {
  npm: ChildProcess;
  output: () => string;
}

async function npmStart(workspace: string, ownGroup: boolean): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ESG_SETTINGS_DIR: tempDir() };
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  const npm = spawn('npm', ['start', '--', workspace, '--sample'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: ownGroup });
  let out = '';
  await new Promise<void>((ok, ko) => {
    // npm start builds the app first when out/ has no build (a fresh clone): allow for it.
    const timer = setTimeout(() => ko(new Error(`npm start printed no URL: ${out}`)), 150_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      if (/ESG Report Studio is at http:\/\/127\.0\.0\.1:\d+\//.test(out)) {
        clearTimeout(timer);
        ok();
      }
    };
    npm.stdout?.on('data', onData);
    npm.stderr?.on('data', onData);
    npm.once('exit', (code) => {
      clearTimeout(timer);
      ko(new Error(`npm start exited ${code}: ${out}`));
    });
  });
  return { npm, output: () => out };
}

/** Processes whose command line names the workspace (the host that holds it open). */
function processesHolding(workspace: string): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter((l) => l.includes(workspace) && !l.includes(' ps '));
}

async function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((ok) => {
    const timer = setTimeout(() => ok(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      ok(true);
    });
  });
}

async function gone(workspace: string, ms: number): Promise<boolean> {
  for (const t0 = Date.now(); Date.now() - t0 < ms; await new Promise((r) => setTimeout(r, 100))) {
    if (processesHolding(workspace).length === 0 && !existsSync(lockPath(workspace))) return true;
  }
  return false;
}

describe('npm start', { timeout: 240_000 }, () => {
  const cases = [
    { signal: 'SIGTERM', to: 'npm', how: 'SIGTERM to npm alone (a script, a service manager)' },
    { signal: 'SIGINT', to: 'group', how: 'SIGINT to its process group (Ctrl+C in the terminal)' },
  ] as const;
  for (const { signal, to, how } of cases) {
    it(`stops the host and releases the workspace lock on ${how}`, async () => {
      const workspace = join(tempDir(), `start-${signal}.esg`);
      const { npm, output } = await npmStart(workspace, to === 'group');
      try {
        expect(existsSync(lockPath(workspace))).toBe(true);
        expect(processesHolding(workspace).length).toBeGreaterThan(0);
        if (to === 'group') process.kill(-(npm.pid as number), signal);
        else npm.kill(signal);
        expect(await exited(npm, 15_000), output()).toBe(true);
        expect(await gone(workspace, 15_000), processesHolding(workspace).join('\n')).toBe(true);
      } finally {
        // Whatever the outcome, leave nothing running.
        for (const line of processesHolding(workspace)) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
      }
    });
  }
});
