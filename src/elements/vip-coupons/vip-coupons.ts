import { html, nothing } from 'lit';
import type { EvaluatedCoupon, VipStatus } from '../../engine/index.js';
import type { Formatter } from '../../i18n/format.js';
import { VipCouponCopyEvent } from '../events.js';
import { hostStyles } from '../styles.js';
import { VipPiece, type PieceContent } from '../vip-piece.js';
import { couponsStyles } from './vip-coupons.styles.js';

function statusText(coupon: EvaluatedCoupon, f: Formatter): string {
  const m = f.messages;
  if (coupon.state === 'used') return m.used;
  if (coupon.state === 'expired') return m.expired;
  const days = coupon.daysLeft;
  return days === undefined ? m.noExpiry : days <= 0 ? m.expiresToday : f.counted(days, m.expiresIn);
}

/**
 * @summary The shopper's tier coupons in the engine's order (active first, soonest expiry first): title, code,
 * "Expires in 12 days" / "Expires today" / "Expired" / "Used", and a copy button for each active coupon.
 * Guests see nothing.
 *
 * @event vip-coupon-copy - A code was copied to the clipboard (`VipCouponCopyEvent`, detail `{ code }`).
 *
 * @csspart coupons - The list.
 * @csspart coupon - Each coupon; also `coupon-active`, `coupon-used` or `coupon-expired`.
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
  static override properties = { _copied: { state: true }, _announcement: { state: true } };

  private declare _copied: string | undefined;
  private declare _announcement: string;

  protected override skeletonLines = 2;
  #timer = 0;

  constructor() {
    super();
    this._announcement = '';
  }

  protected override renderStatus(status: VipStatus, f: Formatter): PieceContent {
    if (status.state !== 'active') return nothing;
    const m = f.messages;
    return html`${status.coupons.length
        ? html`<ul part="coupons" aria-label=${m.coupons}>
            ${this.staged(status.coupons, () => 4).map(
              (c, i) => html`<li part="coupon coupon-${c.state}">
                <span part="coupon-title">${c.title}</span>
                <code part="coupon-code" id="code-${i}" dir="ltr">${c.code}</code>
                <span part="coupon-status" class="muted">${statusText(c, f)}</span>
                ${c.state === 'active'
                  ? html`<button part="copy" type="button" aria-describedby="code-${i}" @click=${() => this.#copy(c, i, f)}>
                      ${this._copied === c.id ? m.copied : m.copy}
                    </button>`
                  : nothing}
              </li>`,
            )}
          </ul>`
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
