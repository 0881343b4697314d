import { html, nothing, type TemplateResult } from 'lit';
import type { VipStatus } from '../../engine/index.js';
import type { Formatter } from '../../i18n/format.js';
import { hostStyles } from '../styles.js';
import { VipPiece, type PieceContent } from '../vip-piece.js';
import { historyLines, type HistoryLine } from './history-lines.js';
import { historyStyles } from './vip-tier-history.styles.js';

/** The timeline's list, newest first: shared by this element and the account block's "Your history" section. */
export function renderHistoryList(lines: readonly HistoryLine[]): TemplateResult {
  return html`<ol part="history-list">
    ${lines.map((line) => html`<li part=${`history-item history-${line.kind}`}>${line.text}</li>`)}
  </ol>`;
}

/**
 * @summary The shopper's tier history, newest first, under "Your history", collapsed by default: "Reached Silver ·
 * Jun 10, 2025", "Gold expired · Jan 1, 2026 → Silver". Nothing for guests.
 *
 * @csspart history - The `<details>` that holds the timeline (closed by default).
 * @csspart history-title - Its `<summary>`, "Your history".
 * @csspart history-list - The list of tier changes, newest first.
 * @csspart history-item - One change; with `history-entry` (a tier reached or given) or `history-expiry`.
 * @csspart history-entry - Added to an entry.
 * @csspart history-expiry - Added to an expiry.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Focus ring.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-muted=light-dark(#57606a, #a8b0b9)] - Colour of the expiries.
 * @cssproperty [--vip-border=light-dark(#d0d7de, #444c56)] - The timeline's line.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-spacing=12px] - Gap between parts.
 * @cssproperty [--vip-color-scheme=light dark] - `light`, `dark`, or both.
 */
export class VipTierHistory extends VipPiece {
  static override styles = [hostStyles, historyStyles];

  protected override renderStatus(status: VipStatus, f: Formatter): PieceContent {
    if (status.state !== 'active') return nothing;
    const m = f.messages;
    const lines = historyLines(status.history, status.tiers, f);
    return html`<details part="history">
      <summary part="history-title">${m.historyTitle}</summary>
      ${lines.length === 0
        ? html`<p part="history-list">${m.historyEmpty}</p>`
        : renderHistoryList(lines)}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-tier-history': VipTierHistory;
  }
}
