/**
 * Request sharing: every caller asking for the same (absolute URL, token) shares one load, even across two copies
 * of vip-tiers on one page, and a good document is reused for a while so elements re-added by Turbo or a section
 * reload render at once.
 */
import { LoadError, abortError, loadMessages } from './errors.js';
import { fetchAccount } from './fetch-account.js';
import type { AccountResponse, LoadSettings } from './fetch-account.js';

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`; part of the sharing key. */
  readonly token?: string | undefined;
  /** Aborts this caller only; the load itself stops once every caller sharing it has aborted. */
  readonly signal?: AbortSignal | undefined;
  /** Skip the reused document and start a new load (the retry button, a manual refresh). */
  readonly refresh?: boolean | undefined;
  /** Milliseconds one attempt may take; default 10 s. */
  readonly timeoutMs?: number | undefined;
}

export interface RequestSettings extends LoadSettings {
  /** How long a good document is reused without a new load, in milliseconds. */
  readonly maxAgeMs: number;
}

/** Attempts in all never exceed this, whatever is configured: a shopper should not wait through more. */
const attemptLimit = 3;

const defaults: RequestSettings = Object.freeze({
  timeoutMs: 10_000,
  backoffMs: 500,
  random: Math.random,
  maxAttempts: attemptLimit,
  maxAgeMs: 5 * 60_000,
});

let settings: RequestSettings = defaults;

/**
 * Changes how loads are timed (backoff base, jitter source, attempts up to 3, timeout, reuse period) and returns
 * the previous settings, so a caller can restore them by passing that object back.
 * @example const previous = configureRequests({ backoffMs: 5, random: () => 0.5 }); … configureRequests(previous);
 */
export function configureRequests(changes: Partial<RequestSettings>): RequestSettings {
  const previous = settings;
  const next = { ...settings, ...changes };
  settings = Object.freeze({ ...next, maxAttempts: Math.min(attemptLimit, Math.max(1, Math.floor(next.maxAttempts))) });
  return previous;
}

/** The settings a fresh page starts with. */
export const defaultRequestSettings: RequestSettings = defaults;

interface Waiter {
  readonly resolve: (response: AccountResponse) => void;
  readonly reject: (error: unknown) => void;
}

interface Flight {
  readonly seq: number;
  readonly controller: AbortController;
}

interface Entry {
  /** Number of the newest load started for this key; only its answer is ever used. */
  seq: number;
  /** The newest load still running. */
  flight: Flight | undefined;
  /** Callers waiting for the newest answer. */
  readonly waiters: Set<Waiter>;
  /** The last good document and when it arrived. */
  good: { readonly body: unknown; readonly at: number } | undefined;
}

/** Shared by every copy of vip-tiers on the page; a copy that finds another shape keeps its own. */
interface Registry {
  readonly version: 1;
  readonly entries: Map<string, Entry>;
}

const registryKey = Symbol.for('vip-tiers.requests');

function createRegistry(): Registry {
  return { version: 1, entries: new Map() };
}

const registry: Registry = (() => {
  const holder = globalThis as { [registryKey]?: unknown };
  const found = holder[registryKey] as Partial<Registry> | undefined;
  if (found === undefined) {
    const created = createRegistry();
    Object.defineProperty(holder, registryKey, { value: created, configurable: true });
    return created;
  }
  return found.version === 1 && found.entries instanceof Map ? (found as Registry) : createRegistry();
})();

/** Loads still running on this page (all copies): 0 once every load has settled or been aborted. */
export function pendingRequestCount(): number {
  let count = 0;
  for (const entry of registry.entries.values()) if (entry.flight) count++;
  return count;
}

/** Forgets every reused document, so the next request of each key loads again. */
export function clearAccountCache(): void {
  for (const [key, entry] of registry.entries) {
    entry.good = undefined;
    prune(key, entry);
  }
}

function prune(key: string, entry: Entry): void {
  if (!entry.flight && entry.waiters.size === 0 && !entry.good) registry.entries.delete(key);
}

function baseUrl(): string | undefined {
  return (globalThis as { document?: { baseURI?: string } }).document?.baseURI ?? globalThis.location?.href;
}

/** The absolute http(s) URL of `src`, or undefined when it is not one (SPEC.md §4: only http(s) or relative). */
function resolveUrl(src: string): string | undefined {
  try {
    const url = new URL(src, baseUrl());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function start(key: string, entry: Entry, url: string, options: RequestOptions): void {
  // A newer load supersedes the running one: its answer could only be older than the one now asked for.
  entry.flight?.controller.abort();
  const flight: Flight = { seq: ++entry.seq, controller: new AbortController() };
  entry.flight = flight;
  const timing: LoadSettings = { ...settings, timeoutMs: options.timeoutMs ?? settings.timeoutMs };
  fetchAccount(url, options, flight.controller.signal, timing).then(
    (response) => finish(key, entry, flight, { response }),
    (error: unknown) => finish(key, entry, flight, { error }),
  );
}

function finish(
  key: string,
  entry: Entry,
  flight: Flight,
  result: { readonly response: AccountResponse } | { readonly error: unknown },
): void {
  // A superseded or abandoned load's answer never reaches a caller nor the reused document.
  if (entry.flight !== flight) return;
  entry.flight = undefined;
  let settle: (waiter: Waiter) => void;
  if ('response' in result) {
    const { response } = result;
    if (response.kind === 'document') entry.good = { body: response.body, at: Date.now() };
    settle = (waiter) => waiter.resolve(response);
  } else {
    const { error } = result;
    const shown =
      error instanceof LoadError
        ? entry.good
          ? error.withLastGood(entry.good.body)
          : error
        : new LoadError(loadMessages.offline, { retryable: true, cause: error });
    settle = (waiter) => waiter.reject(shown);
  }
  const waiters = [...entry.waiters];
  entry.waiters.clear();
  for (const waiter of waiters) settle(waiter);
  prune(key, entry);
}

/**
 * The account document at `src`, shared: one load per (absolute URL, token) serves every caller, and the newest
 * load's answer wins. A good document is reused for `maxAgeMs` unless `refresh` is set. Resolves with
 * `{ kind: 'document', body }` (the raw JSON, to be parsed by the engine) or `{ kind: 'unauthorized' }` (401: a
 * guest); rejects with a {@link LoadError} (carrying `lastGood` when a document arrived before), or with an
 * AbortError once this caller's `signal` aborts.
 * @example
 * const answer = await requestAccount('/apps/rewards/account', { token, signal });
 * if (answer.kind === 'document') parseAccount(answer.body);
 */
export function requestAccount(src: string, options: RequestOptions = {}): Promise<AccountResponse> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const url = resolveUrl(src);
  if (url === undefined) return Promise.reject(new LoadError(loadMessages.badAddress, { retryable: false }));
  const key = `${url} ${options.token ?? ''}`;
  let entry = registry.entries.get(key);
  if (!entry) {
    entry = { seq: 0, flight: undefined, waiters: new Set(), good: undefined };
    registry.entries.set(key, entry);
  }
  const reusable = entry.good;
  if (!options.refresh && !entry.flight && reusable && Date.now() - reusable.at < settings.maxAgeMs) {
    return Promise.resolve({ kind: 'document', body: reusable.body });
  }
  const current = entry;
  const promise = new Promise<AccountResponse>((resolve, reject) => {
    const onAbort = (): void => {
      current.waiters.delete(waiter);
      reject(abortError());
      // The load stops only when nobody is left waiting for it; checked a microtask later so an element moved in
      // the DOM (disconnected, then connected in the same task) joins the running load instead of starting anew.
      const flight = current.flight;
      queueMicrotask(() => {
        if (current.waiters.size === 0 && flight && current.flight === flight) {
          flight.controller.abort();
          current.flight = undefined;
        }
        prune(key, current);
      });
    };
    const waiter: Waiter = {
      resolve: (response) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(response);
      },
      reject: (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    };
    current.waiters.add(waiter);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  if (options.refresh || !entry.flight) start(key, entry, url, options);
  return promise;
}
