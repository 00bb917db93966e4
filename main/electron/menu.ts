// Native menus with the usual shortcuts; commands reach the renderer as typed events.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/contract.js';
import { ipcEventChannel } from '../../shared/api/client.js';

export function installMenu(window: () => BrowserWindow | undefined): void {
  const send = (command: MenuCommand) => () => window()?.webContents.send(ipcEventChannel('menu'), { command });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: send('new-empty') },
        { label: 'New Sample Workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: send('new-sample') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { label: 'Close Workspace', accelerator: 'CmdOrCtrl+W', click: send('close') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo of saved edits (the grid's own text undo works inside an open editor).
        { label: 'Undo Last Edit', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Data Entry', accelerator: 'CmdOrCtrl+1', click: send('screen-data') },
        { label: 'KPI Overview', accelerator: 'CmdOrCtrl+2', click: send('screen-kpi') },
        { label: 'Factors', accelerator: 'CmdOrCtrl+3', click: send('screen-factors') },
        { label: 'Report Outline', accelerator: 'CmdOrCtrl+4', click: send('screen-outline') },
        { label: 'Targets and Checks', accelerator: 'CmdOrCtrl+5', click: send('screen-targets') },
        { label: 'Import', accelerator: 'CmdOrCtrl+6', click: send('screen-import') },
        { label: 'Export', accelerator: 'CmdOrCtrl+E', click: send('screen-export') },
        { type: 'separator' },
        { label: '繁體中文', click: send('lang-zh') },
        { label: 'English', click: send('lang-en') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
