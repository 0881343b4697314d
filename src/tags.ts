/**
 * The one tag table: every element's tag and the registration module under `src/lazy/` that defines it. The
 * loader imports a tag's chunk when the tag appears on the page; `define.ts` registers every tag at once and each
 * registration module its own (test/lazy checks both against this table). Registrations stay literal
 * `defineElement('tag', Class)` calls, typed by `HTMLElementTagNameMap`: the manifest and the byte checks read them.
 */
export const registrarOfTag = {
  'vip-tier-badge': 'pieces',
  'vip-tier-progress': 'pieces',
  'vip-tier-rewards': 'lists',
  'vip-coupons': 'lists',
  'vip-tier-list': 'lists',
  'vip-tier-history': 'lists',
  'vip-program': 'program',
  'vip-account': 'account',
  'vip-launcher': 'launcher',
  'vip-cart-progress': 'cart',
} as const;

/** A tag of vip-tiers. */
export type VipTag = keyof typeof registrarOfTag;

/** A registration module under `src/lazy/`. */
export type Registrar = (typeof registrarOfTag)[VipTag];

