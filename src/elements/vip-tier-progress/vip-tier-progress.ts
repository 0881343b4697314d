import { html, nothing } from 'lit';
import type { VipStatus } from '../../engine/index.js';
import { formatYear, type Formatter } from '../../i18n/format.js';
import { hostStyles } from '../styles.js';
import { VipPiece, type PieceContent } from '../vip-piece.js';
import { progressStyles } from './vip-tier-progress.styles.js';

/**
 * @summary Progress toward the next tier: "$120.00 more to reach Gold" and a progress bar; at the top tier,
 * "You've reached the top tier". For a calendar-year tier held from last year, what to earn to keep it.
 * Guests see nothing.
 *
 * @csspart progress-label - The sentence ("$120.00 more to reach Gold", or the top-tier message).
 * @csspart progress-bar - The bar (`role="progressbar"`), its track.
 * @csspart progress-fill - The filled share of the bar.
 * @csspart keep - "Spend $400.00 by Dec 31, 2026 to keep Silver in 2027".
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty [--vip-tier-color=--vip-accent] - Colour of the filled bar.
 * @cssproperty [--vip-border=light-dark(#d0d7de, #444c56)] - Colour of the bar's track.
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Default colour of the filled bar.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-muted=light-dark(#57606a, #a8b0b9)] - Colour of the keep sentence.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-spacing=12px] - Gap between parts.
 * @cssproperty [--vip-color-scheme=light dark] - `light`, `dark`, or both.
 */
export class VipTierProgress extends VipPiece {
  static override styles = [hostStyles, progressStyles];

  protected override skeletonLines = 2;

  protected override renderStatus(status: VipStatus, f: Formatter): PieceContent {
    if (status.state !== 'active') return nothing;
    const m = f.messages;
    const { progress, nextTier, keep, unit } = status;
    const keepTier = keep && status.tiers.find((tier) => tier.id === keep.tierId);
    const label = progress && nextTier ? m.toNext(f.quantity(progress.remaining, unit), nextTier.name) : m.topTier;
    return html`<div class="progress">
      <span part="progress-label">${label}</span>
      ${progress && nextTier
        ? html`<div
            part="progress-bar"
            role="progressbar"
            aria-label=${m.progressTo(nextTier.name)}
            aria-valuemin="0"
            aria-valuemax=${progress.target}
            aria-valuenow=${Math.min(Math.max(progress.value, 0), progress.target)}
            aria-valuetext=${label}
          >
            <div part="progress-fill"></div>
          </div>`
        : nothing}
      ${keep && keepTier
        ? html`<span part="keep" class="muted"
            >${keep.year === null
              ? m.keepRolling(f.goal(keep.remaining, unit), f.date(keep.byDate), keepTier.name)
              : m.keep(f.goal(keep.remaining, unit), f.date(keep.byDate), keepTier.name, formatYear(keep.year, f.locale))}</span
          >`
        : nothing}
    </div>`;
  }

  protected override updated(): void {
    super.updated();
    // The fill width comes from a custom property set from script: no style strings under a strict CSP.
    this.renderRoot
      .querySelector<HTMLElement>('[part~="progress-bar"]')
      ?.style.setProperty('--vip-fraction', String(this.shown?.progress?.fraction ?? 0));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-tier-progress': VipTierProgress;
  }
}
