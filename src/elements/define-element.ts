/** Registers `tag` unless some code (this copy of vip-tiers or another) already did. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
