#!/usr/bin/env node
// `esg-studio <command>` (and `npm run cli -- <command>`): runs the bundled command line,
// rebuilding the bundle first if it is missing or older than the sources (see
// scripts/cli-bundle.mjs). The check costs a few milliseconds of stat calls.
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { ensureCli } from '../scripts/cli-bundle.mjs';

// Node ≥ 22.1 keeps V8's compiled code between runs; Node 20 has no such cache.
module.enableCompileCache?.();

let entry;
try {
  entry = await ensureCli();
} catch (e) {
  process.stderr.write(`esg-studio: the command-line bundle is missing and could not be built (${e.message}).\nRun \`npm install\` (or \`npm run build:cli\`) in ${new URL('..', import.meta.url).pathname}\n`);
  process.exit(1);
}
await import(pathToFileURL(entry).href);
