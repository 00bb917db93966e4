import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository (or installed app) root: the nearest folder above this module holding
 * templates/. From source that is main/..; from the Electron bundle (out/main) it is out/..
 */
function findAppRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const up = resolve(dir, '..');
    if (existsSync(join(up, 'templates')) && existsSync(join(up, 'package.json'))) return up;
    dir = up;
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..');
}

export const APP_ROOT = findAppRoot();
export const TEMPLATES_DIR = join(APP_ROOT, 'templates');
