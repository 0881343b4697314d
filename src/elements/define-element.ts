/**
 * Registers `tag` unless some code (this copy of vip-tiers or another) already did. The tag must be declared in
 * `HTMLElementTagNameMap`, and the class must be the one declared there.
 */
export function defineElement<T extends keyof HTMLElementTagNameMap>(tag: T, element: new () => HTMLElementTagNameMap[T]): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
