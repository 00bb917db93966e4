// `npm start [-- <workspace>]`: the Electron window where Electron can run; otherwise the same
// UI through the loopback host, in an app-style Chromium window (or just the URL to open).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ROOT } from './paths.js';
import { parseServeArgs, RENDERER_DIR, serve } from './host/serve.js';

/** The Electron binary's path, or why there is none. */
function findElectron(): { path: string } | { why: string } {
  const dir = join(APP_ROOT, 'node_modules', 'electron');
  if (!existsSync(join(dir, 'package.json'))) return { why: 'the electron package is not installed' };
  const txt = join(dir, 'path.txt');
  // Electron ≥ 45 downloads its binary on first use, not at npm install: try once.
  if (!existsSync(txt) && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log('Fetching the Electron binary (once)…');
    spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  }
  if (!existsSync(txt)) return { why: 'the Electron binary could not be downloaded (no access to its release server, or ELECTRON_SKIP_BINARY_DOWNLOAD is set)' };
  const bin = join(dir, 'dist', readFileSync(txt, 'utf8').trim());
  if (!existsSync(bin)) return { why: `the Electron binary is missing (${bin})` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { why: 'there is no display (DISPLAY / WAYLAND_DISPLAY unset)' };
  return { path: bin };
}

function ensureBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html')) && existsSync(join(APP_ROOT, 'out', 'main', 'index.js'))) return;
  console.log('Building the app (npm run build)…');
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: APP_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed');
}

function findBrowser(): string | undefined {
  const candidates = [process.env.ESG_BROWSER, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'].filter((c): c is string => Boolean(c));
  for (const c of candidates) {
    if (c.includes('/') ? existsSync(c) : spawnSync('which', [c], { stdio: 'ignore' }).status === 0) return c;
  }
  return undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  ensureBuilt();
  const electron = findElectron();
  if ('path' in electron) {
    const child = spawn(electron.path, [APP_ROOT, ...argv], { stdio: 'inherit' });
    // Stopping `npm start` stops the window too, and lets it close the workspace first.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  console.log(`Electron cannot run here: ${electron.why}.`);
  console.log('Opening the same UI through the loopback host instead.');
  const args = parseServeArgs(argv);
  if (!args.workspace) {
    const dir = join(homedir(), 'ESG Report Studio');
    mkdirSync(dir, { recursive: true });
    args.workspace = join(dir, 'sample.esg');
    args.sample = true;
  }
  const host = await serve(args);
  console.log(`ESG Report Studio is at ${host.url}`);
  const browser = findBrowser();
  const canShow = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (browser && canShow) {
    const profile = mkdtempSync(join(tmpdir(), 'esg-browser-'));
    const child = spawn(browser, [`--app=${host.url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-sync'], { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('Could not start a browser: open the URL above.'));
    child.unref();
  } else {
    console.log(browser ? 'No display to open a window on: open the URL above in a browser.' : 'No Chromium-based browser found: open the URL above in a browser.');
  }
}

main().catch((e: unknown) => {
  console.error(`start: ${(e as Error).message}`);
  process.exit(1);
});
