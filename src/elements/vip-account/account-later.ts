import { html, nothing, type TemplateResult } from 'lit';
import type { VipStatus } from '../../engine/index.js';
import type { Formatter } from '../../i18n/format.js';
import { historyLines } from '../vip-tier-history/history-lines.js';
import { renderHistoryList } from '../vip-tier-history/vip-tier-history.js';
import { section, STAGE, type AccountOptions } from './account-content.js';

/**
 * The account block's sections from its third stage on (see `ACCOUNT_STAGES`): why you are here, your benefits,
 * your coupons, every tier, your history and how it works. A chunk of its own, loaded while the first stages show,
 * with the registrations of the pieces it holds (README, "Performance").
 */

// Parts of the pieces, forwarded so `vip-account::part(coupon-code)` reaches inside the composition.
const rewardsParts = 'rewards, reward, entry-reward, perk, skeleton';
const couponsParts =
  'coupons, coupon, coupon-active, coupon-used, coupon-expired, coupon-soon, coupon-title, coupon-code, coupon-status, copy, use-now, past-coupons, coupons-empty, skeleton';
const listParts =
  'tier-list, tier, reached, current, next, locked, tier-image, tier-title, tier-goal, tier-state, current-label, passed-over, rewards, reward, entry-reward, perk, skeleton';

/** "Your coupons". */
export function couponsSection(level: number, title: string, options: AccountOptions): TemplateResult {
  return section('coupons', level, title, html`<vip-coupons exportparts=${couponsParts} shop-url=${options.shopUrl ?? ''}></vip-coupons>`);
}

/** Every tier (R7: a guest sees them too). */
export function tierList(): TemplateResult {
  return html`<vip-tier-list exportparts=${listParts} current-rewards-elsewhere></vip-tier-list>`;
}

/** "Why you are here": the counted total of the window and what it left out, and when the tier was reached. */
function why(status: VipStatus, f: Formatter): TemplateResult | typeof nothing {
  const b = status.breakdown;
  if (!b) return nothing;
  const m = f.messages;
  const money = status.unit === 'money';
  const left = [
    ...(b.cancelledOrders ? [f.counted(b.cancelledOrders, m.cancelledOrders)] : []),
    ...(b.refundedOrders ? [money ? m.refundedAmount(f.money(b.refundedAmount)) : f.counted(b.refundedOrders, m.refundedOrders)] : []),
  ];
  const reached = b.tiers.find((t) => t.tierId === status.tier?.id);
  return html`<ul>
    <li>${m.countedSince(f.quantity(b.total, status.unit), f.date(b.from), money ? f.counted(b.orders, m.orders) : undefined)}</li>
    ${left.length ? html`<li>${m.notCounted(f.list(left))}</li>` : nothing}
    ${reached && status.tier ? html`<li>${m.reachedOn(status.tier.name, f.date(reached.reachedOn))}</li>` : nothing}
  </ul>`;
}

/** "How it works": one sentence per program setting. */
function how(status: VipStatus, f: Formatter): TemplateResult | typeof nothing {
  const b = status.breakdown;
  if (!b) return nothing;
  const m = f.messages;
  const { milestone } = status;
  const yearly = milestone === 'calendar_year', rolling = milestone === 'rolling_12_months';
  const lines = [
    status.unit === 'money' ? m.howMoney : status.unit === 'points' ? m.howPoints : m.howOrders,
    yearly ? m.howYearly : rolling ? m.howRolling : m.howLifetime,
    m.howStart(f.date(b.startsOn)),
    yearly ? m.howJanuary : rolling ? m.howRollingCount : m.howNoReset,
    b.rewardDistribution === 'highest_only' ? m.howHighest : m.howAll,
  ];
  return html`<ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>`;
}

/** "Your benefits" only when there is something to list: perks, or entry rewards the shopper received (R6). */
function hasBenefits(status: VipStatus): boolean {
  const tier = status.tier;
  if (!tier) return false;
  return tier.perks.length > 0 || (tier.entryRewards.length > 0 && Boolean(status.breakdown?.tiers.some((t) => t.tierId === tier.id && t.rewardedOn)));
}

/**
 * A signed-in shopper's sections from stage `STAGE.why` on (why, benefits, coupons, every tier, history, how it
 * works), up to `stage`.
 */
export function laterSections(status: VipStatus, f: Formatter, stage: number, level: number, options: AccountOptions): TemplateResult {
  const m = f.messages;
  return html`${status.breakdown ? section('why', level, m.whyHeading, why(status, f), true) : nothing}
    ${hasBenefits(status) ? section('benefits', level, m.benefitsHeading, html`<vip-tier-rewards exportparts=${rewardsParts}></vip-tier-rewards>`) : nothing}
    ${stage >= STAGE.coupons ? couponsSection(level, m.coupons, options) : nothing}
    ${stage >= STAGE.tiers ? section('tiers', level, m.tiersHeading, tierList()) : nothing}
    ${stage >= STAGE.history
      ? html`${status.history.length ? section('history', level, m.historyTitle, renderHistoryList(historyLines(status.history, status.tiers, f)), true) : nothing}
        ${status.breakdown ? section('how', level, m.howHeading, how(status, f), true) : nothing}`
      : nothing}`;
}
