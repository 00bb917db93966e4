// Refusals of the people, review and evidence services: a `review.*` message code with its
// parameters, worded in zh-Hant or en by the CLI and the UI (shared/i18n/strings-review.ts).
export type ReviewErrorCode = 'validation' | 'forbidden' | 'not_found' | 'exists';

export class ReviewError extends Error {
  constructor(
    readonly code: ReviewErrorCode,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}
