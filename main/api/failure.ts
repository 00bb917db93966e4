import type { ErrorCode } from '../../shared/api/result.js';

/** Thrown inside handlers; the dispatcher turns it into `{ ok: false, error }`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
