/** Shared by the element tests: reading what a shopper sees through shadow roots, and waiting for it. */
import { configureRequests, clearAccountCache, type RequestSettings } from '../../src/data/index.js';

/** Every element matching `selector`, searched through `root` and every shadow root below it. */
export function deepAll(root: Element | ShadowRoot | Document, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document): void => {
    found.push(...node.querySelectorAll(selector));
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return [...new Set(found)];
}

/** Every element with `name` in its `part` list anywhere under `root`, in its shadow root first. */
export function parts(root: Element, name: string): HTMLElement[] {
  return deepAll(root, `[part~="${name}"]`) as HTMLElement[];
}

/** The first element with `name` in its `part` list anywhere under `root`, in its shadow root first. */
export function part(root: Element, name: string): HTMLElement | undefined {
  return parts(root, name)[0];
}

/** The visible text of the first element with `part`, whitespace collapsed. */
export function partText(root: Element, name: string): string | undefined {
  return part(root, name)?.textContent?.replace(/\s+/g, ' ').trim();
}

type Updating = Element & { readonly updateComplete: Promise<unknown>; readonly isUpdatePending: boolean };
const updating = (root: Element): Updating[] =>
  [root, ...deepAll(root, '*')].filter((element): element is Updating => 'updateComplete' in element);

/**
 * Resolves once `root` and every Lit element under it, through shadow roots, have no update pending. A
 * provider's `updateComplete` also waits for its document to be parsed and evaluated and for every stage of its
 * content. An update can create or wake other elements, so it looks again until one look finds nothing pending.
 * Only Lit's promises are awaited, no timer: a response on its way, the popup's code loading or a dialog's
 * `close` event are not updates, so wait for those with `until` or `oneEvent` first.
 */
export async function settled(root: Element): Promise<void> {
  for (let look = 0; look < 50; look++) {
    const elements = updating(root);
    await Promise.all(elements.map((element) => element.updateComplete));
    const now = updating(root);
    if (now.length === elements.length && now.every((element, i) => element === elements[i] && !element.isUpdatePending)) return;
  }
  throw new Error('updates were still being requested after 50 looks');
}

/** One attempt per load and short timings, restored after the suite; reused documents forgotten after each test. */
export function useQuickLoads(): void {
  let previous: RequestSettings | undefined;
  before(() => {
    previous = configureRequests({ maxAttempts: 1, backoffMs: 5, random: () => 0.5, timeoutMs: 2000 });
  });
  after(() => {
    if (previous) configureRequests(previous);
  });
  afterEach(() => clearAccountCache());
}

/** A promise and the function that resolves it, to hold a response until the test lets it go. */
export function gate(): { readonly opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Records the events of `type` that reach the document, until `stop()`. */
export function listen<E extends Event>(type: string): { readonly events: E[]; stop(): void } {
  const events: E[] = [];
  const record = (event: Event): void => void events.push(event as E);
  document.addEventListener(type, record);
  return { events, stop: () => document.removeEventListener(type, record) };
}

/** Replaces `console.warn` with a recorder until `restore()`. */
export function captureWarnings(): { readonly warnings: string[]; restore(): void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

/**
 * Whether a shopper can see `element`: not inside a closed `<details>`, not `display: none`. Engines without
 * `checkVisibility()` render closed content without boxes.
 */
export function visible(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
}

/** The launcher's button, its popup dialog and the dialog's Close button. */
/**
 * Whether `dialog` is open in the top layer with a modal's semantics: a popover with `aria-modal` where the browser
 * has popovers, else a native modal.
 */
export function inTopLayer(dialog: HTMLDialogElement): boolean {
  const modal = typeof dialog.showPopover === 'function' ? dialog.matches(':popover-open') && !dialog.matches(':modal') : dialog.matches(':modal');
  return dialog.open && dialog.getAttribute('aria-modal') === 'true' && modal;
}

/** Whether `element` is a popover shown in the top layer (false where the browser has no popovers). */
export function popoverShown(element: Element | null): boolean {
  return !!element && typeof HTMLElement.prototype.showPopover === 'function' && element.matches(':popover-open');
}

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function launcherParts(el: Element): { button: HTMLButtonElement; dialog: HTMLDialogElement; close: HTMLButtonElement; backdrop: HTMLElement | null } {
  const root = el.shadowRoot!;
  return {
    backdrop: root.querySelector<HTMLElement>('[part~="backdrop"]'),
    button: root.querySelector<HTMLButtonElement>('[part~="launcher"]')!,
    dialog: root.querySelector<HTMLDialogElement>('[part~="panel"]')!,
    close: root.querySelector<HTMLButtonElement>('[part~="close"]')!,
  };
}
