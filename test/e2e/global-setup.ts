// Builds the renderer bundle the host serves (a couple of seconds), once per run.
import { spawnSync } from 'node:child_process';

export default function globalSetup(): void {
  const r = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}
