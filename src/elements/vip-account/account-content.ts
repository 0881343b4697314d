import { html, nothing, type TemplateResult } from 'lit';
import type { VipView } from '../context.js';
import { renderNotice, renderProblem } from '../provider.js';

// Parts of the pieces, forwarded so `vip-account::part(progress-bar)` reaches inside the composition.
const badgeParts = 'tier-name, no-tier, valid-until, skeleton';
const progressParts = 'progress-label, progress-bar, progress-fill, keep, skeleton';
const rewardsParts = 'rewards, reward, entry-reward, perk, skeleton';
const couponsParts =
  'coupons, coupon, coupon-active, coupon-used, coupon-expired, coupon-title, coupon-code, coupon-status, copy, coupons-empty, skeleton';
const listParts = 'tier-list, tier, current, tier-title, tier-goal, current-label, rewards, reward, entry-reward, perk, skeleton';

/**
 * Stages of the account block once the status is ready, one per task (README, "Performance": no task over 50 ms): 1
 * the greeting and badge; 2 the progress; 3 the current tier's rewards and the coupons; 4 every tier. Each stage only
 * adds nodes after the earlier ones, inside the reserved space, so nothing shown moves.
 */
export const ACCOUNT_STAGES = 4;

/** Lines of the loading placeholder: greeting, badge, progress label and bar, rewards, coupons, tiers. */
const SKELETON_LINES = 9;

/**
 * The account block's content for a view, up to `stage` (see {@link ACCOUNT_STAGES}): shared by `<vip-account>`
 * and the `<vip-launcher>` popup, so both show the same thing. While loading, one skeleton block stands in for
 * the whole content: the pieces are inserted only when the status is ready, so no placeholder changes size.
 */
export function renderAccountContent(view: VipView, stage = ACCOUNT_STAGES): TemplateResult | typeof nothing {
  const status = view.status;
  if (view.phase === 'loading') {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      ${Array.from({ length: SKELETON_LINES }, () => html`<span></span>`)}
    </div>`;
  }
  if (view.phase === 'error') return renderProblem(view);
  if (status?.state === 'disabled') return nothing;
  if (status?.state === 'recalculating') return renderNotice(view);
  const list = stage >= 4 ? html`<vip-tier-list exportparts=${listParts}></vip-tier-list>` : nothing;
  if (status?.state === 'guest') {
    return html`<p class="login"><a part="login" href=${view.loginUrl}>${view.messages.signIn}</a></p>${list}`;
  }
  const firstName = status?.customer?.firstName;
  return html`${view.stale ? renderProblem(view) : nothing}
    ${firstName ? html`<p part="greeting">${view.messages.greeting(firstName)}</p>` : nothing}
    <div class="summary">
      <vip-tier-badge exportparts=${badgeParts}></vip-tier-badge>
      ${stage >= 2 ? html`<vip-tier-progress exportparts=${progressParts}></vip-tier-progress>` : nothing}
    </div>
    ${stage >= 3
      ? html`<vip-tier-rewards exportparts=${rewardsParts}></vip-tier-rewards>
          <vip-coupons exportparts=${couponsParts}></vip-coupons>`
      : nothing}
    ${list}`;
}
