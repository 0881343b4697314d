import { html, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VipCloseEvent, VipOpenEvent } from '../events.js';
import { atFrameStart, nextTask } from '../../tasks.js';
import { StagedReveal } from '../staged-reveal.js';
import { dirOf, providerStyles, VipProviderElement } from '../provider.js';
import { accountContentStyles } from '../vip-account/account-content.styles.js';
import { launcherStyles } from './vip-launcher.styles.js';

type Panel = typeof import('./vip-launcher-panel.js');
let panelModule: Promise<Panel> | undefined;
let withPanel: (() => Promise<unknown>) | undefined;

/** The URL fragment that opens the popup. */
const DEEP_LINK = '#vip-rewards';

/**
 * Loads `load` along with the popup's content, before a launcher first asks for it: the script tag's registration
 * (`src/lazy/launcher.ts`) brings the pieces' registrations this way. The element itself registers nothing.
 */
export function loadWithPanel(load: () => Promise<unknown>): void {
  withPanel = load;
}

/**
 * @summary A floating button on every page that opens the rewards popup: a modal `<dialog>` in the top layer
 * (`aria-modal`, focus kept inside, Escape and a click on the backdrop close it, focus returns to the button) with the
 * same content as `<vip-account>`. The popup's
 * code loads on the first hover, focus or click of the button, or when the browser is idle. The popup shows the
 * pieces: a page that registers tags itself registers theirs too (`vip-tiers/define` and the script tag do).
 *
 * On wide screens the popup is a panel anchored to the button's corner; below 640 px it is a bottom sheet (full
 * width, clear of the safe-area insets, scrolling inside under a sticky header with Close, the page behind locked).
 * Deep links open it: `#vip-rewards` in the URL (on load and on `hashchange`) and a click on any element with
 * `data-vip-open`; closing removes the fragment without a new history entry.
 *
 * @csspart launcher - The floating button.
 * @csspart launcher-icon - The icon beside its text (`aria-hidden`), filled with the tier colour.
 * @csspart panel - The popup (`<dialog>`).
 * @csspart backdrop - The page's dimming behind the popup (where the browser has popovers; else `::part(panel)::backdrop`).
 * @csspart close - The popup's close button.
 * @csspart content - The popup's content (plus every part listed for `<vip-account>`).
 *
 * @cssproperty [--vip-launcher-offset=20px] - Distance of the button from the viewport's corner.
 * @cssproperty [--vip-launcher-background=--vip-accent] - Button background.
 * @cssproperty [--vip-launcher-color=light-dark(#fff, #111)] - Button text colour.
 * @cssproperty [--vip-target-size=44px on touch screens] - Least width and height of the popup's buttons.
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Links, focus ring, default tier colour.
 * @cssproperty [--vip-surface=light-dark(#ffffff, #1e1f22)] - Popup background.
 * @cssproperty [--vip-border=light-dark(#d0d7de, #444c56)] - Border colour.
 * @cssproperty [--vip-radius=8px] - Corner radius.
 *
 * @event vip-open - The popup opened.
 * @event vip-close - The popup closed.
 * @event vip-load - The document was evaluated; `detail` is the status.
 * @event vip-error - The document could not be loaded or is invalid; `detail` is `{ message, issues }`.
 *
 * @attr position - `bottom-right` (default) or `bottom-left` (logical: follows `dir`).
 * @attr open - Present while the popup is open (reflects).
 * @attr src - URL of the account document.
 * @attr token - Bearer token sent with `src`, only to the page's origin or `token-origin`.
 * @attr token-origin - The one other origin the token may be sent to, e.g. `https://api.example.com`.
 * @attr customer-id - The signed-in shopper's id as the theme knows it (`{{ customer.id }}`; empty for a guest): a document of another shopper is never shown.
 * @attr now - ISO instant to preview the program at.
 * @attr locale - BCP 47 locale (default: nearest `lang`, then the page's, then `en`).
 * @attr login-url - Guest sign-in link, http(s) or relative (default `/account/login`).
 * @attr register-url - Guest "Join" link, http(s) or relative (default `/account/register`).
 * @attr shop-url - Where a coupon's "Use now" leads, http(s) or relative; no link without it.
 */
export class VipLauncher extends VipProviderElement {
  static override properties = {
    ...VipProviderElement.properties,
    open: { type: Boolean, reflect: true },
    position: { reflect: true },
    registerUrl: { attribute: 'register-url' },
    shopUrl: { attribute: 'shop-url' },
  };
  static override styles = [providerStyles, accountContentStyles, launcherStyles];

  /** Whether the popup is open. */
  declare open: boolean;
  /** Corner of the viewport: `bottom-right` or `bottom-left`. */
  declare position: 'bottom-right' | 'bottom-left';
  /** The guest's "Join" link, http(s) or relative (attribute `register-url`, default `/account/register`). */
  declare registerUrl: string | undefined;
  /** Where a coupon's "Use now" leads, http(s) or relative (attribute `shop-url`); no link without it. */
  declare shopUrl: string | undefined;

  /** A floating button: it takes no space in the page. */
  protected override reservesSpace = false;
  #panel: Panel | undefined;
  /** Settles once the popup's code is here and adopted by this launcher. */
  #panelArrival: Promise<void> | undefined;
  #idle: (() => void) | undefined;
  /** What had focus when the popup opened from a `[data-vip-open]` element: focus goes back there. */
  #opener: HTMLElement | undefined;
  /** Lets go of the page's keys and focus, which the open popup holds (`holdWhileOpen`). */
  #release: (() => void) | undefined;
  /** Settles once the popup has opened, at the start of the frame after the click: its layout is that frame's. */
  #opening: Promise<void> | undefined;
  /** The popup's content comes in the account block's stages once its code is here and the status is ready. */
  readonly #stages = new StagedReveal(this, (stage) => this.#panel?.prepareStage(stage));

  constructor() {
    super();
    this.open = false;
    this.position = 'bottom-right';
  }

  /** Opens the popup. */
  show(): void {
    this.open = true;
  }

  /** Closes the popup. */
  hide(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    document.addEventListener('click', this.#onDeepLinkClick);
    this.#onHash();
    if (this.#panel || this.#idle) return;
    // Safari has no idle callbacks; a page may have added requestIdleCallback alone.
    if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
      const id = requestIdleCallback(this.#loadPanel, { timeout: 5000 });
      this.#idle = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(this.#loadPanel, 2000);
      this.#idle = () => clearTimeout(id);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    document.removeEventListener('click', this.#onDeepLinkClick);
    this.#idle?.();
    this.#idle = undefined;
    // Taken out of the page while open: closed, so it is not shown again as a plain box if put back.
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) {
      this.open = false;
      dialog.close();
    }
    this.#letGo(dialog);
  }

  readonly #loadPanel = (): void => {
    this.#idle?.();
    if (this.#panelArrival) return;
    panelModule ??= Promise.all([import('./vip-launcher-panel.js'), withPanel?.()]).then(([panel]) => panel);
    this.#panelArrival = panelModule.then(async (panel) => {
      // Building the popup's style sheet, adopting it and loading the account block's later sections are tasks of
      // their own, after the one that registered the popup's pieces (README, "Performance").
      await nextTask();
      const sheet = panel.panelStyles.styleSheet!;
      await nextTask();
      this.#panel = panel;
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.requestUpdate();
      await nextTask();
      void panel.loadLater();
    }, (error: unknown) => {
      // A failed download is tried again on the next hover, focus or click; a popup it was opening is closed, so
      // the next click opens it again.
      panelModule = this.#panelArrival = undefined;
      this.open = false;
      console.warn('vip-tiers: could not load the code for the rewards popup', error);
    });
  };

  /** `#vip-rewards` in the URL opens the popup, on load and whenever the fragment changes to it. */
  readonly #onHash = (): void => {
    if (location.hash === DEEP_LINK) this.show();
  };

  /** A click on any `[data-vip-open]` element of the page opens the popup (a link to `#vip-rewards` included). */
  readonly #onDeepLinkClick = (event: MouseEvent): void => {
    const opener = (event.target as Element | null)?.closest?.<HTMLElement>('[data-vip-open]');
    if (!opener || event.defaultPrevented) return;
    event.preventDefault();
    this.#opener = opener;
    this.show();
  };

  override render() {
    const view = this.source.view;
    const m = view.messages;
    // The content is built when the popup opens, a stage per frame: opening lays out (and focuses) the first stage only,
    // not the whole block in the click's task (README, "Performance").
    const stage = this.#stages.shown(this.#panel && this.open && view.phase === 'ready' ? this.#panel.panelStages : 0);
    const busy = !this.#panel || view.phase === 'loading' || (stage > 0 && !this.#stages.complete);
    return html`<button part="launcher" type="button" lang=${view.locale} dir=${ifDefined(dirOf(view))} aria-haspopup="dialog" aria-expanded=${this.open ? 'true' : 'false'}
        @pointerenter=${this.#loadPanel} @focus=${this.#loadPanel} @click=${this.show}>
        <svg part="launcher-icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M8 2h8l-2.5 7h-3z" /><circle cx="12" cy="15" r="6" /></svg>${m.launcher}
      </button>
      ${this.#panel ? html`<div part="backdrop" class="backdrop" popover="manual" @click=${this.hide}></div>` : null}
      <dialog part="panel" popover="manual" aria-modal="true" lang=${view.locale} dir=${ifDefined(dirOf(view))} aria-labelledby="title"
        @cancel=${this.#onCancel} @close=${this.#onClose} @click=${this.#onBackdrop}>
        <header>
          <h2 id="title">${m.popupTitle}</h2>
          <button part="close" type="button" @click=${this.hide}>${m.close}</button>
        </header>
        <div part="content" class="content" aria-busy=${busy ? 'true' : 'false'}>
          ${this.#panel && [view.phase === 'loading' ? html`<span class="sr-only">${m.loading}</span>` : null, this.#panel.renderPanel(view, stage, {
            // Under the dialog's own <h2> title.
            level: 3,
            registerUrl: this.registerUrl,
            shopUrl: this.shopUrl,
          })]}
        </div>
      </dialog>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    // A launcher hidden by a disabled program (R7) has no popup to show. The popup opens once its code is here.
    const shown = this.open && !this.hidden;
    if (shown && !dialog.open) {
      this.#loadPanel();
      if (!this.#panel || this.#opening) return;
      // Opening lays the popup out (to focus it): at the next frame's start, where the page lays out anyway, not in the
      // click's task with the render (README, "Performance").
      this.#opening = new Promise((resolve) => atFrameStart(() => {
        this.#opening = undefined;
        resolve();
        if (!this.open || this.hidden || dialog.open || !this.#panel || !this.isConnected) return;
        this.#panel.openPanel(dialog, this.renderRoot.querySelector('[part~="launcher"]')!, this.renderRoot.querySelector('.backdrop')!);
        this.#release = this.#panel.holdWhileOpen(dialog, this.renderRoot.querySelector('[part~="close"]')!, () => this.hide());
        this.dispatchEvent(new VipOpenEvent());
      }));
    } else if (!shown && dialog.open) {
      dialog.close();
      this.#letGo(dialog);
    }
  }

  /** After the popup closed: out of the top layer, the page's keys, focus and scrolling given back. */
  #letGo(dialog: HTMLDialogElement | null): void {
    this.#release?.();
    this.#release = undefined;
    if (dialog) this.#panel?.closePanel(dialog, this.renderRoot.querySelector('.backdrop'));
  }

  protected override pendingWork(): Promise<void> | undefined {
    return super.pendingWork() ?? this.#opening ?? this.#stages.pending ?? (this.open && !this.#panel ? this.#panelArrival : undefined);
  }

  /**
   * Escape: the browser closes the dialog and fires `close` in a later task. Closed from here on, so an update in
   * between (a stage of the content arriving) does not open it again.
   */
  readonly #onCancel = (): void => {
    this.open = false;
  };

  /** Escape, the close button and `hide()` all end here. */
  readonly #onClose = (event: Event): void => {
    // A late close event of a popup opened again since: it stays open.
    const dialog = event.currentTarget as HTMLDialogElement;
    if (dialog.open) return;
    this.open = false;
    this.#letGo(dialog);
    // The deep link is spent: drop it without adding a history entry, so Back leaves the page as usual.
    if (location.hash === DEEP_LINK) history.replaceState(history.state, '', location.pathname + location.search);
    const opener = this.#opener?.isConnected ? this.#opener : this.renderRoot.querySelector<HTMLElement>('[part~="launcher"]');
    this.#opener = undefined;
    opener?.focus();
    this.dispatchEvent(new VipCloseEvent());
  };

  /** A click on the native modal's backdrop lands on the dialog itself (header and content fill its box): close. */
  readonly #onBackdrop = (event: MouseEvent): void => {
    if (event.target === event.currentTarget) this.hide();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-launcher': VipLauncher;
  }
}
