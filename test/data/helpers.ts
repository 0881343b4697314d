/** Shared by the data tests: fast timings, a fetch spy and a way to catch a rejection. */
import { configureRequests } from '../../src/data/index.js';
import type { RequestSettings } from '../../src/data/index.js';

/** Small timings for every test of the suite (backoff 5 ms, jitter fixed at the middle, 2 s timeout). */
export function useFastTimings(): void {
  let previous: RequestSettings | undefined;
  before(() => {
    previous = configureRequests({ backoffMs: 5, random: () => 0.5, timeoutMs: 2000 });
  });
  after(() => {
    if (previous) configureRequests(previous);
  });
}

export interface FetchCall {
  readonly url: string;
  readonly init: RequestInit | undefined;
}

/** Records what the page passes to `fetch` (the init object itself: credentials, headers, signal). */
export function spyOnFetch(): { readonly calls: readonly FetchCall[]; restore(): void } {
  const calls: FetchCall[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: input instanceof Request ? input.url : String(input), init });
    return original(input, init);
  };
  return {
    calls,
    restore: () => {
      globalThis.fetch = original;
    },
  };
}

/** The reason `promise` rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail, but it succeeded');
}
