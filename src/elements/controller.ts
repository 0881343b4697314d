import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestAccount } from '../data/index.js';
import { evaluate, guestStatus, parseAccountSteps, parseInstant, prepareAccountSchema } from '../engine/index.js';
import type { ParseIssue, VipStatus } from '../engine/index.js';
import { intlWarmUp, resolveLocale } from '../i18n/format.js';
import { resolveMessages, type Messages } from '../i18n/messages.js';
import { vipContext, type VipView } from './context.js';
import { VipErrorEvent, VipLoadEvent } from './events.js';
import { nextTask } from './next-task.js';

/**
 * What a provider element exposes to its controller: the common attributes and properties (README, "Attributes and
 * properties").
 */
export interface VipSourceHost extends ReactiveControllerHost, HTMLElement {
  account?: unknown;
  src?: string;
  token?: string;
  tokenOrigin?: string;
  customerId?: string;
  now?: string;
  locale?: string;
  loginUrl?: string;
  messages?: Partial<Messages>;
}

type Problem = { readonly message: string; readonly issues: readonly ParseIssue[] };

/** Where the document stands: still coming, a body to evaluate (maybe stale), a guest (401) or a failure. */
type Outcome =
  | { readonly kind: 'loading' }
  | { readonly kind: 'document'; readonly body: unknown; readonly failure?: Problem }
  | { readonly kind: 'guest' }
  | { readonly kind: 'error'; readonly error: Problem };

interface Evaluation {
  readonly outcome: Outcome;
  readonly now: string | undefined;
  status?: VipStatus;
  error?: Problem;
}

const LOADING: Outcome = { kind: 'loading' };
const GUEST: Outcome = { kind: 'guest' };
export const DEFAULT_LOGIN_URL = '/account/login';

/** A sign-in link only when it is http(s) or relative; `javascript:`, `data:` and the like fall back to the default. */
export function safeUrl(value: string | undefined, fallback = DEFAULT_LOGIN_URL): string {
  if (!value) return fallback;
  try {
    const { protocol } = new URL(value, location.href);
    return protocol === 'https:' || protocol === 'http:' ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Keeps the previous messages object when nothing in it changed, so the pieces are not notified for nothing. */
function sameMessages(next: Messages, last: Messages | undefined): Messages {
  if (!last) return next;
  for (const key in next) if (next[key as keyof Messages] !== last[key as keyof Messages]) return next;
  return last;
}

let warm: Promise<void> | undefined;

/**
 * Loads Intl's data, then builds the account document's schema step by step, once per page and each in a task of its
 * own (README, "Performance": either at once is a task over 50 ms): while the document is on its way, or before the
 * first document is parsed. A parse that comes first builds whatever is missing itself.
 */
function warmUp(locale: string): Promise<void> {
  warm ??= (async () => {
    await nextTask();
    try {
      intlWarmUp(locale);
    } catch {
      // A locale Intl rejects is handled where it is formatted; the warm-up only saves time.
    }
    for (const step of prepareAccountSchema()) {
      await nextTask();
      step();
    }
    await nextTask();
  })();
  return warm;
}

/** The `now` attribute as epoch ms, or undefined when absent or not an instant. */
function instantOf(now: string | undefined): number | undefined {
  // The engine's own reading: an offset or Z is required, so the browser's zone never decides.
  return now === undefined ? undefined : parseInstant(now);
}

function problemOf(error: unknown): Problem {
  const message = error instanceof Error || (typeof error === 'object' && error && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);
  return { message, issues: [{ path: '', message }] };
}

/**
 * Reads the account document from the first source that applies (the `account` property, a child
 * `<script type="application/json">`, then `src` + `token`), evaluates it with the engine and provides the
 * resulting {@link VipView} to the pieces through `vipContext`. Requests are aborted when the host leaves the
 * page, but not when it is merely moved (disconnected and reconnected in the same task).
 */
export class VipSourceController implements ReactiveController {
  readonly #host: VipSourceHost;
  readonly #provider: ContextProvider<typeof vipContext>;
  #outcome: Outcome = LOADING;
  /** The property value or script text the current outcome came from. */
  #input: unknown;
  /** `src`, token, token origin and customer id of the request started (or answered) for the current outcome. */
  #fetchKey: string | undefined;
  /** Aborted when the host leaves the page or changes source: until then the host holds its `src` (requests.ts). */
  #request: AbortController | undefined;
  #refresh = false;
  #evaluated: Evaluation | undefined;
  /** The document being parsed and evaluated, over later tasks; superseded by any newer outcome. */
  #job: { readonly outcome: Outcome; readonly now: string | undefined; done: Promise<void> } | undefined;
  #pending: Event | undefined;
  #view: VipView;
  readonly #children = new MutationObserver(() => this.#host.requestUpdate());

  constructor(host: VipSourceHost) {
    this.#host = host;
    this.#view = this.#buildView();
    this.#provider = new ContextProvider(host, { context: vipContext, initialValue: this.#view });
    host.addController(this);
  }

  /** The current view, as provided to the pieces. */
  get view(): VipView {
    return this.#view;
  }

  /** The engine's result, or undefined while loading and on error. */
  get status(): VipStatus | undefined {
    return this.#view.status;
  }

  /** Settles when the document being parsed and evaluated is shown; undefined when none is. */
  get evaluating(): Promise<void> | undefined {
    return this.#job?.done;
  }

  /** Fetches the document again, bypassing the shared cache (the `retry` part). */
  readonly retry = (): void => {
    this.#refresh = true;
    this.#input = undefined;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    // An inline document may be parsed after the element upgrades, or replaced by a theme section reload.
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // A host that left the page mid-request lost its request; a moved one kept it and does not fetch again.
    if (this.#fetchKey === undefined) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#children.disconnect();
    // Moving an element disconnects and reconnects it in the same task: only abort once it is really gone.
    // Once gone, nothing of its document is held for the page: a re-added host loads again.
    setTimeout(() => {
      if (!this.#host.isConnected && this.#request) {
        this.#request.abort();
        this.#request = undefined;
        this.#fetchKey = undefined;
      }
    });
  }

  hostUpdate(): void {
    this.#readSource();
    this.#evaluate();
    const view = this.#buildView();
    const last = this.#view;
    const changed = (Object.keys(view) as (keyof VipView)[]).some((key) => key !== 'retry' && view[key] !== last[key]);
    if (changed) {
      this.#view = view;
      this.#provider.setValue(view);
    }
  }

  hostUpdated(): void {
    const event = this.#pending;
    this.#pending = undefined;
    if (event) this.#host.dispatchEvent(event);
  }

  #readSource(): void {
    const host = this.#host;
    const refresh = this.#refresh;
    this.#refresh = false;
    if (host.account != null) {
      this.#settleInput(host.account, () => ({ kind: 'document', body: host.account }));
      return;
    }
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      const text = script.textContent ?? '';
      this.#settleInput(text, () => {
        try {
          return { kind: 'document', body: JSON.parse(text) as unknown };
        } catch (error) {
          const { issues } = problemOf(error);
          return { kind: 'error', error: { message: 'The inline account document is not valid JSON.', issues } };
        }
      });
      return;
    }
    if (!host.src) return;
    const key = [host.src, host.token ?? '', host.tokenOrigin ?? '', host.customerId ?? '-'].join('\n');
    if (key === this.#fetchKey && !refresh) return;
    this.#input = undefined;
    this.#fetch(host.src, key, refresh);
  }

  /** Property and inline sources: a new outcome only when the value (or script text) itself changed. */
  #settleInput(input: unknown, read: () => Outcome): void {
    if (input === this.#input) return;
    this.#request?.abort();
    this.#request = undefined;
    this.#fetchKey = undefined;
    this.#input = input;
    this.#outcome = read();
  }

  #fetch(src: string, key: string, refresh: boolean): void {
    this.#request?.abort();
    const request = new AbortController();
    // A refresh of the same source keeps showing the document it has; anything else shows the skeleton.
    const shown = this.#outcome;
    const keep = refresh && key === this.#fetchKey && shown.kind === 'document' ? shown : undefined;
    if (!keep) this.#outcome = LOADING;
    this.#request = request;
    this.#fetchKey = key;
    void warmUp(this.#view.locale);
    const host = this.#host;
    const options = {
      token: host.token || undefined,
      tokenOrigin: host.tokenOrigin || undefined,
      customerId: host.customerId ?? undefined,
      signal: request.signal,
      refresh,
      onReplaced: () => this.#replaced(request),
    };
    requestAccount(src, options).then(
      (result) => this.#settle(request, result.kind === 'document' ? { kind: 'document', body: result.body } : GUEST),
      (error: unknown) => {
        if (request.signal.aborted || (error as { name?: string } | null)?.name === 'AbortError') return;
        const failure = problemOf(error);
        // The last saved status: this host's own document, or one the shared request gives for the same shopper.
        const lastGood = keep?.body ?? (error as { lastGood?: unknown }).lastGood;
        this.#settle(request, lastGood === undefined ? { kind: 'error', error: failure } : { kind: 'document', body: lastGood, failure });
      },
    );
  }

  #settle(request: AbortController, outcome: Outcome): void {
    if (request !== this.#request) return;
    this.#outcome = outcome;
    this.#host.requestUpdate();
  }

  /** The shared document this host shows was dropped for another shopper's (or a 401): show nothing of it, load again. */
  #replaced(request: AbortController): void {
    if (request !== this.#request) return;
    this.#fetchKey = undefined;
    this.#outcome = LOADING;
    this.#host.requestUpdate();
  }

  /**
   * Runs the engine when the outcome or `now` changed. A document is parsed and evaluated in tasks of their own
   * (README, "Performance": no task over 50 ms), while the view keeps what it shows; guest and error outcomes apply
   * at once.
   */
  #evaluate(): void {
    const outcome = this.#outcome;
    const now = this.#host.now || undefined;
    const last = this.#evaluated;
    if (last && last.outcome === outcome && last.now === now) return;
    const job = this.#job;
    if (job && job.outcome === outcome && job.now === now) return;
    this.#job = undefined;
    if (outcome.kind === 'document') {
      this.#startJob(outcome, now);
      return;
    }
    const next: Evaluation = { outcome, now };
    if (outcome.kind === 'guest') next.status = guestStatus(instantOf(now) ?? Date.now());
    else if (outcome.kind === 'error') next.error = outcome.error;
    this.#commit(next, last);
  }

  #startJob(outcome: Outcome & { kind: 'document' }, now: string | undefined): void {
    const run = async (): Promise<void> => {
      await nextTask();
      if (this.#job !== job) return;
      await warmUp(this.#view.locale);
      if (this.#job !== job) return;
      const next: Evaluation = { outcome, now };
      try {
        // A large document is validated over several tasks (parseAccountSteps yields between its parts).
        const steps = parseAccountSteps(outcome.body);
        let step = steps.next();
        while (!step.done) {
          await nextTask();
          if (this.#job !== job) return;
          step = steps.next();
        }
        const parsed = step.value;
        if (parsed.ok) {
          await nextTask();
          if (this.#job !== job) return;
          const at = instantOf(now);
          next.status = evaluate(parsed.account, at === undefined ? {} : { now: at });
          next.error = outcome.failure;
          // The first render of the status is a task of its own.
          await nextTask();
        } else {
          next.error = { message: 'The account document is invalid.', issues: parsed.issues };
        }
      } catch (error) {
        // README, "Reliability and security": never an exception into the page; a document the engine cannot
        // evaluate is an error view.
        next.error = { message: 'The account document could not be evaluated.', issues: problemOf(error).issues };
      }
      if (this.#job !== job) return;
      this.#job = undefined;
      this.#commit(next, this.#evaluated);
      this.#host.requestUpdate();
    };
    const job = { outcome, now, done: Promise.resolve() };
    this.#job = job;
    job.done = run();
  }

  /** Makes `next` the shown evaluation and queues the matching event. */
  #commit(next: Evaluation, last: Evaluation | undefined): void {
    this.#evaluated = next;
    if (next.error && next.error !== last?.error) {
      const fields = next.error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
      console.warn(`vip-tiers: ${next.error.message}${fields.length ? ` (${fields.join('; ')})` : ''}`);
      this.#pending = new VipErrorEvent({ message: next.error.message, issues: next.error.issues });
    } else if (next.status) {
      this.#pending = new VipLoadEvent(next.status);
    }
  }

  #buildView(): VipView {
    const host = this.#host;
    const evaluated = this.#evaluated;
    const status = evaluated?.status;
    const error = evaluated?.error;
    const view = {
      phase: status ? 'ready' : error ? 'error' : 'loading',
      status,
      stale: Boolean(status && error),
      error,
      locale: resolveLocale(host),
      messages: sameMessages(resolveMessages(host.messages), this.#view?.messages),
      loginUrl: safeUrl(host.loginUrl),
      retry: this.retry,
    } satisfies VipView;
    return view;
  }

}
