/** Pure timing rules for retries: backoff with jitter and the server's `Retry-After`. */

/** The server may ask for at most this long a pause; a longer request ends the attempts instead. */
export const retryAfterLimitMs = 60_000;

/**
 * Milliseconds to wait before attempt `attempt + 1`: exponential in `attempt` (1-based) with "equal jitter",
 * so copies of the widget on many pages never retry in lockstep yet always pause at least half the step.
 * @example backoffDelay(2, 500, () => 0.5) // 750: step 1000 ms, half fixed, half scaled by the random draw
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number): number {
  const step = baseMs * 2 ** Math.max(0, attempt - 1);
  const draw = Math.min(1, Math.max(0, random()));
  return Math.round(step / 2 + (step / 2) * draw);
}

/**
 * The pause a `Retry-After` header asks for, in milliseconds from `now`: delta-seconds or an HTTP date.
 * `undefined` when the header is missing or unreadable; a date in the past means no pause.
 * @example parseRetryAfter('2', 0) // 2000
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date always names a weekday and a time; a bare number with a sign or a decimal point is unreadable.
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
