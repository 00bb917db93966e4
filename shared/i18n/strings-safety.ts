// Strings of the safety nets against lost work: drafts, the leave prompt, undo of a cleared
// value, factors that are not deleted by emptying a field, and the export's overwrite
// question. Merged into the one table in strings.ts; the Chinese table has the same keys.
export const safetyEn = {
  'draft.restored': 'Restored the text you had not saved in this window.',
  'leave.title': 'Leave without saving?',
  'leave.content': '{n} block(s) hold text the app could not save (see the message beside each). If you leave, the text stays as a draft in this window only.',
  'leave.leave': 'Leave anyway',
  'leave.stay': 'Stay and fix',
  'grid.cleared': 'Cleared the value of {metric}; its note, source and flag are kept.',
  'grid.clearedBare': 'Cleared the value of {metric}.',
  'grid.undoClear': 'Undo',
  'grid.undoneClear': 'Put back the value of {metric}.',
  'factors.emptyRefused': 'A factor is not removed by emptying its value: type a new value, or use “Remove” to delete it with its source.',
  'factors.remove': 'Remove',
  'factors.removeConfirm': 'Remove {factor} for {year}, with its source? Every KPI using it loses its value until a factor is entered again.',
  'factors.removed': 'Removed {factor}; {n} KPIs recomputed',
  'factors.cancel': 'Cancel',
  'export.replaceTitle': 'Replace the earlier export?',
  'export.replaceBody': 'These files are already in {folder}. Replacing them loses the earlier versions (copy them first to keep them).',
  'export.replaceOk': 'Replace',
  'export.replaceCancel': 'Keep them',
} as const;

export const safetyZh: Record<keyof typeof safetyEn, string> = {
  'draft.restored': '已還原此視窗中尚未儲存的內文。',
  'leave.title': '尚未儲存，確定離開？',
  'leave.content': '有 {n} 個區塊的內文未能儲存（原因見各區塊旁的訊息）。若離開，內文只會以草稿形式保留在此視窗中。',
  'leave.leave': '仍要離開',
  'leave.stay': '留下修改',
  'grid.cleared': '已清除「{metric}」的數值；其備註、來源及標記仍保留。',
  'grid.clearedBare': '已清除「{metric}」的數值。',
  'grid.undoClear': '復原',
  'grid.undoneClear': '已還原「{metric}」的數值。',
  'factors.emptyRefused': '清空數值不會刪除係數：請輸入新數值，或以「移除」連同其來源一併刪除。',
  'factors.remove': '移除',
  'factors.removeConfirm': '移除 {year} 年的「{factor}」及其來源？所有使用該係數的指標將沒有數值，直至重新輸入係數。',
  'factors.removed': '已移除「{factor}」，已重新計算 {n} 項指標',
  'factors.cancel': '取消',
  'export.replaceTitle': '取代先前匯出的檔案？',
  'export.replaceBody': '{folder} 中已有以下檔案。取代後先前的版本將不復存在（如需保留，請先複製）。',
  'export.replaceOk': '取代',
  'export.replaceCancel': '保留原檔',
};
