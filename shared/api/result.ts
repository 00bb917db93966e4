// Errors cross process boundaries as data: every API call answers with one of these.
import type { Message } from '../i18n/messages.js';

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
  'edition_published', // the year's report edition is published: its content is frozen
  'check_errors', // publication refused while check reports errors (named in issues)
  'stale', // the write was based on a view another window or connection has changed since: reload
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem of a refused input, by field path (e.g. `row.stakeholderScore`), so a form can show it beside the field. */
export interface FieldIssue {
  path: string;
  message: string;
  /** The problem as a message code with parameters (a check finding), for the edge to word; `message` is English. */
  text?: Message;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** For invalid_input and validation: every problem found, by field; nothing was written. */
  issues?: FieldIssue[];
  /** Parameters of the code, for the edge to word it in the user's language (e.g. { year }). */
  params?: Record<string, string | number>;
  /** The problem as a message code, for the UI to render in its language (`message` is English). */
  problem?: Message;
  /** A refused batch (`data:set-values`): each cell that cannot be saved, by its index in the request. */
  cells?: { index: number; problem: Message }[];
  /** A message code of the string table (e.g. export.error.noSoffice) the UI renders in its language. */
  messageCode?: string;
  /** A message code (shared/i18n) for the UI to say it in its language (company set-up). */
  key?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[], params?: Record<string, string | number>): { ok: false; error: ApiError } => ({
  ok: false,
  error: { code, message, ...(issues && issues.length ? { issues } : {}), ...(params && Object.keys(params).length ? { params } : {}) },
});
