// The command line as shipped: main/cli bundled by esbuild into out/cli, one chunk per
// command (code splitting), so a command loads only the modules it uses and no TypeScript
// loader starts. Plain JavaScript on purpose: the bin launcher and `npm install` (prepare)
// run it before anything is compiled.
//
// Layout: out/cli/manifest.json names the current build (out/cli/b-<id>/index.mjs) and the
// inputs it was built from (each source file's mtime and size; for a dependency, its
// package.json). A build goes to a fresh folder and the manifest is replaced by a rename,
// so processes starting while another rebuilds always run a complete build.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ROOT, 'out', 'cli');
const MANIFEST = join(CLI_OUT, 'manifest.json');
const ENTRY_SOURCE = join(ROOT, 'main', 'cli', 'index.ts');
/** Native modules stay outside the bundle, loaded from node_modules at run time. */
const EXTERNAL = ['better-sqlite3', '@resvg/resvg-js'];
/** Builds replaced longer ago than this are removed by the next build. */
const OLD_BUILD_MS = 10 * 60 * 1000;

function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
}

function fingerprint(abs) {
  try {
    const s = statSync(abs);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return 'missing';
  }
}

function changedSince(abs, ms) {
  try {
    return statSync(abs).mtimeMs >= ms;
  } catch {
    return false;
  }
}

/** The bundle's entry if the current build matches its inputs, else undefined. */
export function freshEntry() {
  const m = readManifest();
  if (!m) return undefined;
  const entry = join(CLI_OUT, m.entry);
  if (!existsSync(entry)) return undefined;
  // An installed copy without sources (nothing to rebuild from): the build is what ships.
  if (!existsSync(ENTRY_SOURCE)) return entry;
  for (const [rel, fp] of Object.entries(m.inputs)) if (fingerprint(join(ROOT, rel)) !== fp) return undefined;
  return entry;
}

/** A dependency file stands for its package: the package.json changes when the version does. */
function inputKey(file) {
  const parts = file.split('/');
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return file;
  const n = parts[i + 1]?.startsWith('@') ? 2 : 1;
  return [...parts.slice(0, i + 1 + n), 'package.json'].join('/');
}

/** Builds the bundle into a fresh folder and makes it current; returns its entry. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const id = `b-${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(CLI_OUT, id);
  // A source saved while esbuild reads it (an editor, a `git stash`) must not be recorded as
  // built: anything changed since this moment is fingerprinted as stale, so the next run rebuilds.
  const startedMs = Date.now() - 1;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [{ in: ENTRY_SOURCE, out: 'index' }],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    external: EXTERNAL,
    // CommonJS dependencies (exceljs, jszip…) call require() for Node's own modules.
    banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
    metafile: true,
    // Less text for V8 to compile at every start; names stay, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  // The store reads its SQL migrations beside its own module, which is now a chunk here.
  cpSync(join(ROOT, 'main', 'store', 'migrations'), join(outdir, 'migrations'), { recursive: true });
  // Which sources each chunk holds: the bench and the tests check what a command loads.
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  const inputs = {};
  // The copied migrations count as inputs too: a new, changed or removed one makes the build stale.
  const migrations = ['main/store/migrations', ...readdirSync(join(ROOT, 'main', 'store', 'migrations')).map((f) => `main/store/migrations/${f}`)];
  const files = [...Object.keys(result.metafile.inputs).map(inputKey), relative(ROOT, fileURLToPath(import.meta.url)).split(sep).join('/'), 'package.json', ...migrations];
  for (const rel of files) inputs[rel] = changedSince(join(ROOT, rel), startedMs) ? 'changed during the build' : fingerprint(join(ROOT, rel));
  // The build being replaced counts its age from now: a process that has just read the old
  // manifest still finds its chunks.
  const previous = readManifest()?.entry.split('/')[0];
  if (previous) touch(join(CLI_OUT, previous));
  const tmp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ entry: `${id}/index.mjs`, inputs }, null, 1));
  renameSync(tmp, MANIFEST);
  removeOldBuilds(id);
  return join(outdir, 'index.mjs');
}

function touch(dir) {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // already gone
  }
}

/** Builds older than OLD_BUILD_MS (counted from when they stopped being current). */
function removeOldBuilds(current) {
  for (const name of readdirSync(CLI_OUT)) {
    if (!name.startsWith('b-') || name === current) continue;
    const dir = join(CLI_OUT, name);
    try {
      if (Date.now() - statSync(dir).mtimeMs > OLD_BUILD_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // another process removed it first
    }
  }
}

/** The entry of a bundle that matches the sources, building it first when needed. */
export async function ensureCli() {
  const entry = freshEntry();
  if (entry) return entry;
  mkdirSync(CLI_OUT, { recursive: true });
  return buildCli();
}

// `node scripts/cli-bundle.mjs`: build now (npm's prepare step after `npm install`).
// Without esbuild (an install that left out devDependencies) there is nothing to build with:
// say so and let the install finish; the launcher repeats the advice if the bundle is missing.
if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const hasEsbuild = await import('esbuild').then(() => true, () => false);
  if (!hasEsbuild) {
    console.log('CLI bundle not built: esbuild is not installed (npm install without --omit=dev builds it).');
  } else {
    mkdirSync(CLI_OUT, { recursive: true });
    const entry = await buildCli();
    console.log(`CLI bundle: ${relative(ROOT, entry)}`);
  }
}
