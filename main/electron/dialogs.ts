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
  };
}
