/** Why a load failed, in words a shopper can read; `httpStatus` is the HTTP status when the service answered. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  /** HTTP status of the last answer, when there was one. */
  readonly httpStatus?: number;
  /** True when asking again later may succeed (network fault, timeout, 5xx, 429). */
  readonly retryable: boolean;
  /** The last good document for the same address, which a view may keep showing, marked as stale. */
  readonly lastGood?: unknown;

  constructor(message: string, options: { httpStatus?: number; retryable: boolean; lastGood?: unknown; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.httpStatus !== undefined) this.httpStatus = options.httpStatus;
    this.retryable = options.retryable;
    if (options.lastGood !== undefined) this.lastGood = options.lastGood;
  }

  /** The same failure, carrying the last good document. */
  withLastGood(lastGood: unknown): LoadError {
    return new LoadError(this.message, { httpStatus: this.httpStatus, retryable: this.retryable, lastGood, cause: this.cause });
  }
}

/** Messages a shopper sees; short, no jargon. */
export const loadMessages = {
  offline: 'The rewards service could not be reached. Check your connection and try again.',
  timeout: 'The rewards service took too long to answer.',
  unavailable: 'The rewards service is unavailable right now.',
  busy: 'The rewards service is busy right now.',
  refused: 'The rewards service refused the request.',
  invalid: 'The rewards service sent an invalid response.',
  badAddress: 'The rewards address is not valid.',
  tokenOrigin: 'The token is sent only to this page\'s origin; name another origin in token-origin to send it there.',
  otherShopper: 'The rewards service answered for another shopper than the one signed in here.',
} as const;

/** The rejection every aborted caller gets; elements ignore it. */
export function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

/** True for an abort rejection, whichever copy of this module made it. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** True for a {@link LoadError}, even one made by another copy of vip-tiers sharing the same request. */
export function isLoadError(error: unknown): error is LoadError {
  return error instanceof LoadError || (error instanceof Error && error.name === 'LoadError');
}
