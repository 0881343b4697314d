import { ContextProvider } from '@lit/context';
import type { ReactiveController } from 'lit';
import type { Account, VipStatus } from '../engine/index.js';
import { resolveLocale } from '../i18n/format.js';
import { catalogPending, chooseLocale, type LocaleChoice } from '../i18n/locales.js';
import { AccountSource } from './account-source.js';
import { vipContext, type VipView } from './context.js';
import { EvaluationJob, type Evaluation } from './evaluation-job.js';
import { VipErrorEvent, VipLoadEvent } from './events.js';
import type { VipSourceHost } from './source-state.js';
import { measureTierColors } from './vip-piece.js';
import { buildView, viewChanged } from './view.js';

export type { VipSourceHost } from './source-state.js';

/**
 * Wires a provider element to its account document: the {@link AccountSource} picks and loads it, the
 * {@link EvaluationJob} runs the engine on it, {@link buildView} turns the result into the {@link VipView} provided
 * to the pieces through `vipContext`, and `vip-load` / `vip-error` announce each new result after the update that
 * shows it.
 */
export class VipSourceController implements ReactiveController {
  readonly #host: VipSourceHost;
  readonly #source: AccountSource;
  // The tier colours are measured before the status renders, in a task of their own (docs/performance.md).
  readonly #job = new EvaluationJob(
    (next, last) => this.#announce(next, last),
    (status) => measureTierColors(this.#host, status),
  );
  readonly #provider: ContextProvider<typeof vipContext>;
  #pending: Event | undefined;
  #view: VipView;
  /** The catalog the host waits for before it shows anything (README, "Languages": never English first). */
  #catalog: Promise<void> | undefined;
  /** Whether the host also shows the cart's sentences (`<vip-cart-progress>`), a part of the catalog of their own. */
  withCart = false;

  constructor(host: VipSourceHost) {
    this.#host = host;
    this.#source = new AccountSource(host);
    this.#view = this.#buildView('en');
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

  /** The parsed document of the shown status, or undefined (guest without a document, loading, error). */
  get account(): Account | undefined {
    return this.#job.shown?.account;
  }

  /** Settles when the document being parsed and evaluated is shown; undefined when none is. */
  get evaluating(): Promise<void> | undefined {
    return this.#job.evaluating;
  }

  /** Settles when the catalog the host waits for is here; undefined when it waits for none. */
  get catalogLoading(): Promise<void> | undefined {
    return this.#catalog;
  }

  /**
   * Whether the host may render: false while its locale's catalog is on its way, so no English is shown first. The
   * document still loads and is evaluated meanwhile; the host updates once the catalog is here.
   */
  ready(): boolean {
    const choice = this.#choice();
    const pending = catalogPending(choice.catalog, this.withCart);
    if (!pending) return true;
    this.#run(choice);
    if (!this.#catalog) {
      const catalog = pending.then(() => {
        if (this.#catalog === catalog) this.#catalog = undefined;
        this.#host.requestUpdate();
      });
      this.#catalog = catalog;
    }
    return false;
  }

  /** Starts reading the source (a request for `src`) before the host's first render, which is a task of its own. */
  start(): void {
    this.#run(this.#choice());
  }

  /** Fetches the document again, bypassing the shared cache (the `retry` part). */
  readonly retry = (): void => this.#source.retry();

  hostConnected(): void {
    this.#source.connected();
  }

  hostDisconnected(): void {
    this.#source.disconnected();
  }

  hostUpdate(): void {
    const choice = this.#choice();
    this.#run(choice);
    const view = this.#buildView(choice.locale);
    if (viewChanged(view, this.#view)) {
      this.#view = view;
      this.#provider.setValue(view);
    }
  }

  hostUpdated(): void {
    const event = this.#pending;
    this.#pending = undefined;
    if (event) this.#host.dispatchEvent(event);
  }

  #choice(): LocaleChoice {
    return chooseLocale(resolveLocale(this.#host, this.#host.locale));
  }

  #run({ locale }: LocaleChoice): void {
    this.#job.run(this.#source.read(locale), this.#host.now || undefined, locale);
  }

  #buildView(locale: string): VipView {
    const { status, error } = this.#job.shown ?? {};
    const { messages, loginUrl } = this.#host;
    return buildView({ status, error, locale, messages, loginUrl, retry: this.retry }, this.#view);
  }

  /** Queues the event for a newly shown evaluation (sent after the update that shows it) and asks for that update. */
  #announce(next: Evaluation, last: Evaluation | undefined): void {
    if (next.error && next.error !== last?.error) {
      const fields = next.error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
      console.warn(`vip-tiers: ${next.error.message}${fields.length ? ` (${fields.join('; ')})` : ''}`);
      this.#pending = new VipErrorEvent({ message: next.error.message, issues: next.error.issues });
    } else if (next.status) {
      this.#pending = new VipLoadEvent(next.status);
    }
    this.#host.requestUpdate();
  }
}
