import { css, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dirOf, providerStyles, VipProviderElement } from '../provider.js';
import { StagedReveal } from '../staged-reveal.js';
import { ACCOUNT_STAGES, prepareStage, renderAccountContent } from './account-content.js';
import { accountContentStyles } from './account-content.styles.js';

/**
 * @summary The drop-in account-page block: a greeting, then labelled sections with real headings — your status
 * (badge, counted total, bar, next step), why you are here (collapsed), your benefits, your coupons, all tiers (a
 * ladder) and how it works (collapsed). Guests (and a 401) see the program's pitch, Sign in and Join, and every tier. While loading, a skeleton already takes the
 * block's space, so nothing below it moves when the data arrives.
 *
 * @csspart content - The block around everything shown.
 * @csspart greeting - "Hi Ann".
 * @csspart section - Each section (`<section>` labelled by its heading); also `section-status`, `section-why`,
 *   `section-benefits`, `section-coupons`, `section-tiers`, `section-history`, `section-how`, or `section-guest`.
 * @csspart section-status - Added to `section`: badge and progress.
 * @csspart section-why - Added to `section`: what counted and what did not (collapsed `<details>`).
 * @csspart section-benefits - Added to `section`: the shopper's perks and received entry rewards.
 * @csspart section-coupons - Added to `section`: the coupons.
 * @csspart section-tiers - Added to `section`: every tier.
 * @csspart section-history - Added to `section`: the tier history, newest first (collapsed `<details>`).
 * @csspart history-list - The history's list.
 * @csspart history-item - Each change in the history; also `history-entry` or `history-expiry`.
 * @csspart history-entry - Added to `history-item`: "Reached Silver · Jun 10, 2025".
 * @csspart history-expiry - Added to `history-item`: "Gold expired · Jan 1, 2026 → Silver".
 * @csspart section-how - Added to `section`: one sentence per program setting (collapsed `<details>`).
 * @csspart section-guest - Added to `section`: the guest's pitch and buttons.
 * @csspart heading - Each section's heading (`<h2>` by default; `heading-level`).
 * @csspart pitch - The guest's pitch: the top tier's best perk.
 * @csspart login - The guest's "Sign in" link, drawn as a button.
 * @csspart register - The guest's "Join" link, drawn as a button.
 * @csspart error - The short message shown when the document could not be loaded or is invalid (`role="alert"`).
 * @csspart retry - The button that fetches the document again.
 * @csspart stale - "Showing your last saved status." when a refresh failed and saved data is shown.
 * @csspart notice - The polite notice while tiers are being recalculated (`role="status"`).
 * @csspart tier-image - Forwarded from the badge and the list: a tier's image in a fixed box (`alt` is its name).
 * @csspart tier-name - Forwarded from the badge: the tier name, or "–" (with `no-tier`).
 * @csspart no-tier - Forwarded: added to `tier-name` when the shopper has no tier.
 * @csspart valid-until - Forwarded: "Valid until Dec 31, 2027" (not for the goal-0 tier).
 * @csspart progress-total - Forwarded: "$500.00 of $1,000.00 this year".
 * @csspart progress-label - Forwarded: "Spend $500.00 more by Dec 31, 2026 to reach Gold", the keep goal, or the top-tier line.
 * @csspart progress-bar - Forwarded: the `role="progressbar"` element.
 * @csspart progress-fill - Forwarded: the filled share of the bar.
 * @csspart keep - Forwarded: added to `progress-label` for "Spend $400.00 by Dec 31, 2026 to keep Silver in 2027".
 * @csspart next-step - Forwarded: under a keep goal, the step to the next tier.
 * @csspart unlocks - Forwarded: what the next tier gives, in short.
 * @csspart rewards - Forwarded: a list of rewards and perks (the current tier's, and each tier's in the list).
 * @csspart reward - Forwarded: one reward or perk (with `entry-reward` or `perk`).
 * @csspart entry-reward - Forwarded: added to `reward` for a one-time entry reward.
 * @csspart perk - Forwarded: added to `reward` for a perk.
 * @csspart coupons - Forwarded: the coupon list.
 * @csspart coupon - Forwarded: one coupon (with `coupon-active`, `coupon-used` or `coupon-expired`).
 * @csspart coupon-active - Forwarded: added to `coupon` for an active coupon.
 * @csspart coupon-used - Forwarded: added to `coupon` for a used coupon.
 * @csspart coupon-expired - Forwarded: added to `coupon` for an expired coupon.
 * @csspart coupon-soon - Forwarded: added to `coupon` for an active coupon with 14 days or less left.
 * @csspart past-coupons - Forwarded: the collapsed "Past coupons (2)" `<details>`.
 * @csspart use-now - Forwarded: a coupon's "Use now" link (with `shop-url`).
 * @csspart coupon-title - Forwarded: a coupon's title.
 * @csspart coupon-code - Forwarded: a coupon's code.
 * @csspart coupon-status - Forwarded: "Expires in 12 days", "Expires today", "Expired", "Used".
 * @csspart copy - Forwarded: the copy button of an active coupon.
 * @csspart coupons-empty - Forwarded: "You have no coupons yet."
 * @csspart tier-list - Forwarded: the list of every tier.
 * @csspart tier - Forwarded: one tier of the list (with `current` for the shopper's).
 * @csspart current - Forwarded: added to `tier` for the shopper's tier.
 * @csspart reached - Forwarded: added to `tier` for a tier below the shopper's.
 * @csspart next - Forwarded: added to `tier` for the next tier.
 * @csspart locked - Forwarded: added to `tier` for a tier beyond the next.
 * @csspart tier-state - Forwarded: "✓ Reached", "$500.00 to go", "Locked".
 * @csspart passed-over - Forwarded: a tier passed over in one step, whose entry gift was not given.
 * @csspart tier-title - Forwarded: a tier's name in the list.
 * @csspart tier-goal - Forwarded: a tier's goal ("Spend $500.00").
 * @csspart current-label - Forwarded: "Your tier".
 * @csspart skeleton - The loading placeholder.
 *
 * @cssproperty [--vip-account-reserved-block-size=44em] - Block size held while loading on a first visit (later
 *   visits hold the size remembered for the same `src`); set it to your program's usual block height.
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
 * @attr register-url - Guest "Join" link, http(s) or relative (default `/account/register`).
 * @attr shop-url - Where a coupon's "Use now" leads, http(s) or relative; no link without it.
 * @attr heading-level - Level of the sections' headings, 1–6 (default 2).
 */
export class VipAccount extends VipProviderElement {
  static override properties = {
    ...VipProviderElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
    registerUrl: { attribute: 'register-url' },
    shopUrl: { attribute: 'shop-url' },
  };
  static override styles = [
    providerStyles,
    accountContentStyles,
    css`
      :host {
        --_estimate: var(--vip-account-reserved-block-size, 44em);
      }
    `,
  ];

  /** Level of the sections' headings, 1–6 (attribute `heading-level`, default 2). */
  declare headingLevel: number | undefined;
  /** The guest's "Join" link, http(s) or relative (attribute `register-url`, default `/account/register`). */
  declare registerUrl: string | undefined;
  /** Where a coupon's "Use now" leads, http(s) or relative (attribute `shop-url`); no link without it. */
  declare shopUrl: string | undefined;

  readonly #stages = new StagedReveal(this, prepareStage);

  override render() {
    const view = this.source.view;
    const loading = view.phase === 'loading';
    const stage = this.#stages.shown(view.phase === 'ready' ? ACCOUNT_STAGES : 0);
    const busy = loading || (stage > 0 && !this.#stages.complete);
    return html`<div part="content" class="content" lang=${view.locale} dir=${ifDefined(dirOf(view))} aria-busy=${busy ? 'true' : 'false'}>
      ${loading ? html`<span class="sr-only">${view.messages.loading}</span>` : null}${renderAccountContent(view, stage, {
        level: this.headingLevel,
        registerUrl: this.registerUrl,
        shopUrl: this.shopUrl,
      })}
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
