// A failed export as a message code with parameters: the CLI and the UI render it in their
// language (shared/i18n strings-publish.ts); the English rendering is the Error's message.
import { translate } from '../../shared/i18n/strings.js';

export type ExportErrorCode = 'export.error.invalidXml' | 'export.error.noSoffice' | 'export.error.noSofficeAt' | 'export.error.noUno' | 'export.error.pdfFailed';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    readonly params: Record<string, string | number>,
  ) {
    super(translate('en', code, params));
    this.name = 'ExportError';
  }
}
