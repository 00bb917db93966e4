// Strings of publishing: the PDF export, its progress, and why an export failed. Merged into
// the one table in strings.ts; the Chinese table must have the same keys and placeholders.
export const publishEn = {
  'publish.reasonRequired': 'A forced publication needs a reason.',
  'publish.unpublishReasonRequired': 'Unpublishing needs a reason.',
  'publish.notPublished': 'The {year} report is not published.',
  'export.pdf': 'Report (PDF, through LibreOffice)',
  'export.pdf.hint': 'The PDF has a contents page with page numbers and bookmarks. It needs LibreOffice; the Word file then also gets the page numbers in its contents.',
  'export.step.build': 'building',
  'export.step.layout': 'laying out pages in LibreOffice',
  'export.step.write': 'writing',
  'export.running.step': 'Writing {file} ({done} of {total}): {step}',
  'export.error.invalidXml': 'The file would not open in Word or Excel: its part {part} is not well-formed XML at line {line}, column {column} ({reason}). Nothing was written.',
  'export.error.noSoffice': 'PDF export needs LibreOffice, and its soffice program was not found. Install LibreOffice, or choose its soffice program: in the export screen (desktop app), with esg-studio prefs --soffice <path>, or in ESG_SOFFICE.',
  'export.error.noSofficeAt': 'PDF export needs LibreOffice, and its soffice program was not found at {path}. Install LibreOffice, or choose its soffice program: in the export screen (desktop app), with esg-studio prefs --soffice <path>, or in ESG_SOFFICE.',
  'export.error.noUno': 'PDF export found LibreOffice ({soffice}) but no Python with its uno module. On Linux install python3-uno, or set ESG_SOFFICE_PYTHON to a Python that has it.',
  'export.error.pdfFailed': 'LibreOffice could not make the PDF: {reason}',
} as const;

export const publishZh: Record<keyof typeof publishEn, string> = {
  'publish.reasonRequired': '強制發佈須註明原因。',
  'publish.unpublishReasonRequired': '取消發佈須註明原因。',
  'publish.notPublished': '{year}年報告尚未發佈。',
  'export.pdf': '報告（PDF，經 LibreOffice 產生）',
  'export.pdf.hint': 'PDF 附有標示頁碼的目錄及書籤。需要安裝 LibreOffice；屆時 Word 檔的目錄亦會附上頁碼。',
  'export.step.build': '正在建立',
  'export.step.layout': '正在以 LibreOffice 排版',
  'export.step.write': '正在寫入',
  'export.running.step': '正在寫入 {file}（第 {done} 個，共 {total} 個）：{step}',
  'export.error.invalidXml': '檔案將無法以 Word 或 Excel 開啟：其部分 {part} 在第 {line} 行第 {column} 欄不是格式正確的 XML（{reason}）。未有寫入任何檔案。',
  'export.error.noSoffice': '匯出 PDF 需要 LibreOffice，但找不到其 soffice 程式。請安裝 LibreOffice，或指定其 soffice 程式：於匯出畫面（桌面應用程式）、以 esg-studio prefs --soffice <path>，或於 ESG_SOFFICE 設定。',
  'export.error.noSofficeAt': '匯出 PDF 需要 LibreOffice，但在 {path} 找不到其 soffice 程式。請安裝 LibreOffice，或指定其 soffice 程式：於匯出畫面（桌面應用程式）、以 esg-studio prefs --soffice <path>，或於 ESG_SOFFICE 設定。',
  'export.error.noUno': '已找到 LibreOffice（{soffice}），但找不到附有其 uno 模組的 Python。在 Linux 請安裝 python3-uno，或將 ESG_SOFFICE_PYTHON 設為附有該模組的 Python。',
  'export.error.pdfFailed': 'LibreOffice 未能產生 PDF：{reason}',
};
