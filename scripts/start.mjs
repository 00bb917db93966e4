// `npm start [-- <workspace>]`: checks the Node.js version first (plain JavaScript, so the
// check runs on any Node), then runs main/start.ts in this same process through tsx's API.
//
// Stopping: Ctrl+C reaches every process of the terminal's group. A SIGTERM or SIGINT sent
// to npm alone reaches only the `sh -c` npm runs the script in, which dies without passing
// it on: this process then finds itself re-parented, and stops as if it had been signalled
// (main/host/serve.ts closes the workspace, releasing its lock; main/start.ts passes the
// signal on to Electron).
import { nodeVersionProblem } from './node-version.mjs';

const problem = nodeVersionProblem(process.version);
if (problem) {
  console.error(`start: ${problem}`);
  process.exit(1);
}

const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  process.kill(process.pid, 'SIGTERM');
}, 250);
watch.unref();

const { register } = await import('tsx/esm/api');
register();
await import('../main/start.ts');
