// UI strings of the review aids: the open check errors on the export screen (with a jump to
// where each is fixed), labelled file buttons in place of the browser's own "Choose file"
// texts, and words the zh-Hant walk found still in English.
export const reviewEn = {
  'review.errorsTitle': 'Check still reports {n} error(s) for {year}: the exported report is marked as a draft',
  'review.draftTitle': 'The {year} edition is not published: the exported report is marked as a draft',
  'review.errorsNone': 'check reports no errors for {year}.',
  'review.jump': 'Go to',
  'review.jumpSection': 'Go to section',
  'review.jumpCell': 'Go to cell',
  'file.choose': 'Choose file…',
  'file.chooseMany': 'Choose files…',
  'file.none': 'No file chosen',
  'file.count': '{n} file(s) chosen',
  'history.na': 'NA ({reason})',
  'history.estimated': 'estimated',
  'history.note': 'note: {note}',
  'history.source': 'source: {source}',
  'history.ctx.edit': 'grid',
  'history.ctx.undo': 'undo',
  'history.ctx.import': 'import {where}',
  'history.ctx.carried': 'carried forward from {year}',
} as const;

export const reviewZh: Record<keyof typeof reviewEn, string> = {
  'review.errorsTitle': '檢查仍報告{year}年有{n}項錯誤：匯出的報告標示為草稿',
  'review.draftTitle': '{year}年版本尚未發佈：匯出的報告標示為草稿',
  'review.errorsNone': '檢查未報告{year}年有任何錯誤。',
  'review.jump': '前往',
  'review.jumpSection': '前往章節',
  'review.jumpCell': '前往儲存格',
  'file.choose': '選擇檔案…',
  'file.chooseMany': '選擇檔案…',
  'file.none': '未選擇檔案',
  'file.count': '已選擇{n}個檔案',
  'history.na': '不適用（{reason}）',
  'history.estimated': '估算值',
  'history.note': '備註：{note}',
  'history.source': '來源：{source}',
  'history.ctx.edit': '表格填報',
  'history.ctx.undo': '復原',
  'history.ctx.import': '匯入 {where}',
  'history.ctx.carried': '由{year}年沿用',
};
