// Native dialogs: in the Electron shell the user picks every path; the renderer never sends one.
import { dialog, type BrowserWindow } from 'electron';
import { ApiFailure } from '../api/failure.js';
import { WORKSPACE_EXT, type PathChooser } from '../api/paths.js';

const filters = [{ name: 'ESG workspace', extensions: [WORKSPACE_EXT.slice(1)] }];

export function dialogChooser(window: () => BrowserWindow | undefined): PathChooser {
  return {
    async forCreate(_fileName, sample) {
      const w = window();
      const opts = { filters, defaultPath: sample ? `sample${WORKSPACE_EXT}` : `company${WORKSPACE_EXT}`, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) throw new ApiFailure('cancelled', 'No file chosen.');
      return r.filePath.endsWith(WORKSPACE_EXT) ? r.filePath : `${r.filePath}${WORKSPACE_EXT}`;
    },
    async forOpen() {
      const w = window();
      const opts = { filters, properties: ['openFile' as const] };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      const path = r.filePaths[0];
      if (r.canceled || !path) throw new ApiFailure('cancelled', 'No file chosen.');
      return path;
    },
    // Exports write several files (report and annex, per language) under names main derives,
    // so the user picks the folder once.
    async forOutputFolder(purpose) {
      const w = window();
      const opts = {
        title: purpose === 'export' ? 'Export to folder' : 'Save department workbooks to folder',
        buttonLabel: 'Save here',
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      const path = r.filePaths[0];
      if (r.canceled || !path) throw new ApiFailure('cancelled', 'No folder chosen.');
      return path;
    },
    async forImport() {
      const w = window();
      const opts = {
        title: 'Import',
        filters: [{ name: 'Data packages, targets, department workbooks', extensions: ['csv', 'xlsx'] }],
        properties: ['openFile' as const, 'multiSelections' as const],
      };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      if (r.canceled || r.filePaths.length === 0) throw new ApiFailure('cancelled', 'No file chosen.');
      return r.filePaths;
    },
    importCandidates: () => ({ folder: null, files: [] }),
  };
}
