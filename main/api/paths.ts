// Where a workspace is created or opened. The renderer never sends a path to write to: the
// Electron shell asks with a native dialog (main/electron/dialogs.ts), and the loopback host
// accepts only a bare file name, which it places in the one directory it was started with.
import { resolve, dirname, join } from 'node:path';
import { ApiFailure } from './failure.js';

export interface PathChooser {
  /** Path for a new workspace; `fileName` is what the host UI typed (the Electron shell asks instead). */
  forCreate(fileName: string | undefined, sample: boolean): Promise<string>;
  forOpen(fileName: string | undefined): Promise<string>;
}

export const WORKSPACE_EXT = '.esg';

/** The loopback host's chooser: bare file names inside `dir`, nothing else. */
export function directoryChooser(dir: string): PathChooser {
  const root = resolve(dir);
  const inDir = (fileName: string | undefined): string => {
    if (!fileName) throw new ApiFailure('invalid_input', 'Give the workspace a file name.');
    const name = fileName.trim().toLowerCase().endsWith(WORKSPACE_EXT) ? fileName.trim() : `${fileName.trim()}${WORKSPACE_EXT}`;
    const path = resolve(join(root, name));
    // The schema already refuses separators and "..": this is the second fence.
    if (dirname(path) !== root) throw new ApiFailure('forbidden', `Workspaces can only be created or opened in ${root}.`);
    return path;
  };
  return {
    forCreate: async (fileName) => inDir(fileName),
    forOpen: async (fileName) => inDir(fileName),
  };
}
