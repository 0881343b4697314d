/** The shopper's cart as Shopify's storefront serves it (`<vip-cart-progress cart="shopify">`). */

/** The cart's total in minor units, and its currency when Shopify names one. */
export interface ShopifyCart {
  readonly amount: number;
  readonly currency?: string;
}

/** `n` when it is a whole number ≥ 0 (minor units, points), else undefined. */
export const whole = (n: unknown): number | undefined => (Number.isSafeInteger(n) && (n as number) >= 0 ? (n as number) : undefined);

/** Shopify's `/cart.js`, under the store's locale root when Shopify names one (`/fr/cart.js`). */
function shopifyCartUrl(): string {
  const root = (globalThis as { Shopify?: { routes?: { root?: unknown } } }).Shopify?.routes?.root;
  return `${typeof root === 'string' && root.startsWith('/') ? root.replace(/\/?$/, '/') : '/'}cart.js`;
}

/**
 * Reads the cart from `/cart.js`, never from a cache: undefined when it cannot be read or its total is not a whole
 * number ≥ 0, so a cart that cannot be read shows nothing rather than a wrong projection.
 */
export async function readShopifyCart(): Promise<ShopifyCart | undefined> {
  try {
    // Same-origin credentials, fetch's default: the storefront's own cart cookie.
    const response = await fetch(shopifyCartUrl(), { cache: 'no-store' });
    const body = (await response.json()) as { total_price?: unknown; currency?: unknown };
    const amount = whole(body.total_price);
    if (!response.ok || amount === undefined) return undefined;
    return { amount, currency: typeof body.currency === 'string' ? body.currency : undefined };
  } catch {
    return undefined;
  }
}
