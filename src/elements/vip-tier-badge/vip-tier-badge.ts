import { html, nothing } from 'lit';
import type { Tier, VipStatus } from '../../engine/index.js';
import type { Formatter } from '../../i18n/format.js';
import type { VipView } from '../context.js';
import { hostStyles } from '../styles.js';
import { setTierColor, VipPiece, type PieceContent } from '../vip-piece.js';
import { badgeStyles, tierImageStyles } from './vip-tier-badge.styles.js';

/** A tier's image in a fixed box, named by the tier (the engine let through only https or same-origin URLs). */
export const renderTierImage = (tier: Tier | null) =>
  tier?.image ? html`<img part="tier-image" src=${tier.image} alt=${tier.name} width="40" height="40" />` : nothing;

/**
 * @summary The shopper's VIP tier: its image, its name in its colour ("–" without a tier) and the date it is valid
 * until (not for the goal-0 tier, which cannot be lost). Guests see a sign-in link.
 *
 * @csspart tier-image - The tier's image (`alt` is the tier name), in a fixed 2.5em box.
 * @csspart tier-name - The tier name (or "–"), outlined in the tier colour.
 * @csspart no-tier - Added to `tier-name` when the shopper has no tier.
 * @csspart valid-until - "Valid until Dec 31, 2027".
 * @csspart sign-in - The guest's sign-in link.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty [--vip-tier-color=--vip-accent] - Set from the tier's colour.
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Links, focus ring, default tier colour.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-muted=light-dark(#57606a, #a8b0b9)] - Secondary text colour.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-spacing=12px] - Gap between parts.
 * @cssproperty [--vip-color-scheme=light dark] - `light`, `dark`, or both (follows the shopper's preference).
 */
export class VipTierBadge extends VipPiece {
  static override styles = [hostStyles, tierImageStyles, badgeStyles];

  protected override renderStatus(status: VipStatus, f: Formatter, view: VipView): PieceContent {
    const m = f.messages;
    if (status.state === 'guest') return html`<a part="sign-in" href=${view.loginUrl}>${m.signIn}</a>`;
    if (status.state !== 'active') return nothing;
    const tier = status.tier;
    return html`<div class="badge">
      ${renderTierImage(tier)}<span part=${tier ? 'tier-name' : 'tier-name no-tier'}
        ><span class="sr-only">${m.tierLabel}: </span>${tier ? tier.name : m.noTier}</span
      >
      ${tier?.goal && status.tierValidThrough
        ? html`<span part="valid-until" class="muted">${m.validUntil(f.date(status.tierValidThrough))}</span>`
        : nothing}
    </div>`;
  }

  protected override updated(): void {
    super.updated();
    setTierColor(this, this.shown?.tier?.color, this.shown);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-tier-badge': VipTierBadge;
  }
}
