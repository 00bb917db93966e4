// Text that people typed must never become a formula in a spreadsheet program. XLSX string
// cells are not formulas, but Excel and LibreOffice re-read a cell's text as input when it
// is edited, and other tools (and CSV round trips) treat a leading = + - @ tab or CR as a
// formula. Such text is stored with a leading apostrophe (the OWASP guidance), and every
// text cell we write is formatted as Text ('@') so that editing it keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export const TEXT_FORMAT = '@';
