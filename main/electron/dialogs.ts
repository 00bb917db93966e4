// Native dialogs: in the Electron shell the user picks every path; the renderer never sends one.
// Their titles, buttons and file-type names follow the UI language (app:set-language).
import { dialog, type BrowserWindow } from 'electron';
import type { Lang } from '../../shared/domain.js';
import { translate } from '../../shared/i18n/strings.js';
import { ApiFailure } from '../api/failure.js';
import { WORKSPACE_EXT, type PathChooser } from '../api/paths.js';
import { EVIDENCE_EXTENSIONS } from '../../shared/review/evidence-file.js';

export function dialogChooser(window: () => BrowserWindow | undefined, lang: () => Lang): PathChooser {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang(), key);
  const filters = () => [{ name: t('dialog.workspaceFiles'), extensions: [WORKSPACE_EXT.slice(1)] }];
  return {
    async forCreate(_fileName, sample) {
      const w = window();
      const opts = {
        title: t(sample ? 'dialog.createSampleTitle' : 'dialog.createTitle'),
        filters: filters(),
        defaultPath: sample ? `sample${WORKSPACE_EXT}` : `company${WORKSPACE_EXT}`,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) throw new ApiFailure('cancelled', 'No file chosen.');
      return r.filePath.endsWith(WORKSPACE_EXT) ? r.filePath : `${r.filePath}${WORKSPACE_EXT}`;
    },
    async forOpen() {
      const w = window();
      const opts = { title: t('dialog.openTitle'), filters: filters(), properties: ['openFile' as const] };
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
        title: t(purpose === 'export' ? 'dialog.exportTitle' : 'dialog.workbooksTitle'),
        buttonLabel: t('dialog.saveHere'),
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
        title: t('dialog.importTitle'),
        buttonLabel: t('dialog.importButton'),
        filters: [{ name: t('dialog.importFiles'), extensions: ['csv', 'xlsx', 'docx'] }],
        properties: ['openFile' as const, 'multiSelections' as const],
      };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      if (r.canceled || r.filePaths.length === 0) throw new ApiFailure('cancelled', 'No file chosen.');
      return r.filePaths;
    },
    async forEvidence() {
      const w = window();
      const opts = {
        title: t('dialog.evidenceTitle'),
        filters: [{ name: t('dialog.evidenceFiles'), extensions: EVIDENCE_EXTENSIONS }],
        properties: ['openFile' as const],
      };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      const path = r.filePaths[0];
      if (r.canceled || !path) throw new ApiFailure('cancelled', 'No file chosen.');
      return path;
    },
    importCandidates: () => ({ folder: null, files: [] }),
  };
}

/** Asks for LibreOffice's soffice program; main stores the path (the renderer never sends one). */
export async function chooseSofficeDialog(window: () => BrowserWindow | undefined, lang: () => Lang): Promise<string> {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang(), key);
  const w = window();
  const opts = {
    title: t('dialog.sofficeTitle'),
    buttonLabel: t('dialog.sofficeButton'),
    ...(process.platform === 'win32' ? { filters: [{ name: 'soffice.exe', extensions: ['exe'] }] } : {}),
    properties: ['openFile' as const],
  };
  const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
  const path = r.filePaths[0];
  if (r.canceled || !path) throw new ApiFailure('cancelled', 'No file chosen.');
  return path;
}
