// Refusals of company set-up: a message code (`company.*`) with parameters, rendered at the edge.
export type CompanyErrorCode = 'validation' | 'exists' | 'not_found';

export class CompanyError extends Error {
  constructor(
    readonly code: CompanyErrorCode,
    /** A `company.*` string key. */
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    /** Field by field, for forms: the path and a `company.*` key. */
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}
