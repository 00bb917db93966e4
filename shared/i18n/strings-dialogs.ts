// Titles, buttons and file-type names of the desktop app's native dialogs
// (main/electron/dialogs.ts), in the UI language the renderer told the shell.
export const dialogsEn = {
  'dialog.workspaceFiles': 'ESG workspace',
  'dialog.createTitle': 'New workspace',
  'dialog.createSampleTitle': 'New sample workspace',
  'dialog.openTitle': 'Open workspace',
  'dialog.exportTitle': 'Export to folder',
  'dialog.workbooksTitle': 'Save department workbooks to folder',
  'dialog.saveHere': 'Save here',
  'dialog.importTitle': 'Import',
  'dialog.importFiles': 'Data packages, targets, department workbooks',
  'dialog.importButton': 'Import',
};

export const dialogsZh: Record<keyof typeof dialogsEn, string> = {
  'dialog.workspaceFiles': 'ESG 工作區',
  'dialog.createTitle': '新增工作區',
  'dialog.createSampleTitle': '新增範例工作區',
  'dialog.openTitle': '開啟工作區',
  'dialog.exportTitle': '匯出至資料夾',
  'dialog.workbooksTitle': '將部門活頁簿儲存至資料夾',
  'dialog.saveHere': '儲存於此',
  'dialog.importTitle': '匯入',
  'dialog.importFiles': '數據包、目標檔、部門活頁簿',
  'dialog.importButton': '匯入',
};
