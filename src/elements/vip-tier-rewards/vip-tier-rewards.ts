import { html, nothing } from 'lit';
import type { EntryReward, Perk, Tier, TierReached, VipStatus } from '../../engine/index.js';
import type { Formatter } from '../../i18n/format.js';
import { rewardText } from '../reward-text.js';
import { hostStyles } from '../styles.js';
import { VipPiece, type PieceContent } from '../vip-piece.js';
import { rewardsStyles } from './vip-tier-rewards.styles.js';

/**
 * A tier's entry rewards then perks, as one list; `nothing` when there is nothing to show. With `reached` (the
 * shopper's own tier), the entry rewards say when they were received (R6: once), and are left out when they never were.
 */
export function renderRewards(tier: Tier, f: Formatter, reached?: TierReached): PieceContent {
  const on = reached?.rewardedOn;
  const item = (kind: string) => (reward: EntryReward | Perk) => {
    const text = rewardText(reward, f);
    return text === undefined ? [] : [[kind, on && kind === 'entry-reward' ? f.messages.received(text, f.date(on)) : text] as const];
  };
  const items = [...(reached && !on ? [] : tier.entryRewards.flatMap(item('entry-reward'))), ...tier.perks.flatMap(item('perk'))];
  if (!items.length) return nothing;
  return html`<ul part="rewards" aria-label=${f.messages.rewardsOf(tier.name)}>
    ${items.map(([kind, text]) => html`<li part="reward ${kind}">${text}</li>`)}
  </ul>`;
}

/**
 * @summary The entry rewards and perks of the shopper's tier, or of the tier named by `tier-id`: bonus points,
 * coupons with their discount and validity, points multiplier, birthday points, free shipping, custom perks. The
 * shopper's own entry rewards say when they were received ("…, received Jun 10, 2025"; R6: once).
 *
 * @csspart rewards - The list.
 * @csspart reward - Each reward or perk.
 * @csspart entry-reward - Added to `reward` for a one-time entry reward.
 * @csspart perk - Added to `reward` for a perk held with the tier.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty [--vip-tier-color=--vip-accent] - Colour of the bullets.
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Default bullet colour.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-spacing=12px] - Gap between items (a third of it).
 * @cssproperty [--vip-color-scheme=light dark] - `light`, `dark`, or both.
 */
export class VipTierRewards extends VipPiece {
  static override styles = [hostStyles, rewardsStyles];
  static override properties = { tierId: { attribute: 'tier-id' } };

  /** Shows this tier's rewards instead of the shopper's current tier's (attribute `tier-id`). */
  declare tierId: string | undefined;

  protected override skeletonLines = 3;

  protected override renderStatus(status: VipStatus, f: Formatter): PieceContent {
    if (this.tierId) {
      const tier = status.tiers.find((t) => t.id === this.tierId);
      return tier ? renderRewards(tier, f) : nothing;
    }
    const tier = status.tier;
    return tier ? renderRewards(tier, f, status.breakdown?.tiers.find((t) => t.tierId === tier.id)) : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-tier-rewards': VipTierRewards;
  }
}
