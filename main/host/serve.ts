// `npm run serve -- [<workspace>] [--dir <folder>] [--sample] [--port <n>]`
// Starts the loopback host and prints one line: the URL with its token.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { APP_ROOT } from '../paths.js';
import { createHostContext } from './context.js';
import { startHost, type Host } from './server.js';

export const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');

export interface ServeArgs {
  workspace?: string;
  dir?: string;
  sample: boolean;
  port: number;
}

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const args: ServeArgs = { sample: false, port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--dir') args.dir = argv[++i];
    else if (a === '--sample') args.sample = true;
    else if (a === '--port') args.port = Number(argv[++i]);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}; usage: serve [<workspace>] [--dir <folder>] [--sample] [--port <n>]`);
    else args.workspace = a;
  }
  return args;
}

/** Opens (or, with --sample, creates) the workspace and starts the host. */
export async function serve(args: ServeArgs): Promise<Host> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`the UI bundle is missing (${RENDERER_DIR}); run \`npm run build\` first`);
  }
  const workspace = args.workspace ? resolve(args.workspace) : undefined;
  const dir = resolve(args.dir ?? (workspace ? dirname(workspace) : process.cwd()));
  const ctx = createHostContext(dir);
  if (workspace) {
    if (!existsSync(workspace) && args.sample) ctx.session.create(workspace, true, ctx.actor);
    else ctx.session.open(workspace);
    ctx.recent.add(workspace);
  }
  const host = await startHost({ ctx, rendererDir: RENDERER_DIR, port: args.port });
  const stop = () => {
    ctx.session.close();
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    const host = await serve(parseServeArgs(process.argv.slice(2)));
    console.log(`ESG Report Studio is at ${host.url}`);
  } catch (e) {
    console.error(`serve: ${(e as Error).message}`);
    process.exit(1);
  }
}
