// Strings of the safety nets against lost work: drafts, the leave prompt, undo of a cleared
// value, factors that are not deleted by emptying a field, and the export's overwrite
// question. Merged into the one table in strings.ts; the Chinese table has the same keys.
export const safetyEn = {
  'draft.restored': 'Restored the text you had not saved in this window.',
  'leave.title': 'Leave without saving?',
  'leave.content': '{n} block(s) hold text the app could not save (see the message beside each). If you leave, the text stays as a draft in this window only.',
  'leave.leave': 'Leave anyway',
  'leave.stay': 'Stay and fix',
} as const;

export const safetyZh: Record<keyof typeof safetyEn, string> = {
  'draft.restored': '已還原此視窗中尚未儲存的內文。',
  'leave.title': '尚未儲存，確定離開？',
  'leave.content': '有 {n} 個區塊的內文未能儲存（原因見各區塊旁的訊息）。若離開，內文只會以草稿形式保留在此視窗中。',
  'leave.leave': '仍要離開',
  'leave.stay': '留下修改',
};
