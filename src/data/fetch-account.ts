/** One load of an account document: timeout per attempt, bounded retries, and a strict reading of the answer. */
import { LoadError, abortError, loadMessages } from './errors.js';
import { parseJson, readText } from './json.js';
import { backoffDelay, parseRetryAfter, retryAfterLimitMs } from './retry.js';

export type AccountResponse =
  | { readonly kind: 'document'; readonly body: unknown }
  | { readonly kind: 'unauthorized' };

export interface LoadSettings {
  /** Milliseconds one attempt may take, answer and body included. */
  readonly timeoutMs: number;
  /** First backoff step in milliseconds; each later step doubles. */
  readonly backoffMs: number;
  /** Source of jitter in [0, 1). */
  readonly random: () => number;
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
}

type AttemptResult =
  | { readonly kind: 'done'; readonly response: AccountResponse }
  | { readonly kind: 'failed'; readonly error: LoadError; readonly retry: boolean; readonly retryAfterMs?: number };

const liveTimers = new Set<ReturnType<typeof setTimeout>>();

/** Timeouts and backoff pauses of this module still pending: 0 once every load has settled or been aborted. */
export function pendingTimerCount(): number {
  return liveTimers.size;
}

function startTimer(run: () => void, ms: number): ReturnType<typeof setTimeout> {
  const id = setTimeout(() => {
    liveTimers.delete(id);
    run();
  }, ms);
  liveTimers.add(id);
  return id;
}

function stopTimer(id: ReturnType<typeof setTimeout>): void {
  clearTimeout(id);
  liveTimers.delete(id);
}

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts; leaves nothing behind. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      stopTimer(timer);
      reject(abortError());
    };
    const timer = startTimer(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

const jsonType = /^[\w.+-]+\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

async function readAnswer(response: Response): Promise<AttemptResult> {
  const { status } = response;
  if (status === 401) {
    discardBody(response);
    return { kind: 'done', response: { kind: 'unauthorized' } };
  }
  if (status === 429 || status >= 500) {
    discardBody(response);
    const retryAfterMs =
      status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after'), Date.now()) : undefined;
    const message = status === 429 ? loadMessages.busy : loadMessages.unavailable;
    const error = new LoadError(message, { httpStatus: status, retryable: true });
    return retryAfterMs === undefined
      ? { kind: 'failed', error, retry: true }
      : { kind: 'failed', error, retry: true, retryAfterMs };
  }
  if (status < 200 || status > 299) {
    discardBody(response);
    return { kind: 'failed', error: new LoadError(loadMessages.refused, { httpStatus: status, retryable: false }), retry: false };
  }
  const invalid = (cause?: unknown): AttemptResult => ({
    kind: 'failed',
    error: new LoadError(loadMessages.invalid, { httpStatus: status, retryable: false, cause }),
    retry: false,
  });
  // A login page or a proxy's HTML error page often arrives with 200: only JSON is a document.
  if (!jsonType.test(response.headers.get('content-type') ?? '')) {
    discardBody(response);
    return invalid();
  }
  const text = await readText(response);
  try {
    return { kind: 'done', response: { kind: 'document', body: await parseJson(text) } };
  } catch (error) {
    return invalid(error);
  }
}

async function attempt(url: string, init: RequestInit, signal: AbortSignal, timeoutMs: number): Promise<AttemptResult> {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const timer = startTimer(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    return await readAnswer(response);
  } catch (error) {
    if (signal.aborted) throw abortError();
    const message = timedOut ? loadMessages.timeout : loadMessages.offline;
    return { kind: 'failed', error: new LoadError(message, { retryable: true, cause: error }), retry: true };
  } finally {
    stopTimer(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Loads the account document at `url` (absolute), retrying network faults, timeouts, 5xx and 429 with jittered
 * backoff; 429 and 503 wait at least their `Retry-After`. Rejects with a {@link LoadError}, or with an AbortError
 * once `signal` aborts.
 */
export async function fetchAccount(
  url: string,
  options: { readonly token?: string | undefined },
  signal: AbortSignal,
  settings: LoadSettings,
): Promise<AccountResponse> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
  // Never from the HTTP cache, nor into it: a document is one shopper's, and a cache keyed by URL alone would give
  // it to the next shopper on the device (a backend sending Last-Modified without Cache-Control, or max-age
  // without Vary: Authorization). Reuse within the page is the shared request's job (requests.ts).
  const init: RequestInit = { method: 'GET', credentials: 'same-origin', headers, cache: 'no-store' };
  for (let count = 1; ; count++) {
    if (signal.aborted) throw abortError();
    const outcome = await attempt(url, init, signal, settings.timeoutMs);
    if (outcome.kind === 'done') return outcome.response;
    if (!outcome.retry || count >= settings.maxAttempts) throw outcome.error;
    // Sending earlier than the server asked is never right; a pause beyond the limit is not worth a shopper's wait.
    if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > retryAfterLimitMs) throw outcome.error;
    await pause(Math.max(backoffDelay(count, settings.backoffMs, settings.random), outcome.retryAfterMs ?? 0), signal);
  }
}
