/**
 * Request sharing: every element asking for the same `src` with the same credentials shares one load, even across
 * two copies of vip-tiers on one page, and an element added while others of that `src` are on the page gets their
 * document at once. Nothing outlives the elements: once every holder of a `src` has left, its document is gone.
 * A document is never reused for another shopper (README "Sessions"): a 401, or a document of another customer,
 * drops everything kept for that `src`, and holders showing the old one load again.
 */
import { LoadError, abortError, loadMessages } from './errors.js';
import { fetchAccount } from './fetch-account.js';
import type { AccountResponse, LoadSettings } from './fetch-account.js';

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`, only to the page's origin or to `tokenOrigin`. */
  readonly token?: string | undefined;
  /** The one other origin `token` may be sent to (the `token-origin` attribute), e.g. `https://api.example.com`. */
  readonly tokenOrigin?: string | undefined;
  /**
   * The shopper the page says is signed in (the `customer-id` attribute): `''` for a guest, undefined when the
   * page does not say. A kept document of another customer is never given, and an answer for another is refused.
   */
  readonly customerId?: string | undefined;
  /**
   * Aborts this caller. Until it aborts, the caller holds the `src`: its document is kept for other callers, and
   * `onReplaced` is called when that document is dropped for another shopper's (or a 401). Without a signal the
   * caller holds nothing once answered.
   */
  readonly signal?: AbortSignal | undefined;
  /** Called, while this caller holds the `src`, when the document it got was dropped: load again. */
  readonly onReplaced?: (() => void) | undefined;
  /** Skip the kept document and start a new load (the retry button, a manual refresh). */
  readonly refresh?: boolean | undefined;
  /** Milliseconds one attempt may take; default 10 s. */
  readonly timeoutMs?: number | undefined;
}

export interface RequestSettings extends LoadSettings {
  /** How long a kept document is given to a new caller without a new load, in milliseconds. */
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

/** A kept document and whose it is: `customer.id`, or null for a document without a customer. */
interface Kept {
  readonly body: unknown;
  readonly customerId: string | null;
  readonly at: number;
}

interface SrcEntry {
  /** The absolute URL: entries of one `src` with other credentials are dropped together. */
  readonly url: string;
  /** Number of the newest load started for this key; only its answer is ever used. */
  seq: number;
  /** The newest load still running. */
  flight: Flight | undefined;
  /** Callers waiting for the newest answer. */
  readonly waiters: Set<Waiter>;
  /** Callers holding this `src`, by their signal (until it aborts), each told when the kept document is dropped. */
  readonly holders: Map<AbortSignal, (() => void) | undefined>;
  /** The last good document. */
  kept: Kept | undefined;
}

/**
 * Shared by every copy of vip-tiers on the page; a copy that finds another shape keeps its own. Entries are keyed
 * by URL and an opaque number per token, so no token is a key; `tokens` maps each token in use to its number and
 * forgets it with the last entry that uses it.
 */
interface Registry {
  readonly version: 2;
  readonly entries: Map<string, SrcEntry>;
  readonly tokens: Map<string, number>;
  nextTokenId: number;
}

const registryKey = Symbol.for('vip-tiers.requests');

const registry: Registry = (() => {
  const holder = globalThis as { [registryKey]?: unknown };
  const found = holder[registryKey] as Partial<Registry> | undefined;
  if (found?.version === 2 && found.entries instanceof Map && found.tokens instanceof Map) return found as Registry;
  const created: Registry = { version: 2, entries: new Map(), tokens: new Map(), nextTokenId: 1 };
  if (found === undefined) Object.defineProperty(holder, registryKey, { value: created, configurable: true });
  return created;
})();

/** Loads still running on this page (all copies): 0 once every load has settled or been aborted. */
export function pendingRequestCount(): number {
  let count = 0;
  for (const entry of registry.entries.values()) if (entry.flight) count++;
  return count;
}

/** Forgets every kept document, so the next request of each `src` loads again (e.g. after a sign-out). */
export function clearAccountCache(): void {
  for (const entry of registry.entries.values()) entry.kept = undefined;
  for (const [key, entry] of registry.entries) prune(key, entry);
}

function keyOf(url: string, token: string | undefined): string {
  if (!token) return `${url} -`;
  let id = registry.tokens.get(token);
  if (id === undefined) {
    id = registry.nextTokenId++;
    registry.tokens.set(token, id);
  }
  return `${url} ${id}`;
}

/** Drops an entry nobody holds or waits for, and the token number no entry uses any more. */
function prune(key: string, entry: SrcEntry): void {
  if (entry.flight || entry.waiters.size > 0 || entry.holders.size > 0) return;
  registry.entries.delete(key);
  const inUse = new Set<string>();
  for (const other of registry.entries.keys()) inUse.add(other.slice(other.lastIndexOf(' ') + 1));
  for (const [token, id] of registry.tokens) if (!inUse.has(String(id))) registry.tokens.delete(token);
}

function baseUrl(): string | undefined {
  return (globalThis as { document?: { baseURI?: string } }).document?.baseURI ?? globalThis.location?.href;
}

/** The absolute http(s) URL of `src`, or undefined when it is not one (README: only http(s) or relative). */
function resolveUrl(src: string): URL | undefined {
  try {
    const url = new URL(src, baseUrl());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a token may go to `url`: the page's own origin, or the one origin the element named. */
function tokenAllowed(url: URL, tokenOrigin: string | undefined): boolean {
  if (url.origin === globalThis.location?.origin) return true;
  if (!tokenOrigin) return false;
  try {
    return new URL(tokenOrigin).origin === url.origin;
  } catch {
    return false;
  }
}

/** `customer.id` of a raw document (null when it has no customer or no text id): whose document it is. */
function customerOf(body: unknown): string | null {
  const customer = typeof body === 'object' && body !== null ? (body as { customer?: unknown }).customer : undefined;
  const id = typeof customer === 'object' && customer !== null ? (customer as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

/** Whether a document of `customerId` may be given to a caller on a page that says `expected` is signed in. */
function sameShopper(customerId: string | null, expected: string | undefined): boolean {
  return expected === undefined || customerId === (expected === '' ? null : expected);
}

/**
 * Drops every document kept for `url` (all credentials) and tells their holders, except the callers of the answer
 * that caused it, who get that answer themselves.
 */
function dropKept(url: string, answered: ReadonlySet<AbortSignal | undefined>): void {
  const told: Array<() => void> = [];
  for (const entry of registry.entries.values()) {
    if (entry.url !== url || !entry.kept) continue;
    entry.kept = undefined;
    for (const [signal, onReplaced] of entry.holders) if (onReplaced && !answered.has(signal)) told.push(onReplaced);
  }
  for (const onReplaced of told) onReplaced();
}

function start(key: string, entry: SrcEntry, options: RequestOptions, token: string | undefined): void {
  // A newer load supersedes the running one: its answer could only be older than the one now asked for.
  entry.flight?.controller.abort();
  const flight: Flight = { seq: ++entry.seq, controller: new AbortController() };
  entry.flight = flight;
  const timing: LoadSettings = { ...settings, timeoutMs: options.timeoutMs ?? settings.timeoutMs };
  fetchAccount(entry.url, { token }, flight.controller.signal, timing).then(
    (response) => finish(key, entry, flight, { response }),
    (error: unknown) => finish(key, entry, flight, { error }),
  );
}

/** What a waiter receives: a caller told who is signed in never gets another shopper's document. */
type Settle = (waiter: Waiter, expected: string | undefined) => void;

interface WaiterOf extends Waiter {
  readonly expected: string | undefined;
  readonly signal: AbortSignal | undefined;
}

function finish(
  key: string,
  entry: SrcEntry,
  flight: Flight,
  result: { readonly response: AccountResponse } | { readonly error: unknown },
): void {
  // A superseded or abandoned load's answer never reaches a caller nor the kept document.
  if (entry.flight !== flight) return;
  entry.flight = undefined;
  const waiters = [...entry.waiters] as WaiterOf[];
  entry.waiters.clear();
  const answered = new Set(waiters.map((waiter) => waiter.signal));
  let settle: Settle;
  if ('response' in result) {
    const { response } = result;
    if (response.kind === 'document') {
      const customerId = customerOf(response.body);
      // Another shopper's document (a sign-out and sign-in without a page load): nothing of the last one stays.
      if (entry.kept && entry.kept.customerId !== customerId) dropKept(entry.url, answered);
      entry.kept = { body: response.body, customerId, at: Date.now() };
      settle = (waiter, expected) => {
        if (sameShopper(customerId, expected)) waiter.resolve(response);
        else waiter.reject(new LoadError(loadMessages.otherShopper, { retryable: true }));
      };
    } else {
      // A 401: signed out. Nothing kept for this `src` may be shown again, to this caller or any other.
      dropKept(entry.url, answered);
      settle = (waiter) => waiter.resolve(response);
    }
  } else {
    const { error } = result;
    const kept = entry.kept;
    const failure = error instanceof LoadError ? error : new LoadError(loadMessages.offline, { retryable: true, cause: error });
    // The last saved document, only to a caller whose page says it is that same shopper's.
    settle = (waiter, expected) =>
      waiter.reject(kept && expected !== undefined && sameShopper(kept.customerId, expected) ? failure.withLastGood(kept.body) : failure);
  }
  for (const waiter of waiters) settle(waiter, waiter.expected);
  prune(key, entry);
}

/**
 * The account document at `src`, shared: one load per `src` and credentials serves every caller, and the newest
 * load's answer wins. A caller holding the `src` (its `signal` not aborted) keeps the document for callers that
 * come later, who get it at once for `maxAgeMs` unless `refresh` is set — only when it is the same shopper's
 * (`customerId`). The token goes only to the page's origin or `tokenOrigin`. Resolves with
 * `{ kind: 'document', body }` (the raw JSON, to be parsed by the engine) or `{ kind: 'unauthorized' }` (401: a
 * guest); rejects with a {@link LoadError} (carrying `lastGood` only for the same shopper), or with an AbortError
 * once this caller's `signal` aborts.
 * @example
 * const answer = await requestAccount('/apps/rewards/account', { customerId: '42', signal });
 * if (answer.kind === 'document') parseAccount(answer.body);
 */
export function requestAccount(src: string, options: RequestOptions = {}): Promise<AccountResponse> {
  const { signal, onReplaced } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const url = resolveUrl(src);
  if (url === undefined) return Promise.reject(new LoadError(loadMessages.badAddress, { retryable: false }));
  const token = options.token || undefined;
  if (token && !tokenAllowed(url, options.tokenOrigin)) {
    return Promise.reject(new LoadError(loadMessages.tokenOrigin, { retryable: false }));
  }
  const key = keyOf(url.href, token);
  let entry = registry.entries.get(key);
  if (!entry) {
    entry = { url: url.href, seq: 0, flight: undefined, waiters: new Set(), holders: new Map(), kept: undefined };
    registry.entries.set(key, entry);
  }
  const current = entry;
  // Holding: from now until the signal aborts, this caller keeps the `src` and hears when its document is dropped.
  if (signal) {
    if (!current.holders.has(signal)) {
      signal.addEventListener('abort', () => {
        current.holders.delete(signal);
        queueMicrotask(() => prune(key, current));
      }, { once: true });
    }
    current.holders.set(signal, onReplaced);
  }
  const kept = current.kept;
  if (!options.refresh && !current.flight && kept && Date.now() - kept.at < settings.maxAgeMs && sameShopper(kept.customerId, options.customerId)) {
    const answer: AccountResponse = { kind: 'document', body: kept.body };
    if (!signal) prune(key, current);
    return Promise.resolve(answer);
  }
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
    const waiter: WaiterOf = {
      expected: options.customerId,
      signal,
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
  if (options.refresh || !current.flight) start(key, current, options, token);
  return promise;
}
