import { requestAccount } from '../data/index.js';
import { problemOf, type SourceState, type VipSourceHost } from './source-state.js';
import { warmUp } from './warm-up.js';

const LOADING: SourceState = { kind: 'loading' };
const GUEST: SourceState = { kind: 'guest' };

/**
 * Reads the account document from the first source that applies (the `account` property, a child
 * `<script type="application/json">`, then `src` + `token`). Requests are aborted when the host leaves the page, but
 * not when it is merely moved (disconnected and reconnected in the same task); until then the host holds its `src`
 * (requests.ts), and once it is gone nothing of its document is kept (README, "Reliability and security").
 */
export class AccountSource {
  readonly #host: VipSourceHost;
  #state: SourceState = LOADING;
  /** The property value or script text the current state came from. */
  #input: unknown;
  /** `src`, token, token origin and customer id of the request started (or answered) for the current state. */
  #fetchKey: string | undefined;
  /** Aborted when the host leaves the page or changes source. */
  #request: AbortController | undefined;
  #refresh = false;
  readonly #children: MutationObserver;

  constructor(host: VipSourceHost) {
    this.#host = host;
    this.#children = new MutationObserver(() => host.requestUpdate());
  }

  /** Fetches the document again, bypassing the shared cache. */
  retry(): void {
    this.#refresh = true;
    this.#input = undefined;
    this.#host.requestUpdate();
  }

  connected(): void {
    // An inline document may be parsed after the element upgrades, or replaced by a theme section reload.
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // A host that left the page mid-request lost its request; a moved one kept it and does not fetch again.
    if (this.#fetchKey === undefined) this.#host.requestUpdate();
  }

  disconnected(): void {
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

  /** Picks the source that applies now, starting a request when `src` or its credentials changed; the state. */
  read(locale: string): SourceState {
    const host = this.#host;
    const refresh = this.#refresh;
    this.#refresh = false;
    if (host.account != null) {
      this.#settleInput(host.account, () => ({ kind: 'document', body: host.account }));
    } else {
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
      } else if (host.src && host.isConnected) {
        // A host that left the page loads nothing; it loads again once added back (hostConnected).
        // Session safety: another shopper's credentials are another request (README, "Reliability and security").
        const key = [host.src, host.token ?? '', host.tokenOrigin ?? '', host.customerId ?? '-'].join('\n');
        if (key !== this.#fetchKey || refresh) {
          this.#input = undefined;
          this.#fetch(host.src, key, refresh, locale);
        }
      }
    }
    return this.#state;
  }

  /** Property and inline sources: a new state only when the value (or script text) itself changed. */
  #settleInput(input: unknown, read: () => SourceState): void {
    if (input === this.#input) return;
    this.#request?.abort();
    this.#request = undefined;
    this.#fetchKey = undefined;
    this.#input = input;
    this.#state = read();
  }

  #fetch(src: string, key: string, refresh: boolean, locale: string): void {
    this.#request?.abort();
    const request = new AbortController();
    // A refresh of the same source keeps showing the document it has; anything else shows the skeleton.
    const shown = this.#state;
    const keep = refresh && key === this.#fetchKey && shown.kind === 'document' ? shown : undefined;
    if (!keep) this.#state = LOADING;
    this.#request = request;
    this.#fetchKey = key;
    void warmUp(locale);
    const host = this.#host;
    const options = {
      token: host.token || undefined,
      tokenOrigin: host.tokenOrigin || undefined,
      customerId: host.customerId ?? undefined,
      signal: request.signal,
      refresh,
      // The shared document this host shows was dropped for another shopper's (or a 401): show nothing, load again.
      onReplaced: () => {
        if (request === this.#request) this.#fetchKey = undefined;
        this.#settle(request, LOADING);
      },
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

  #settle(request: AbortController, state: SourceState): void {
    if (request !== this.#request) return;
    this.#state = state;
    this.#host.requestUpdate();
  }
}
