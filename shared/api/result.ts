// Errors cross process boundaries as data: every API call answers with one of these.

/** The closed set of error codes the UI (and tests) can rely on. */
export const ERROR_CODES = [
  'invalid_input', // the request does not match the method's schema
  'validation', // well-formed, but the value is not acceptable (unit, number, dimension...)
  'unknown_method',
  'no_workspace', // a method that needs an open workspace was called without one
  'read_only', // the workspace is open read-only (another process holds it)
  'not_found',
  'exists',
  'not_workspace',
  'too_new',
  'forbidden', // e.g. a path outside the allowed directory
  'cancelled', // the user closed a dialog
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem of a refused input, by field path (e.g. `row.stakeholderScore`), so a form can show it beside the field. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** For invalid_input and validation: every problem found, by field; nothing was written. */
  issues?: FieldIssue[];
  /** A message code (shared/i18n) and its parameters, for the UI to say it in its language. */
  key?: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): { ok: false; error: ApiError } => ({
  ok: false,
  error: issues && issues.length ? { code, message, issues } : { code, message },
});
