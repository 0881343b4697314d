import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { VipStatus } from '../../engine/index.js';
import type { Formatter } from '../../i18n/format.js';
import { hostStyles } from '../styles.js';
import { setTierColor, VipPiece, type PieceContent } from '../vip-piece.js';
import { renderRewards } from '../vip-tier-rewards/vip-tier-rewards.js';
import { rewardsStyles } from '../vip-tier-rewards/vip-tier-rewards.styles.js';
import { tierListStyles } from './vip-tier-list.styles.js';

/**
 * @summary Every tier of the program, lowest first: its name, its goal ("Spend $500.00", "Earn 1,000 points",
 * "Place 5 orders", or "Everyone starts here") and its rewards and perks. The shopper's tier is marked.
 * Guests see it too: what unlocks where.
 *
 * @csspart tier-list - The list.
 * @csspart tier - Each tier, with a start border in the tier's colour.
 * @csspart current - Added to `tier` for the shopper's tier (also `aria-current="true"`).
 * @csspart tier-title - The tier's name.
 * @csspart tier-goal - The tier's goal.
 * @csspart current-label - "Your tier", on the shopper's tier.
 * @csspart rewards - The tier's rewards and perks.
 * @csspart reward - Each reward or perk; also `entry-reward` or `perk`.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty [--vip-tier-color] - Set on each tier from the tier's colour.
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Colour of tiers without their own.
 * @cssproperty [--vip-surface=light-dark(#ffffff, #1e1f22)] - Tier background.
 * @cssproperty [--vip-border=light-dark(#d0d7de, #444c56)] - Tier border.
 * @cssproperty [--vip-radius=8px] - Corner radius.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-muted=light-dark(#57606a, #a8b0b9)] - Goal text colour.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-spacing=12px] - Padding and gaps.
 * @cssproperty [--vip-color-scheme=light dark] - `light`, `dark`, or both.
 */
export class VipTierList extends VipPiece {
  static override styles = [hostStyles, rewardsStyles, tierListStyles];

  protected override skeletonLines = 3;

  protected override renderStatus(status: VipStatus, f: Formatter): PieceContent {
    const m = f.messages;
    if (!status.tiers.length) return nothing;
    return html`<ol part="tier-list" aria-label=${m.tierList}>
      ${this.staged(status.tiers, (tier) => 1 + tier.entryRewards.length + tier.perks.length).map((tier) => {
        const current = tier.id === status.tier?.id;
        return html`<li part=${current ? 'tier current' : 'tier'} aria-current=${ifDefined(current ? 'true' : undefined)}>
          <div class="head">
            <span part="tier-title">${tier.name}</span>
            <span part="tier-goal" class="muted">${tier.goal ? f.goal(tier.goal, status.unit) : m.startsHere}</span>
            ${current ? html`<span part="current-label">${m.currentTier}</span>` : nothing}
          </div>
          ${renderRewards(tier, f)}
        </li>`;
      })}
    </ol>`;
  }

  protected override updated(): void {
    super.updated();
    const tiers = this.shown?.tiers ?? [];
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="tier"]').forEach((item, i) => setTierColor(item, tiers[i]?.color));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-tier-list': VipTierList;
  }
}
