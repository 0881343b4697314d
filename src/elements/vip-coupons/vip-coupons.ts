import { html, nothing } from 'lit';
import type { EvaluatedCoupon, VipStatus } from '../../engine/index.js';
import type { Formatter } from '../../i18n/format.js';
import { VipCouponCopyEvent } from '../events.js';
import { isLong } from '../staged.js';
import { hostStyles } from '../styles.js';
import { VipPiece, type PieceContent } from '../vip-piece.js';
import { safeUrl } from '../view.js';
import { couponsStyles } from './vip-coupons.styles.js';

function statusText(coupon: EvaluatedCoupon, f: Formatter): string {
  const m = f.messages;
  if (coupon.state === 'used') return m.used;
  if (coupon.state === 'expired') return m.expired;
  const days = coupon.daysLeft;
  return days === undefined ? m.noExpiry : days <= 0 ? m.expiresToday : f.counted(days, m.expiresIn);
}

/**
 * @summary The shopper's tier coupons in the engine's order: active ones first (soonest expiry first; two weeks or
 * less left stands out) with a copy button and, with `shop-url`, a "Use now" link; used and expired ones collapsed
 * under "Past coupons (2)". Shown while tiers are recalculating too; guests see nothing.
 *
 * @attr shop-url - Where "Use now" leads (http(s) or relative); no link without it.
 *
 * @event vip-coupon-copy - A code was copied to the clipboard (`VipCouponCopyEvent`, detail `{ code }`).
 *
 * @csspart coupons - A list: the active coupons, and the past ones.
 * @csspart coupon - Each coupon; also `coupon-active`, `coupon-used` or `coupon-expired`, and `coupon-soon`.
 * @csspart coupon-soon - Added to `coupon` when an active coupon has 14 days or less left.
 * @csspart past-coupons - The collapsed `<details>` holding used and expired coupons.
 * @csspart use-now - The "Use now" link of an active coupon (with `shop-url`).
 * @csspart coupon-title - The coupon's title.
 * @csspart coupon-code - The code.
 * @csspart coupon-status - "Expires in 12 days", "Expires today", "Expired", "Used".
 * @csspart copy - The copy button of an active coupon.
 * @csspart coupons-empty - "You have no coupons yet."
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Copy button colour.
 * @cssproperty [--vip-surface=light-dark(#ffffff, #1e1f22)] - Coupon background.
 * @cssproperty [--vip-border=light-dark(#d0d7de, #444c56)] - Coupon border.
 * @cssproperty [--vip-radius=8px] - Corner radius of coupons and buttons.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-muted=light-dark(#57606a, #a8b0b9)] - Status text colour.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-spacing=12px] - Padding and gaps.
 * @cssproperty [--vip-color-scheme=light dark] - `light`, `dark`, or both.
 */
export class VipCoupons extends VipPiece {
  static override styles = [hostStyles, couponsStyles];
  static override properties = { shopUrl: { attribute: 'shop-url' }, _copied: { state: true }, _announcement: { state: true } };

  /** Where "Use now" leads, http(s) or relative; without it (or when refused) there is no such link. */
  declare shopUrl: string | undefined;
  private declare _copied: string | undefined;
  private declare _announcement: string;

  protected override skeletonLines = 2;
  #timer = 0;

  constructor() {
    super();
    this._announcement = '';
  }

  protected override renderStatus(status: VipStatus, f: Formatter): PieceContent {
    if (status.state === 'guest') return nothing;
    const m = f.messages;
    const shop = safeUrl(this.shopUrl, '');
    const coupon = (c: EvaluatedCoupon, i: number) => {
      // Two weeks or less left: the coupon stands out.
      const soon = c.daysLeft !== undefined && c.daysLeft <= 14;
      return html`<li part="coupon coupon-${c.state}${soon ? ' coupon-soon' : ''}">
        <span part="coupon-title">${c.title}</span>
        <code part="coupon-code" id="code-${i}" dir="ltr">${c.code}</code>
        <span part="coupon-status" class=${soon ? '' : 'muted'}>${statusText(c, f)}</span>
        ${c.state === 'active'
          ? html`<span class="actions"
              ><button part="copy" type="button" aria-describedby="code-${i}" @click=${() => this.#copy(c, i, f)}>
                ${this._copied === c.id ? html`<span aria-hidden="true">✓ </span>${m.copied}` : m.copy}</button
              >${shop ? html`<a part="use-now" href=${shop}>${m.useNow}</a>` : nothing}</span
            >`
          : nothing}
      </li>`;
    };
    // Long lists in stages (README, "Performance"): active coupons come first, so they are shown first.
    const weightOf = (): number => 4;
    const shown = this.staged(status.coupons, weightOf);
    const long = isLong(status.coupons, weightOf) ? 'long' : '';
    const active = shown.filter((c) => c.state === 'active');
    const past = shown.filter((c) => c.state !== 'active');
    const pastCount = status.coupons.length - status.coupons.filter((c) => c.state === 'active').length;
    return html`${status.coupons.length
        ? html`${active.length ? html`<ul part="coupons" class=${long} aria-label=${m.coupons}>${active.map(coupon)}</ul>` : nothing}
          ${past.length
            ? html`<details part="past-coupons">
                <summary>${m.pastCoupons(f.number(pastCount))}</summary>
                <ul part="coupons" class=${long}>${past.map((c, i) => coupon(c, i + active.length))}</ul>
              </details>`
            : nothing}`
        : html`<p part="coupons-empty" class="muted">${m.noCoupons}</p>`}
      <span class="sr-only" role="status">${this._announcement}</span>`;
  }

  async #copy(coupon: EvaluatedCoupon, index: number, f: Formatter): Promise<void> {
    let copied = true;
    try {
      await navigator.clipboard.writeText(coupon.code);
    } catch {
      // No clipboard (insecure page, permission refused): select the code so the shopper can copy it.
      copied = false;
      const code = this.renderRoot.querySelector(`#code-${index}`);
      if (code) getSelection()?.selectAllChildren(code);
    }
    // Emptied first so that copying twice in a row is announced twice.
    this._announcement = '';
    await this.updateComplete;
    this._copied = copied ? coupon.id : undefined;
    this._announcement = copied ? f.messages.copied : f.messages.copyFailed;
    if (copied) this.dispatchEvent(new VipCouponCopyEvent({ code: coupon.code }));
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      this._copied = undefined;
      this._announcement = '';
    }, 3000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this._copied = undefined;
    this._announcement = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-coupons': VipCoupons;
  }
}
