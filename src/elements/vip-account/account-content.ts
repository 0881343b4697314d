import { html, nothing, type TemplateResult } from 'lit';
import type { VipStatus } from '../../engine/index.js';
import { formatter, type Formatter } from '../../i18n/format.js';
import type { VipView } from '../context.js';
import { renderNotice, renderProblem } from '../provider.js';
import { safeUrl } from '../view.js';
import { historyLines } from '../vip-tier-history/history-lines.js';
import { renderHistoryList } from '../vip-tier-history/vip-tier-history.js';
import { rewardText } from '../vip-tier-rewards/vip-tier-rewards.js';

// Parts of the pieces, forwarded so `vip-account::part(progress-bar)` reaches inside the composition.
const badgeParts = 'tier-image, tier-name, no-tier, valid-until, skeleton';
const progressParts = 'progress-total, progress-label, progress-bar, progress-fill, keep, next-step, unlocks, skeleton';
const rewardsParts = 'rewards, reward, entry-reward, perk, skeleton';
const couponsParts =
  'coupons, coupon, coupon-active, coupon-used, coupon-expired, coupon-soon, coupon-title, coupon-code, coupon-status, copy, use-now, past-coupons, coupons-empty, skeleton';
const listParts =
  'tier-list, tier, reached, current, next, locked, tier-image, tier-title, tier-goal, tier-state, current-label, passed-over, rewards, reward, entry-reward, perk, skeleton';

/**
 * Stages of the account block once the status is ready, one per task (README, "Performance": no task over 50 ms): 1
 * the greeting and badge; 2 the progress; 3 why, benefits and coupons; 4 every tier and how it works. Each stage only
 * adds nodes after the earlier ones, inside the reserved space, so nothing shown moves.
 */
export const ACCOUNT_STAGES = 4;

/** Lines of the loading placeholder: greeting, badge, progress label and bar, rewards, coupons, tiers. */
const SKELETON_LINES = 9;

/** How a provider lays the block out: its heading level and its links (checked here). */
export interface AccountOptions {
  /** Level of the sections' headings, 1–6 (default 2). */
  readonly level?: number | undefined;
  /** The guest's "Join" link (default `/account/register`). */
  readonly registerUrl?: string | undefined;
  /** Where a coupon's "Use now" leads; no link without it. */
  readonly shopUrl?: string | undefined;
}

const headings = [
  (id: string, text: string) => html`<h1 id=${id} part="heading">${text}</h1>`,
  (id: string, text: string) => html`<h2 id=${id} part="heading">${text}</h2>`,
  (id: string, text: string) => html`<h3 id=${id} part="heading">${text}</h3>`,
  (id: string, text: string) => html`<h4 id=${id} part="heading">${text}</h4>`,
  (id: string, text: string) => html`<h5 id=${id} part="heading">${text}</h5>`,
  (id: string, text: string) => html`<h6 id=${id} part="heading">${text}</h6>`,
];

/**
 * A labelled section with a real heading; `collapsed` puts the content in a closed `<details>` whose summary is the
 * heading.
 */
function section(name: string, level: number, title: string, content: unknown, collapsed?: boolean): TemplateResult {
  const heading = (headings[Math.min(Math.max(Math.round(level) || 2, 1), 6) - 1] ?? headings[1]!)(`h-${name}`, title);
  return html`<section part="section section-${name}" aria-labelledby="h-${name}">
    ${collapsed ? html`<details><summary>${heading}</summary>${content}</details>` : html`${heading}${content}`}
  </section>`;
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

/** The guest's panel: the program's pitch, Sign in and Join, and the ladder (R7: every tier and what it offers). */
function guest(view: VipView, level: number, options: AccountOptions, list: unknown): TemplateResult {
  const m = view.messages;
  const status = view.status!;
  const top = status.tiers[status.tiers.length - 1];
  const f = formatter(view.locale, status.currency, m);
  const best = top && [...top.perks, ...top.entryRewards].map((item) => rewardText(item, f, true)).find(Boolean);
  return html`${section(
      'guest',
      level,
      m.guestHeading,
      html`<p part="pitch">${top && best ? m.pitch(top.name, best) : m.pitchAny}</p>
        <p class="actions">
          <a part="login" class="button" href=${view.loginUrl}>${m.signInButton}</a>
          <a part="register" class="button" href=${safeUrl(options.registerUrl, '/account/register')}>${m.join}</a>
        </p>`,
    )}
    ${status.tiers.length ? section('tiers', level, m.tiersHeading, list) : nothing}`;
}

/**
 * The account block's content for a view, up to `stage` (see {@link ACCOUNT_STAGES}): shared by `<vip-account>`
 * and the `<vip-launcher>` popup, so both show the same thing. While loading, one skeleton block stands in for
 * the whole content: the pieces are inserted only when the status is ready, so no placeholder changes size.
 * Sections, in order: status, why you are here (collapsed), your benefits, your coupons, all tiers, your history
 * (collapsed), how it works (collapsed); a guest (or a 401) sees the pitch, Sign in and Join, and every tier.
 */
export function renderAccountContent(view: VipView, stage = ACCOUNT_STAGES, options: AccountOptions = {}): TemplateResult | typeof nothing {
  const status = view.status;
  const m = view.messages;
  const level = options.level ?? 2;
  if (view.phase === 'loading') {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      ${Array.from({ length: SKELETON_LINES }, () => html`<span></span>`)}
    </div>`;
  }
  if (view.phase === 'error') return renderProblem(view);
  if (!status || status.state === 'disabled') return nothing;
  const coupons = section('coupons', level, m.coupons, html`<vip-coupons exportparts=${couponsParts} shop-url=${options.shopUrl ?? ''}></vip-coupons>`);
  // R7: no numbers while tiers are recalculated, but the shopper's coupons stay usable.
  if (status.state === 'recalculating') return html`${renderNotice(view)}${status.coupons.length ? coupons : nothing}`;
  const list = stage >= 4 ? html`<vip-tier-list exportparts=${listParts} current-rewards-elsewhere></vip-tier-list>` : nothing;
  if (status.state === 'guest') return guest(view, level, options, list);
  const f = formatter(view.locale, status.currency, m);
  const firstName = status.customer?.firstName;
  const tier = status.tier;
  // "Your benefits" only when there is something to list: perks, or entry rewards the shopper received (R6).
  const benefits = tier && (tier.perks.length || (tier.entryRewards.length && status.breakdown?.tiers.some((t) => t.tierId === tier.id && t.rewardedOn)));
  return html`${view.stale ? renderProblem(view) : nothing}
    ${firstName ? html`<p part="greeting">${m.greeting(firstName)}</p>` : nothing}
    ${section(
      'status',
      level,
      m.statusHeading,
      html`<div class="summary">
        <vip-tier-badge exportparts=${badgeParts}></vip-tier-badge>
        ${stage >= 2 ? html`<vip-tier-progress exportparts=${progressParts}></vip-tier-progress>` : nothing}
      </div>`,
    )}
    ${stage >= 3
      ? html`${status.breakdown ? section('why', level, m.whyHeading, why(status, f), true) : nothing}
        ${benefits ? section('benefits', level, m.benefitsHeading, html`<vip-tier-rewards exportparts=${rewardsParts}></vip-tier-rewards>`) : nothing}
        ${coupons}`
      : nothing}
    ${stage >= 4
      ? html`${section('tiers', level, m.tiersHeading, list)}
        ${status.history.length ? section('history', level, m.historyTitle, renderHistoryList(historyLines(status.history, status.tiers, f)), true) : nothing}
        ${status.breakdown ? section('how', level, m.howHeading, how(status, f), true) : nothing}`
      : nothing}`;
}
