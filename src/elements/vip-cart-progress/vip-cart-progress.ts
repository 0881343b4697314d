import { html, nothing, type PropertyValues } from 'lit';
import { readShopifyCart, whole, type ShopifyCart } from '../../data/cart.js';
import { project } from '../../engine/core.js';
import { formatter } from '../../i18n/format.js';
import { VipProviderElement } from '../provider.js';
import { hostStyles } from '../styles.js';
import { cartLine, type CartLine } from './cart-line.js';
import { cartStyles } from './vip-cart-progress.styles.js';

/**
 * @summary What the cart's order does for the shopper's VIP tier: "This order takes you to Gold!", "Add $120.00 to
 * this order to reach Gold", "This order counts toward Roaster: 3 more orders after it". Nothing for guests, hidden
 * programs, an empty cart and shoppers at the top tier (unless `top-tier-line`). For the cart page and cart drawer;
 * it reads the account document like `<vip-program>` (one shared request per `src`).
 *
 * @csspart cart-progress - The sentence (`aria-live="polite"`: a changed projection is announced).
 * @csspart cart-reaches - Added when the order enters a tier.
 * @csspart cart-toward - Added when the order counts toward the next tier.
 * @csspart cart-top-tier - Added for the top-tier line.
 *
 * @cssproperty [--vip-tier-color=--vip-accent] - The dot before the sentence; set from the shopper's tier.
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Default tier colour.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-color-scheme=light dark] - `light`, `dark`, or both.
 *
 * @event vip-load - The document was evaluated; `detail` is the status.
 * @event vip-error - The document could not be loaded or is invalid; `detail` is `{ message, issues }`.
 *
 * @attr cart-total - The cart's total in minor units of the program's currency (set by the theme).
 * @attr cart - `shopify`: read the total from Shopify's `/cart.js` (`total_price`) instead.
 * @attr cart-events - Document events (space-separated) after which `/cart.js` is read again, e.g. `cart:updated`.
 * @attr cart-points - The points the cart's order earns, for a `points_earned` program.
 * @attr top-tier-line - Show "You're at Gold, our top tier. Thank you!" to a shopper at the top tier.
 * @attr src - URL of the account document.
 * @attr customer-id - The signed-in shopper's id as the theme knows it (empty for a guest).
 * @attr now - ISO instant to preview the program at.
 * @attr locale - BCP 47 locale (default: nearest `lang`, then the page's, then `en`).
 */
export class VipCartProgress extends VipProviderElement {
  static override styles = [hostStyles, cartStyles];

  static override properties = {
    ...VipProviderElement.properties,
    cartTotal: { attribute: 'cart-total', type: Number },
    cart: {},
    cartEvents: { attribute: 'cart-events' },
    cartPoints: { attribute: 'cart-points', type: Number },
    topTierLine: { attribute: 'top-tier-line', type: Boolean },
  };

  /** The cart's total in minor units of the program's currency; ignored with `cart="shopify"`. */
  declare cartTotal?: number;
  /** `shopify` to read the cart from Shopify's `/cart.js`. */
  declare cart?: string;
  /** Space-separated document events after which the cart is read again. */
  declare cartEvents?: string;
  /** Points the cart's order earns (`points_earned` programs). */
  declare cartPoints?: number;
  /** Whether a shopper at the top tier sees the thank-you line. */
  declare topTierLine: boolean;

  #shopify: ShopifyCart | undefined;
  #reading: Promise<void> | undefined;
  #reads = 0;
  #listening: string[] = [];
  /** Connected since the cart was last read: read it on the next update. */
  #unread = false;
  readonly #onCartEvent = (): void => this.refresh();

  constructor() {
    super();
    this.topTierLine = false;
    // Its sentences are the catalog's cart part, which no other element loads (README, "Languages").
    this.source.withCart = true;
  }

  /** Reads the cart again (`cart="shopify"`) and updates the sentence. */
  refresh(): void {
    if (this.cart === 'shopify') this.#read();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen();
    this.#unread = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cartEvents') && this.isConnected) this.#listen();
    if (this.cart === 'shopify' && (this.#unread || changed.has('cart'))) this.#read();
    this.#unread = false;
  }

  protected override pendingWork(): Promise<void> | undefined {
    return super.pendingWork() ?? this.#reading;
  }

  #listen(stop = false): void {
    for (const name of this.#listening) document.removeEventListener(name, this.#onCartEvent);
    this.#listening = stop ? [] : (this.cartEvents ?? '').split(/\s+/).filter(Boolean);
    for (const name of this.#listening) document.addEventListener(name, this.#onCartEvent);
  }

  #read(): void {
    const read = ++this.#reads;
    this.#reading = readShopifyCart().then((cart) => {
      if (read !== this.#reads) return;
      this.#shopify = cart;
      this.#reading = undefined;
      this.requestUpdate();
    });
  }

  /** The cart's amount in the program's currency, or undefined when unknown (or in another currency). */
  #amount(currency: string): number | undefined {
    if (this.cart !== 'shopify') return whole(this.cartTotal);
    const cart = this.#shopify;
    return cart && (cart.currency === undefined || cart.currency === currency) ? cart.amount : undefined;
  }

  #line(): CartLine | undefined {
    const { view, account } = this.source;
    const status = view.status;
    if (!status || !account || status.state !== 'active') return undefined;
    const amount = this.#amount(status.currency);
    if (amount === undefined && status.unit !== 'points') return undefined;
    const f = formatter(view.locale, status.currency, view.messages);
    // The cart is one order; R1 decides what of it counts.
    const projection = project(account, { amount: amount ?? 0, orders: amount ? 1 : 0, points: whole(this.cartPoints) ?? 0, at: status.now });
    return cartLine(projection, f, this.topTierLine);
  }

  override render() {
    const line = this.#line();
    // The live region stays in place while its sentence changes, so the change is announced.
    return html`<p part=${line ? `cart-progress ${line.kind}` : 'cart-progress'} aria-live="polite">${line?.text ?? nothing}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-cart-progress': VipCartProgress;
  }
}
