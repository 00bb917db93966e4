// Errors of the report-editing services, as data the API layer can map to its closed set of
// codes: not_found (no such section/block/row), invalid (the input failed validation; nothing
// was written), conflict (the id exists, or the move would make a section its own ancestor),
// published (the year's edition is published and frozen), check_errors (publication refused
// while `check` reports errors). `params` carry what the edge needs to word it per language.
import { ContentValidationError } from '../../shared/report/blocks.js';
import type { Message } from '../../shared/i18n/messages.js';

export type ReportErrorCode = 'not_found' | 'invalid' | 'conflict' | 'published' | 'check_errors';

export class ReportEditError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    message: string,
    readonly issues: { path: string; message: string; text?: Message }[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** Runs a parse and turns a validation failure into ReportEditError('invalid'). */
export function validated<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ContentValidationError) throw new ReportEditError('invalid', e.message, e.issues);
    const zodIssues = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    if (Array.isArray(zodIssues)) {
      const issues = zodIssues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      throw new ReportEditError('invalid', `${what} is not valid: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, issues);
    }
    throw e;
  }
}
