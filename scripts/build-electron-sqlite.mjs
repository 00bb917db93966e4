// Builds better-sqlite3 for Electron's ABI into native/electron-<version>/, beside (not over)
// the Node build in node_modules that the CLI and tests use. Run once on a machine with
// internet access (it downloads Electron's headers): `npm run build:electron-sqlite`.
// The Electron shell finds the result and hands it to better-sqlite3 as `nativeBinding`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const sqliteDir = join(root, 'node_modules', 'better-sqlite3');
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const outDir = join(root, 'native', `electron-${electronVersion}`);

const work = mkdtempSync(join(tmpdir(), 'esg-electron-sqlite-'));
cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${sqliteDir}/build`) });
let nodeGyp;
try {
  nodeGyp = createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
} catch {
  nodeGyp = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
}
if (!existsSync(nodeGyp)) {
  console.error('node-gyp not found: install it (npm i -g node-gyp) and run this again.');
  process.exit(1);
}
// npm_config_nodedir would make node-gyp use Node's headers instead of Electron's.
const env = { ...process.env };
for (const k of Object.keys(env)) if (k.toLowerCase() === 'npm_config_nodedir') delete env[k];
console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})…`);
const r = spawnSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, env, stdio: 'inherit' });
if (r.status !== 0) {
  console.error('The build failed. See README "The desktop app" for the Electron / better-sqlite3 version pair.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(outDir, 'better_sqlite3.node'));
rmSync(work, { recursive: true, force: true });
console.log(`Wrote ${join(outDir, 'better_sqlite3.node')}`);
