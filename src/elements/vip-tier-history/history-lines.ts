import { timelineItems } from '../../engine/core.js';
import type { HistoryItem, Tier } from '../../engine/core.js';
import type { Formatter } from '../../i18n/format.js';

/** One line of the timeline: its text and whether it is an entry or an expiry. */
export interface HistoryLine {
  readonly text: string;
  readonly kind: 'entry' | 'expiry';
}

/**
 * The status's history as the timeline shows it, newest first: "Reached Silver · Jun 10, 2025", "Gold expired ·
 * Jan 1, 2026 → Silver". The goal-0 tier shows once, when the shopper joined (the engine's `timelineItems`).
 * Pure: tested without the DOM.
 */
export function historyLines(history: readonly HistoryItem[], tiers: readonly Tier[], f: Formatter): HistoryLine[] {
  const m = f.messages;
  const name = (id: string): string => tiers.find((tier) => tier.id === id)?.name ?? id;
  const lines: HistoryLine[] = [];
  for (const item of timelineItems(history, tiers)) {
    const date = f.date(item.date);
    if (item.kind === 'expiry') {
      const text = item.toTierId === null
        ? m.historyExpiredNone(name(item.tierId), date)
        : m.historyExpired(name(item.tierId), date, name(item.toTierId));
      lines.push({ text, kind: 'expiry' });
      continue;
    }
    const text = item.grantId === undefined ? m.historyReached(name(item.tierId), date) : m.historyGranted(name(item.tierId), date);
    lines.push({ text, kind: 'entry' });
  }
  return lines.reverse();
}
