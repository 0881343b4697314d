/** Shared by the data tests: unique addresses, fast timings, a fetch spy and a way to catch a rejection. */
import { configureRequests } from '../../src/data/index.js';
import type { RequestSettings } from '../../src/data/index.js';

let counter = 0;

/** A path no other test uses, so the reused documents of one test never answer another. */
export function uniquePath(name: string): string {
  counter += 1;
  return `/api/${name}-${counter}/account`;
}

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

/** Resolves once `condition()` holds, checking every few milliseconds. */
export async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
