/** Shared by the provider tests: reading what a shopper sees through shadow roots, and waiting for it. */
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

/** The first element with `part` (space-separated list) anywhere under `root`. */
export function part(root: Element, name: string): HTMLElement | undefined {
  return deepAll(root, `[part~="${name}"]`)[0] as HTMLElement | undefined;
}

/** The visible text of the first element with `part`, whitespace collapsed. */
export function partText(root: Element, name: string): string | undefined {
  return part(root, name)?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Resolves once `condition()` holds, checking every few milliseconds. */
export async function until(condition: () => unknown, timeoutMs = 3000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets pending updates of `root` and every custom element under it finish. */
export async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    const elements = [root, ...deepAll(root, '*')] as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(elements.map((element) => element.updateComplete));
  }
}

let counter = 0;
/** A path no other test uses, so a reused document of one test never answers another. */
export function uniquePath(name: string): string {
  counter += 1;
  return `/api/${name}-${counter}/account`;
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
