import { CSSResult, type ReactiveElement } from 'lit';
import { nextTask } from '../tasks.js';
import { warmLocales } from './warm-up.js';

/**
 * Registers `tag` unless some code (this copy of vip-tiers or another) already did. The tag must be declared in
 * `HTMLElementTagNameMap`, and the class must be the one declared there.
 */
export function defineElement<T extends keyof HTMLElementTagNameMap>(tag: T, element: new () => HTMLElementTagNameMap[T]): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** The style sheets built so far. */
const built = new WeakSet<CSSResult>();

/**
 * What an upgrade would otherwise do at once, a task each, the first after the caller's (README, "Performance": no
 * task over 50 ms): each class's style sheets are built, so a first render adopts them instead of parsing CSS, and
 * Intl's locale data is loaded, which choosing an element's locale needs. Call it before registering the classes: they
 * register, and the elements on the page upgrade, in a task after these.
 */
export async function prepareUpgrade(...elements: readonly (typeof ReactiveElement)[]): Promise<void> {
  for (const element of elements) {
    await nextTask();
    // Reading `observedAttributes` finalizes the class, which gathers its styles (idempotent).
    void element.observedAttributes;
    // A style sheet a task, each the first time: the elements share some.
    for (const style of element.elementStyles) {
      if (!(style instanceof CSSResult) || built.has(style)) continue;
      built.add(style);
      await nextTask();
      void style.styleSheet;
    }
  }
  await nextTask();
  warmLocales();
  // The caller registers in a later task, not in this one.
  await nextTask();
}
