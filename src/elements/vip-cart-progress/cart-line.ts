import type { Projection } from '../../engine/project.js';
import type { Formatter } from '../../i18n/format.js';

/** What `<vip-cart-progress>` says, and the part that marks it. */
export interface CartLine {
  readonly text: string;
  /** `cart-reaches` when the order enters a tier, `cart-toward` when it counts toward one, `cart-top-tier`. */
  readonly kind: 'cart-reaches' | 'cart-toward' | 'cart-top-tier';
}

/**
 * The sentence for a projected cart order, or undefined for none: nothing for an empty cart, and at the top tier
 * nothing unless `topTierLine` asks for the thank-you line. Pure: tested without the DOM.
 * @example cartLine(project(account, { amount: 12000 }), f, false)?.text // 'This order takes you to Gold!'
 */
export function cartLine(p: Projection, f: Formatter, topTierLine: boolean): CartLine | undefined {
  const m = f.messages;
  const { before, nextTier, remaining } = p;
  if (before.state !== 'active') return undefined;
  if (before.nextTier === null) {
    return topTierLine && before.tier ? { text: m.cartTopTier(before.tier.name), kind: 'cart-top-tier' } : undefined;
  }
  if (p.added <= 0) return undefined;
  if (p.enters) return { text: m.cartReaches(p.enters.name), kind: 'cart-reaches' };
  if (nextTier === null || remaining === null) return undefined;
  const text = before.unit === 'money'
    ? m.cartAddToReach(f.money(remaining), nextTier.name)
    : before.unit === 'orders'
      ? f.counted(remaining, (count, plural) => m.cartOrdersToward(nextTier.name, count, plural))
      : m.cartPointsToward(nextTier.name, f.quantity(remaining, 'points'));
  return { text, kind: 'cart-toward' };
}
