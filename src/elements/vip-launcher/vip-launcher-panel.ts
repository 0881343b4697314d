import { css } from 'lit';

/**
 * The rewards popup's code, loaded by `<vip-launcher>` with a dynamic `import()` on the first hover, focus or click
 * of its button, or when the browser is idle: the same composition as `<vip-account>`, the popup's styles, and how
 * it opens. It registers no tag: the pieces it shows are registered by `vip-tiers/define`, or by the script tag
 * along with this module.
 */
export { ACCOUNT_STAGES as panelStages, loadLater, prepareStage, renderAccountContent as renderPanel } from '../vip-account/account-content.js';

/** Below this width the popup is a bottom sheet (the breakpoint of {@link panelStyles}). */
const SHEET = '(max-width: 639.98px)';

/** The page root's own `overflow` while a bottom sheet holds the page still; undefined when none does. */
let pageOverflow: string | undefined;

/** Adopted by the launcher's shadow root when this module arrives. */
export const panelStyles = css`
  /*
   * Desktop: a panel anchored above the button (--_y, its distance from the bottom), or below it when a theme put the
   * button in the top half of the screen (--_t, from the top), at its outer edge (--_l or --_r); set when it opens.
   */
  [part~='panel'] {
    position: fixed;
    inset: var(--_t, auto) var(--_r, auto) var(--_y, auto) var(--_l, auto);
    margin: 0;
    inline-size: min(26em, 100vw - 2em);
    max-inline-size: none;
    max-block-size: min(48em, 100dvh - var(--_y, var(--_t)) - 1em);
    padding: 0;
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: var(--vip-font-size, 16px);
  }
  /*
   * The page behind, dimmed: a click on it closes the popup. An element of its own in the top layer, since a popover's
   * ::backdrop lets clicks through; the dialog's own ::backdrop where the popup opens as a native modal.
   */
  .backdrop {
    display: none;
  }
  .backdrop:popover-open {
    display: block;
    inset: 0;
    inline-size: auto;
    block-size: auto;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .backdrop,
  [part~='panel']:modal::backdrop {
    background: rgb(0 0 0 / 0.25);
  }
  header {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .content {
    padding: calc(var(--_spacing) * 1.5);
  }
  [part~='close'] {
    padding: 0.25em 0.75em;
  }
  /* Phones: a bottom sheet, full width, clear of the home indicator and the notch, scrolling inside. */
  @media (max-width: 639.98px) {
    [part~='panel'] {
      inset: auto 0 0;
      inline-size: 100%;
      max-block-size: calc(100dvh - 2em);
      border-width: 1px 0 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
    header,
    .content {
      padding-inline: max(var(--_spacing), env(safe-area-inset-left), env(safe-area-inset-right));
    }
    .content {
      padding-block-end: max(var(--_spacing), env(safe-area-inset-bottom));
    }
  }
`;

/**
 * Whether the popup opens in the top layer as a popover with a dialog's semantics (`aria-modal`, focus kept inside by
 * {@link holdWhileOpen}): a native modal makes the rest of the page inert, which restyles every element of it (a task
 * of 500–673 ms at 4× CPU throttling on a page of 9,000 elements; README, "Performance"). Browsers without popovers
 * get the native modal.
 */
const popovers = typeof HTMLElement.prototype.showPopover === 'function';

/**
 * Opens `dialog` over `backdrop`: on wide screens placed above `button` (below it when the button is in the top half
 * of the screen), aligned with its edge nearer the viewport's side (measured, so a theme may move the button); below
 * 640 px a bottom sheet that holds the page behind still.
 */
export function openPanel(dialog: HTMLDialogElement, button: Element, backdrop: HTMLElement): void {
  const box = button.getBoundingClientRect();
  const { clientWidth, clientHeight } = document.documentElement;
  const right = box.left + box.right > clientWidth;
  const below = box.top + box.bottom < clientHeight;
  const style = dialog.style;
  style.setProperty(below ? '--_t' : '--_y', `${below ? box.bottom + 8 : clientHeight - box.top + 8}px`);
  style.removeProperty(below ? '--_y' : '--_t');
  style.setProperty(right ? '--_r' : '--_l', `${right ? clientWidth - box.right : box.left}px`);
  style.removeProperty(right ? '--_l' : '--_r');
  if (popovers) {
    // In this order, so the dialog is above the backdrop; show() then focuses its first control.
    backdrop.showPopover();
    dialog.showPopover();
    dialog.show();
  } else {
    dialog.showModal();
  }
  if (matchMedia(SHEET).matches && pageOverflow === undefined) {
    const root = document.documentElement.style;
    pageOverflow = root.overflow;
    root.overflow = 'hidden';
  }
}

/** Gives the page root back its own `overflow` after a bottom sheet. */
export function releasePage(): void {
  if (pageOverflow === undefined) return;
  document.documentElement.style.overflow = pageOverflow;
  pageOverflow = undefined;
}

/** After `dialog` closed: takes it and its backdrop out of the top layer and gives the page back its scrolling. */
export function closePanel(dialog: HTMLDialogElement, backdrop: HTMLElement | null): void {
  if (popovers) for (const element of [dialog, backdrop]) if (element?.matches(':popover-open')) element.hidePopover();
  releasePage();
}

/** What Tab reaches under `root`, in order: through the pieces' shadow roots, not into collapsed sections. */
function tabStops(root: Element | ShadowRoot, stops: HTMLElement[] = []): HTMLElement[] {
  for (const element of root.children) {
    if (!(element instanceof HTMLElement)) continue;
    if (!element.checkVisibility() && getComputedStyle(element).display !== 'contents') continue;
    if (element.tabIndex >= 0 && element.matches(TABBABLE) && !element.matches(':disabled')) stops.push(element);
    tabStops(element.shadowRoot ?? element, stops);
  }
  return stops;
}
const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Tab on the popup's last control goes to its first, Shift+Tab on its first to its last. */
function keepFocusIn(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  const stops = tabStops(dialog);
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const [first, last] = [stops[0], stops[stops.length - 1]];
  if (event.shiftKey ? active === first || active === dialog : active === last) {
    event.preventDefault();
    // The first that takes focus: a browser may keep some (a link, a summary) out of its Tab order.
    for (const stop of event.shiftKey ? stops.reverse() : stops) {
      stop.focus();
      if (stop.matches(':focus')) return;
    }
  }
}

type Watcher = { onclose: (() => void) | null; destroy(): void };

/**
 * While the popup is open as a popover, holds what a native modal holds (README, "Popup and deep links"): Escape
 * closes it (`hide`) wherever focus is, and so does the system's close request (Android's Back) where the browser
 * has close watchers; Tab goes round its controls; focus that reaches the page goes back to `close`. Returns what lets
 * go of all of it. A native modal holds all of it itself.
 */
export function holdWhileOpen(dialog: HTMLDialogElement, close: HTMLElement, hide: () => void): () => void {
  if (!popovers) return () => {};
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      hide();
    } else if (event.key === 'Tab' || event.code === 'Tab') {
      // By its code too: WebKit's WebDriver sends Tab with the key "Unidentified".
      keepFocusIn(dialog, event);
    }
  };
  const onFocus = (event: FocusEvent): void => {
    if (!event.composedPath().includes(dialog)) close.focus();
  };
  const Watcher = (globalThis as { CloseWatcher?: new () => Watcher }).CloseWatcher;
  const watcher = Watcher ? new Watcher() : undefined;
  if (watcher) watcher.onclose = hide;
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('focusin', onFocus, true);
  return () => {
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('focusin', onFocus, true);
    watcher?.destroy();
  };
}
