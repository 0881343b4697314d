import { css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dirOf, providerStyles, VipProviderElement } from '../provider.js';
import { StagedReveal } from '../next-task.js';
import { ACCOUNT_STAGES, renderAccountContent } from './account-content.js';
import { accountContentStyles } from './account-content.styles.js';

/**
 * @summary The drop-in account-page block: greeting, tier badge, progress, the current tier's rewards and perks,
 * coupons and every tier. Guests see all tiers and a sign-in link. While loading, a skeleton already takes the
 * block's space, so nothing below it moves when the data arrives.
 *
 * @csspart content - The block around everything shown.
 * @csspart greeting - "Hi Ann".
 * @csspart login - The guest's sign-in link.
 * @csspart error - The short message shown when the document could not be loaded or is invalid (`role="alert"`).
 * @csspart retry - The button that fetches the document again.
 * @csspart stale - "Showing your last saved status." when a refresh failed and saved data is shown.
 * @csspart notice - The polite notice while tiers are being recalculated (`role="status"`).
 * @csspart tier-name - Forwarded from the badge: the tier name, or "–" (with `no-tier`).
 * @csspart no-tier - Forwarded: added to `tier-name` when the shopper has no tier.
 * @csspart valid-until - Forwarded: "Valid until Dec 31, 2027".
 * @csspart progress-label - Forwarded: "$120.00 more to reach Gold", or the top-tier message.
 * @csspart progress-bar - Forwarded: the `role="progressbar"` element.
 * @csspart progress-fill - Forwarded: the filled share of the bar.
 * @csspart keep - Forwarded: "Spend $400.00 by Dec 31, 2026 to keep Silver in 2027".
 * @csspart rewards - Forwarded: a list of rewards and perks (the current tier's, and each tier's in the list).
 * @csspart reward - Forwarded: one reward or perk (with `entry-reward` or `perk`).
 * @csspart entry-reward - Forwarded: added to `reward` for a one-time entry reward.
 * @csspart perk - Forwarded: added to `reward` for a perk.
 * @csspart coupons - Forwarded: the coupon list.
 * @csspart coupon - Forwarded: one coupon (with `coupon-active`, `coupon-used` or `coupon-expired`).
 * @csspart coupon-active - Forwarded: added to `coupon` for an active coupon.
 * @csspart coupon-used - Forwarded: added to `coupon` for a used coupon.
 * @csspart coupon-expired - Forwarded: added to `coupon` for an expired coupon.
 * @csspart coupon-title - Forwarded: a coupon's title.
 * @csspart coupon-code - Forwarded: a coupon's code.
 * @csspart coupon-status - Forwarded: "Expires in 12 days", "Expires today", "Expired", "Used".
 * @csspart copy - Forwarded: the copy button of an active coupon.
 * @csspart coupons-empty - Forwarded: "You have no coupons yet."
 * @csspart tier-list - Forwarded: the list of every tier.
 * @csspart tier - Forwarded: one tier of the list (with `current` for the shopper's).
 * @csspart current - Forwarded: added to `tier` for the shopper's tier.
 * @csspart tier-title - Forwarded: a tier's name in the list.
 * @csspart tier-goal - Forwarded: a tier's goal ("Spend $500.00").
 * @csspart current-label - Forwarded: "Your tier".
 * @csspart skeleton - The loading placeholder.
 *
 * @cssproperty [--vip-account-reserved-block-size=46em] - Block size reserved while loading and kept as a minimum,
 *   so nothing below moves; set it to the height of your program's block (more tiers, more coupons: more space).
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Links, focus ring, default tier colour.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-muted=light-dark(#57606a, #a8b0b9)] - Secondary text colour.
 * @cssproperty [--vip-surface=light-dark(#ffffff, #1e1f22)] - Background of buttons and cards.
 * @cssproperty [--vip-border=light-dark(#d0d7de, #444c56)] - Border colour.
 * @cssproperty [--vip-radius=8px] - Corner radius.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-spacing=12px] - Gap between parts.
 *
 * @event vip-load - The document was evaluated; `detail` is the status.
 * @event vip-error - The document could not be loaded or is invalid; `detail` is `{ message, issues }`.
 * @event vip-coupon-copy - A coupon code was copied; `detail` is `{ code }`.
 *
 * @attr src - URL of the account document.
 * @attr token - Bearer token sent with `src`, only to the page's origin or `token-origin`.
 * @attr token-origin - The one other origin the token may be sent to, e.g. `https://api.example.com`.
 * @attr customer-id - The signed-in shopper's id as the theme knows it (`{{ customer.id }}`; empty for a guest): a document of another shopper is never shown.
 * @attr now - ISO instant to preview the program at.
 * @attr locale - BCP 47 locale (default: nearest `lang`, then the page's, then `en`).
 * @attr login-url - Guest sign-in link, http(s) or relative (default `/account/login`).
 */
export class VipAccount extends VipProviderElement {
  static override styles = [
    providerStyles,
    accountContentStyles,
    css`
      :host {
        min-block-size: var(--vip-account-reserved-block-size, 46em);
      }
    `,
  ];

  readonly #stages = new StagedReveal(this);

  override render() {
    const view = this.source.view;
    const loading = view.phase === 'loading';
    const stage = this.#stages.shown(view.phase === 'ready' ? ACCOUNT_STAGES : 0);
    const busy = loading || (stage > 0 && !this.#stages.complete);
    return html`<div part="content" class="content" lang=${view.locale} dir=${ifDefined(dirOf(view))} aria-busy=${busy ? 'true' : 'false'}>
      ${loading ? html`<span class="sr-only">${view.messages.loading}</span>` : null}${renderAccountContent(view, stage)}
    </div>`;
  }

  protected override pendingWork(): Promise<void> | undefined {
    return super.pendingWork() ?? this.#stages.pending;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-account': VipAccount;
  }
}
