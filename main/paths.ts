import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or installed app) root: main/ sits right under it. */
export const APP_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TEMPLATES_DIR = join(APP_ROOT, 'templates');
