import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { VipStatus } from '../engine/index.js';
import type { Messages } from '../i18n/messages.js';
import type { VipView } from './context.js';
import { VipSourceController } from './controller.js';
import { nextTask } from '../tasks.js';
import { hostStyles } from './styles.js';
import { measureTierColors, setTierColor } from './vip-piece.js';

/**
 * What `<vip-program>`, `<vip-account>` and `<vip-launcher>` share: the data-source attributes (README, "Attributes
 * and properties"),
 * the read-only `status`, and a host that hides itself while the program is disabled (R7).
 */
export class VipProviderElement extends LitElement {
  static override properties = {
    account: { attribute: false },
    src: {},
    token: {},
    tokenOrigin: { attribute: 'token-origin' },
    customerId: { attribute: 'customer-id' },
    now: {},
    locale: { reflect: true },
    loginUrl: { attribute: 'login-url' },
    messages: { attribute: false },
  };

  /** The account document as an object; wins over an inline script and `src`. */
  declare account?: unknown;
  /** URL of the account document (fetched with same-origin credentials). */
  declare src?: string;
  /** Sent as `Authorization: Bearer <token>` with `src`, only to the page's origin or `token-origin`. */
  declare token?: string;
  /** The one other origin the token may be sent to, e.g. `https://api.example.com`. */
  declare tokenOrigin?: string;
  /** The signed-in shopper's id as the theme knows it (`''` for a guest); a document of another is never shown. */
  declare customerId?: string;
  /** ISO instant to preview the program at, instead of the document's `generatedAt`. */
  declare now?: string;
  /** BCP 47 locale; defaults to the nearest `lang`, then the page's, then `en`. */
  declare locale?: string;
  /** Guest sign-in link (http(s) or relative), default `/account/login`. */
  declare loginUrl?: string;
  /** Messages merged over the global ones for this element. */
  declare messages?: Partial<Messages>;

  /**
   * Whether the host holds space while loading (README, "Layout stability"): the size it had last time for the
   * same `src` on this device, else the element's estimate (`--_estimate`). The floating launcher holds none.
   */
  protected reservesSpace = true;

  protected readonly source = new VipSourceController(this);
  /**
   * How the host holds space now: with the skeleton while loading, by its own `min-block-size` while the stages
   * show, or not at all; undefined until first decided (the loader may have set it before).
   */
  #holding: 'skeleton' | 'stages' | 'none' | undefined;
  /** The inline `min-block-size` set here while the stages show, if any (one a theme set on the element stays). */
  #heldMinSize: string | undefined;
  /** The host's size as the skeleton left it, a theme's own minimum included: what it holds while the stages show. */
  #skeletonSize: string | undefined;
  #hiddenByProgram = false;
  #tierColor: string | undefined;
  #upgradedOnce = false;
  readonly #internals = this.attachInternals();

  /** The engine's result, or undefined while loading and on error. */
  get status(): VipStatus | undefined {
    return this.source.status;
  }

  /** Fetches the document again, bypassing the cache. */
  retry(): void {
    this.source.retry();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render (a task later): the space the page held for the tag stays held (CLS 0).
    this.#reserve();
  }

  /** Sets or, once the status is shown in full, lifts the space held while loading, and remembers the size. */
  #reserve(): void {
    const phase = this.source.view.phase;
    const holding = !this.reservesSpace ? 'none' : phase === 'loading' ? 'skeleton' : this.pendingWork() ? 'stages' : 'none';
    if (holding === this.#holding) return;
    this.#holding = holding;
    const style = this.style;
    if (this.#heldMinSize && style.getPropertyValue('min-block-size') === this.#heldMinSize) style.removeProperty('min-block-size');
    this.#heldMinSize = undefined;
    // Per tag and document: the absolute `src`, or the page for an inline document. Only a number is stored.
    const key = `vip-tiers:size:${this.localName} ${this.src ? storage(() => new URL(this.src!, location.href).href) : location.pathname}`;
    if (holding === 'skeleton') {
      style.setProperty('--vip-loading-block-size', storage(() => rememberedSize(localStorage.getItem(key))) ?? 'var(--_estimate,auto)');
      return;
    }
    // `--vip-loading-block-size` is inherited: changing it restyles every element inside the host (12–27 ms at 4× CPU
    // throttling on the bench's block shown in full). So it goes in the update that replaces the skeleton, whose new
    // content is styled anyway, and until the last stage shows the host holds the size the skeleton had by its own
    // `min-block-size`, which restyles the host alone when lifted (docs/performance.md).
    const held = this.#skeletonSize ?? style.getPropertyValue('--vip-loading-block-size');
    this.#skeletonSize = undefined;
    style.removeProperty('--vip-loading-block-size');
    if (holding === 'stages') {
      if (!held || style.getPropertyValue('min-block-size')) return;
      style.setProperty('min-block-size', held);
      this.#heldMinSize = style.getPropertyValue('min-block-size');
      return;
    }
    if (phase !== 'ready') return;
    // The size once laid out, the first time only: what a shopper expands later is not what the next visit shows.
    const observer = new ResizeObserver(([entry]) => {
      observer.disconnect();
      const size = entry?.borderBoxSize[0]?.blockSize;
      if (size) storage(() => localStorage.setItem(key, String(size)));
    });
    observer.observe(this);
  }

  /**
   * The upgrade, the start of reading the document (a request for `src`) and the first render are tasks of their own
   * (README, "Performance": no task over 50 ms).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.#upgradedOnce) {
      this.#upgradedOnce = true;
      await nextTask();
      if (this.isConnected) this.source.start();
      await nextTask();
    }
    super.scheduleUpdate();
  }

  /** Also waits for a document being parsed and evaluated in later tasks, and for the update that shows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let work = this.pendingWork(); work; work = this.pendingWork()) {
      await work;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Work still to come before the element shows its current data; subclasses add their own. */
  protected pendingWork(): Promise<void> | undefined {
    return this.source.catalogLoading ?? this.source.evaluating;
  }

  /** README, "Languages": nothing is rendered while the locale's catalog is on its way (the space stays reserved). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return super.shouldUpdate(changed) && this.source.ready();
  }

  protected override update(changed: PropertyValues): void {
    // The status to show is known (the controller's hostUpdate); it is measured before it is rendered, while the
    // page's styles are up to date, so measuring costs little.
    const status = this.status;
    if (status) measureTierColors(this, status);
    // Leaving the skeleton: its size, read while the layout is up to date, is what the host holds next (#reserve).
    if (this.#holding === 'skeleton' && this.source.view.phase !== 'loading') this.#skeletonSize = getComputedStyle(this).blockSize;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#reserve();
    const disabled = this.status?.state === 'disabled';
    if (disabled !== this.#hiddenByProgram) {
      this.#hiddenByProgram = disabled;
      this.hidden = disabled;
    }
    // The tier's colour on the host reaches every piece inside (bar fill, reward bullets, launcher button).
    // The host itself takes the locale's direction too: the launcher's logical corner is the host's.
    const states = this.#internals.states as Set<string> | undefined;
    if (this.source.view.dir === 'rtl') states?.add('rtl');
    else states?.delete('rtl');
    const color = this.status?.tier?.color;
    if (color !== this.#tierColor) {
      this.#tierColor = color;
      setTierColor(this, color, this.status);
    }
  }
}

/** Storage may be off, full or forbidden (private modes, sandboxed frames): the size is then not remembered. */
function storage<T>(use: () => T): T | undefined {
  try {
    return use();
  } catch {
    return undefined;
  }
}

/** A remembered block size in pixels: only a plain positive number is taken. */
function rememberedSize(value: string | null): string | undefined {
  const size = Number(value);
  return value && size > 0 && size < 1e5 ? `${size}px` : undefined;
}

/**
 * The `dir` of a provider's shadow content (bound with `ifDefined`): `rtl` for a right-to-left locale (README,
 * "Languages"), else none, so the content follows the page's direction as before.
 */
export const dirOf = (view: VipView): 'rtl' | undefined => (view.dir === 'rtl' ? 'rtl' : undefined);

/** The short error message and its retry button, or the stale marker: one place for all providers. */
export function renderProblem(view: VipView): TemplateResult | typeof nothing {
  const m = view.messages;
  if (view.phase === 'error') {
    return html`<div part="error" role="alert">${m.error}</div>
      <button part="retry" type="button" @click=${view.retry}>${m.retry}</button>`;
  }
  if (view.stale) return html`<p part="stale">${m.stale}</p>`;
  return nothing;
}

/** The polite notice shown instead of numbers while tiers are being recalculated (R7). */
export function renderNotice(view: VipView): TemplateResult | typeof nothing {
  return view.status?.state === 'recalculating'
    ? html`<p part="notice" role="status">${view.messages.recalculating}</p>`
    : nothing;
}

/** The shared host styles, plus the provider's own messages. */
export const providerStyles = [
  hostStyles,
  css`
    /* While loading, the host holds the space the shown block will take (the remembered size or the estimate). */
    :host {
      min-block-size: var(--vip-loading-block-size);
    }
    /* The skeleton fills that space in the block's shape: heading, badge and total, the bar, then section cards. */
    .content > [part~='skeleton'] {
      block-size: var(--vip-loading-block-size);
      overflow: hidden;
      align-content: start;
    }
    .content > [part~='skeleton'] > :nth-child(-n + 3) {
      inline-size: 50%;
    }
    .content > [part~='skeleton'] > :nth-child(4) {
      block-size: 0.75em;
    }
    .content > [part~='skeleton'] > :nth-child(n + 5) {
      block-size: 6em;
    }
    :host(:state(rtl)) {
      direction: rtl;
    }
    [part~='error'],
    [part~='stale'],
    [part~='notice'] {
      margin: 0 0 calc(var(--_spacing) / 2);
    }
    [part~='stale'] {
      color: var(--_muted);
      font-size: 0.875em;
    }
    button {
      cursor: pointer;
      padding: 0.4em 0.9em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
    }
  `,
];
