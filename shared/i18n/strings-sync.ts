// Strings of imports that merge (the fields a preview lists as changing) and of several
// windows on one workspace (a write based on a stale view). Merged into the one table in
// strings.ts; the Chinese table has the same keys.
export const syncEn = {
  'import.changes': 'Changes',
  'import.field.value': 'value',
  'import.field.unit': 'unit entered',
  'import.field.note': 'note',
  'import.field.source': 'source',
  'import.field.footnote': 'report footnote',
  'import.field.estimated': 'estimated',
  'import.fieldChange': '{field}: {old} → {new}',
  'import.empty': '(none)',
  'import.yes': 'yes',
  'import.no': 'no',
  'sync.stale': 'Changed by someone else — reload. The view now shows the current values.',
  'error.stale': 'Changed by someone else — reload.',
} as const;

export const syncZh: Record<keyof typeof syncEn, string> = {
  'import.changes': '變更內容',
  'import.field.value': '數值',
  'import.field.unit': '填報單位',
  'import.field.note': '備註',
  'import.field.source': '來源',
  'import.field.footnote': '報告腳註',
  'import.field.estimated': '估算',
  'import.fieldChange': '{field}：{old} → {new}',
  'import.empty': '（無）',
  'import.yes': '是',
  'import.no': '否',
  'sync.stale': '已被其他人更改，請重新載入。畫面現已顯示最新數值。',
  'error.stale': '已被其他人更改，請重新載入。',
};
