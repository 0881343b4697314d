import { html, nothing } from 'lit';
import type { VipStatus } from '../../engine/index.js';
import { formatYear, type Formatter } from '../../i18n/format.js';
import { hostStyles } from '../styles.js';
import { VipPiece, type PieceContent } from '../vip-piece.js';
import { rewardText } from '../reward-text.js';
import { progressStyles } from './vip-tier-progress.styles.js';

/**
 * @summary Where the shopper stands: the counted total ("$500.00 of $1,000.00 this year"), a progress bar, and the
 * next step ("Spend $500.00 more by Dec 31, 2026 to reach Gold") with what the next tier unlocks. For a calendar-year
 * tier held from last year (R5), the keep goal leads and the bar measures it; the next tier follows. At the top
 * tier, a short celebration. Guests see nothing.
 *
 * @csspart progress-total - The counted total of the current window.
 * @csspart progress-bar - The bar (`role="progressbar"`), its track.
 * @csspart progress-fill - The filled share of the bar.
 * @csspart progress-label - The leading sentence: the next step, the keep goal (with `keep`), or the top-tier line.
 * @csspart keep - Added to `progress-label` for "Spend $400.00 by Dec 31, 2026 to keep Silver in 2027".
 * @csspart next-step - Under a keep goal: the step to the next tier.
 * @csspart unlocks - "Gold unlocks a Free shipping coupon, Free shipping, and Early access to sales."
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty [--vip-tier-color=--vip-accent] - Colour of the filled bar.
 * @cssproperty [--vip-border=light-dark(#d0d7de, #444c56)] - Colour of the bar's track.
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Default colour of the filled bar.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-muted=light-dark(#57606a, #a8b0b9)] - Colour of the unlocks sentence.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-spacing=12px] - Gap between parts.
 * @cssproperty [--vip-color-scheme=light dark] - `light`, `dark`, or both.
 */
export class VipTierProgress extends VipPiece {
  static override styles = [hostStyles, progressStyles];

  protected override skeletonLines = 2;
  #fraction = 0;

  protected override renderStatus(status: VipStatus, f: Formatter): PieceContent {
    if (status.state !== 'active') return nothing;
    const m = f.messages;
    const { progress, nextTier, keep, unit, tier, breakdown: b } = status;
    const thisYear = status.milestone === 'calendar_year';
    const next = progress && nextTier
      ? m.toNext(unit === 'money' ? m.spendMore(f.money(progress.remaining)) : f.counted(progress.remaining, unit === 'points' ? m.earnMore : m.placeMore), nextTier.name, thisYear && b?.through ? f.date(b.through) : undefined)
      : undefined;
    const held = keep && tier
      ? keep.year === null
        ? m.keepRolling(f.goal(keep.remaining, unit), f.date(keep.byDate), tier.name)
        : m.keep(f.goal(keep.remaining, unit), f.date(keep.byDate), tier.name, formatYear(keep.year, f.locale))
      : undefined;
    // R5: a tier at risk is what matters most, so its keep goal leads and the bar measures it.
    const [bar, barTier] = held && b?.keepProgress ? [b.keepProgress, tier] : [progress, nextTier];
    const rolling = status.milestone === 'rolling_12_months';
    const counted = b && f.quantity(b.total, unit);
    const total = counted && (bar
      ? (thisYear ? m.totalOfThisYear : rolling ? m.totalOfRolling : m.totalOf)(counted, f.quantity(bar.target, unit))
      : thisYear ? m.totalThisYear(counted) : rolling ? m.totalRolling(counted) : counted);
    const gives = nextTier ? [...nextTier.entryRewards, ...nextTier.perks].flatMap((item) => rewardText(item, f, true) ?? []).slice(0, 3) : [];
    this.#fraction = bar?.fraction ?? 0;
    return html`<div class="progress">
      ${total ? html`<span part="progress-total">${total}</span>` : nothing}
      ${bar && barTier
        ? html`<div
            part="progress-bar"
            role="progressbar"
            aria-label=${m.progressTo(barTier.name)}
            aria-valuemin="0"
            aria-valuemax=${bar.target}
            aria-valuenow=${Math.min(Math.max(bar.value, 0), bar.target)}
            aria-valuetext=${total || (held ?? next)!}
          >
            <div part="progress-fill"></div>
          </div>`
        : nothing}
      <span part=${held ? 'progress-label keep' : 'progress-label'}>${held ?? next ?? m.topTier}</span>
      ${held && next ? html`<span part="next-step">${next}</span>` : nothing}
      ${gives.length ? html`<span part="unlocks" class="muted">${m.unlocks(nextTier!.name, f.list(gives))}</span>` : nothing}
    </div>`;
  }

  protected override updated(): void {
    super.updated();
    // The fill width comes from a custom property set from script: no style strings under a strict CSP.
    this.renderRoot.querySelector<HTMLElement>('[part~="progress-bar"]')?.style.setProperty('--vip-fraction', String(this.#fraction));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-tier-progress': VipTierProgress;
  }
}
