// Where files are read and written. The renderer never sends a path to write to: the
// Electron shell asks with a native dialog (main/electron/dialogs.ts), and the loopback host
// accepts only bare file names, which it places in (or reads from) the one directory it was
// started with. Exports and department workbooks go to a folder main chooses, under names
// main derives; import inputs are chosen with a dialog (Electron) or by bare name among the
// files of the host's folder.
import { readdirSync, statSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import type { ImportCandidates } from '../../shared/api/contract.js';
import { ApiFailure } from './failure.js';

export interface PathChooser {
  /** Path for a new workspace; `fileName` is what the host UI typed (the Electron shell asks instead). */
  forCreate(fileName: string | undefined, sample: boolean): Promise<string>;
  forOpen(fileName: string | undefined): Promise<string>;
  /** The folder exports or department workbooks are written to. */
  forOutputFolder(purpose: 'export' | 'sheets'): Promise<string>;
  /** Files to import: the host resolves the names given; Electron asks (names are ignored). */
  forImport(fileNames: readonly string[] | undefined): Promise<string[]>;
  /** An evidence file to attach: the host resolves the bare name given; Electron asks (the name is ignored). */
  forEvidence(fileName: string | undefined): Promise<string>;
  /** Host: what can be imported from its folder; Electron: nothing listed (a dialog asks). */
  importCandidates(): ImportCandidates;
}

export const WORKSPACE_EXT = '.esg';
const IMPORTABLE = /\.(csv|xlsx|docx)$/i;

/** The loopback host's chooser: bare file names inside `dir`, nothing else. */
export function directoryChooser(dir: string): PathChooser {
  const root = resolve(dir);
  // The schemas already refuse separators and "..": this is the second fence.
  const inRoot = (name: string): string => {
    const path = resolve(join(root, name));
    if (dirname(path) !== root) throw new ApiFailure('forbidden', `Files can only be read or written in ${root}.`);
    return path;
  };
  const inDir = (fileName: string | undefined): string => {
    if (!fileName) throw new ApiFailure('invalid_input', 'Give the workspace a file name.');
    const name = fileName.trim().toLowerCase().endsWith(WORKSPACE_EXT) ? fileName.trim() : `${fileName.trim()}${WORKSPACE_EXT}`;
    return inRoot(name);
  };
  return {
    forCreate: async (fileName) => inDir(fileName),
    forOpen: async (fileName) => inDir(fileName),
    forOutputFolder: async () => root,
    forImport: async (fileNames) => {
      if (!fileNames?.length) throw new ApiFailure('invalid_input', 'Choose at least one file to import.');
      return fileNames.map((n) => {
        if (!IMPORTABLE.test(n)) throw new ApiFailure('forbidden', `${n}: only .csv and .xlsx files are imported.`);
        return inRoot(n);
      });
    },
    forEvidence: async (fileName) => {
      if (!fileName) throw new ApiFailure('invalid_input', 'Choose the file to attach.');
      return inRoot(fileName);
    },
    importCandidates: () => {
      const files = readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isFile() && IMPORTABLE.test(e.name) && !e.name.startsWith('.'))
        .map((e) => {
          const st = statSync(join(root, e.name));
          return { name: e.name, bytes: st.size, modified: st.mtime.toISOString() };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      return { folder: root, files };
    },
  };
}
