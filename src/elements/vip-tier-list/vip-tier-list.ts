import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { tierStandings } from '../../engine/core.js';
import type { Tier, VipStatus } from '../../engine/core.js';
import type { Formatter } from '../../i18n/format.js';
import { isLong } from '../staged.js';
import { hostStyles } from '../styles.js';
import { setTierColor, VipPiece, type PieceContent } from '../vip-piece.js';
import { renderTierImage } from '../vip-tier-badge/vip-tier-badge.js';
import { renderRewards } from '../vip-tier-rewards/vip-tier-rewards.js';
import { rewardsStyles } from '../vip-tier-rewards/vip-tier-rewards.styles.js';
import { tierImageStyles } from '../vip-tier-badge/vip-tier-badge.styles.js';
import { tierListStyles } from './vip-tier-list.styles.js';

/**
 * @summary Every tier of the program as a ladder, lowest first: its image, name, goal ("Spend $500.00", "Earn 1,000
 * points", "Place 5 orders", or "Everyone starts here"), where the shopper stands on it (✓ reached, their tier, the
 * next one with "$500.00 to go", locked) and what it offers. Under `highest_only`, a tier passed over in one step
 * says its entry gift was not given (R6). Guests see every tier: what unlocks where.
 *
 * @attr current-rewards-elsewhere - Leaves out the shopper's own tier's rewards (shown in "Your benefits").
 *
 * @csspart tier-list - The list.
 * @csspart tier - Each tier, with a start border in the tier's colour; also `reached`, `current`, `next` or `locked`.
 * @csspart reached - Added to `tier` for a tier below the shopper's.
 * @csspart current - Added to `tier` for the shopper's tier (also `aria-current="true"`).
 * @csspart next - Added to `tier` for the next tier.
 * @csspart locked - Added to `tier` for a tier beyond the next.
 * @csspart tier-image - The tier's image (`alt` is the tier name), in a fixed 2.5em box.
 * @csspart tier-title - The tier's name.
 * @csspart tier-goal - The tier's goal.
 * @csspart tier-state - "✓ Reached", "$500.00 to go", "Locked".
 * @csspart current-label - "Your tier", on the shopper's tier.
 * @csspart passed-over - "Passed in one step: its entry gift was not given."
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
  static override styles = [hostStyles, rewardsStyles, tierImageStyles, tierListStyles];
  static override properties = { currentRewardsElsewhere: { type: Boolean, attribute: 'current-rewards-elsewhere' } };

  /** Leaves out the shopper's own tier's rewards, shown elsewhere (`<vip-account>`'s "Your benefits"). */
  declare currentRewardsElsewhere: boolean;

  protected override skeletonLines = 3;

  protected override renderStatus(status: VipStatus, f: Formatter): PieceContent {
    const m = f.messages;
    if (!status.tiers.length) return nothing;
    const standings = tierStandings(status);
    const weightOf = (tier: Tier): number => 1 + tier.entryRewards.length + tier.perks.length;
    return html`<ol part="tier-list" class=${isLong(status.tiers, weightOf) ? 'long' : ''} aria-label=${m.tierList}>
      ${this.staged(status.tiers, weightOf).map((tier, i) => {
        const state = standings[i] ?? '';
        const label =
          state === 'reached'
            ? html`<span aria-hidden="true">✓ </span>${m.reached}`
            : state === 'next' && status.progress
              ? m.toGo(f.quantity(status.progress.remaining, status.unit))
              : state === 'locked'
                ? m.locked
                : '';
        const passed = status.breakdown?.tiers.some((t) => t.tierId === tier.id && t.passedOver) && tier.entryRewards.length;
        return html`<li part="tier ${state}" aria-current=${ifDefined(state === 'current' ? 'true' : undefined)}>
          <div class="head">
            ${renderTierImage(tier)}
            <span part="tier-title">${tier.name}</span>
            <span part="tier-goal" class="muted">${tier.goal ? f.goal(tier.goal, status.unit) : m.startsHere}</span>
            ${state === 'current'
              ? html`<span part="current-label">${m.currentTier}</span>`
              : label
                ? html`<span part="tier-state">${label}</span>`
                : nothing}
          </div>
          ${passed ? html`<span part="passed-over" class="muted">${m.passedOver}</span>` : nothing}
          ${state === 'current' && this.currentRewardsElsewhere ? nothing : renderRewards(tier, f)}
        </li>`;
      })}
    </ol>`;
  }

  protected override updated(): void {
    super.updated();
    const status = this.shown;
    // Inside a provider, measured already (before the status rendered).
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="tier"]').forEach((item, i) => setTierColor(item, status?.tiers[i]?.color, status));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-tier-list': VipTierList;
  }
}
