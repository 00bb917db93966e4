// Recent workspaces, kept in a small JSON file in the app's settings folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RecentEntry } from '../../shared/api/contract.js';

const MAX = 10;

export function createRecentList(settingsDir: string) {
  const file = join(settingsDir, 'recent.json');
  const read = (): { path: string; openedAt: string }[] => {
    try {
      const list = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return Array.isArray(list) ? list.filter((x): x is { path: string; openedAt: string } => typeof x?.path === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    list(): RecentEntry[] {
      return read().map((r) => ({ id: r.path, fileName: basename(r.path), folder: dirname(r.path), openedAt: r.openedAt }));
    },
    /** The path of a listed entry; undefined for anything not on the list. */
    resolve(id: string): string | undefined {
      return read().find((r) => r.path === id)?.path;
    },
    add(path: string): void {
      const list = [{ path, openedAt: new Date().toISOString() }, ...read().filter((r) => r.path !== path)].slice(0, MAX);
      mkdirSync(settingsDir, { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(list, null, 2));
      renameSync(`${file}.tmp`, file);
    },
  };
}
export type RecentList = ReturnType<typeof createRecentList>;
