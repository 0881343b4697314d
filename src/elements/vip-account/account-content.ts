import { html, nothing, type TemplateResult } from 'lit';
import type { VipView } from '../context.js';
import { renderNotice, renderProblem } from '../provider.js';

/** Messages of the account block beyond the shared ones; overridable through the same `messages` property. */
export interface AccountMessages {
  /** Greeting above the block, with the customer's first name. */
  greeting: (firstName: string) => string;
}
const greeting = (firstName: string): string => `Hi ${firstName}`;

// Parts of the pieces, forwarded so `vip-account::part(progress-bar)` reaches inside the composition.
const badgeParts = 'tier-name, no-tier, valid-until, skeleton';
const progressParts = 'progress-label, progress-bar, progress-fill, keep, skeleton';
const rewardsParts = 'rewards, reward, entry-reward, perk, skeleton';
const couponsParts =
  'coupons, coupon, coupon-active, coupon-used, coupon-expired, coupon-title, coupon-code, coupon-status, copy, coupons-empty, skeleton';
const listParts = 'tier-list, tier, current, tier-title, tier-goal, current-label, rewards, reward, entry-reward, perk, skeleton';

/**
 * The account block's content for a view: shared by `<vip-account>` and the `<vip-launcher>` popup, so both
 * show the same thing. While loading, the pieces render their skeletons in the final layout.
 */
export function renderAccountContent(view: VipView): TemplateResult | typeof nothing {
  const status = view.status;
  if (view.phase === 'error') return renderProblem(view);
  if (status?.state === 'disabled') return nothing;
  if (status?.state === 'recalculating') return renderNotice(view);
  const list = html`<vip-tier-list exportparts=${listParts}></vip-tier-list>`;
  if (status?.state === 'guest') {
    return html`<p class="login"><a part="login" href=${view.loginUrl}>${view.messages.signIn}</a></p>${list}`;
  }
  const firstName = status?.customer?.firstName;
  const m = view.messages as VipView['messages'] & Partial<AccountMessages>;
  return html`${view.stale ? renderProblem(view) : nothing}
    ${firstName ? html`<p part="greeting">${(m.greeting ?? greeting)(firstName)}</p>` : nothing}
    <div class="summary">
      <vip-tier-badge exportparts=${badgeParts}></vip-tier-badge>
      <vip-tier-progress exportparts=${progressParts}></vip-tier-progress>
    </div>
    <vip-tier-rewards exportparts=${rewardsParts}></vip-tier-rewards>
    <vip-coupons exportparts=${couponsParts}></vip-coupons>
    ${list}`;
}
