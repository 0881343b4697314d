/**
 * How the ladder and the timeline read a status: where each tier stands for the shopper, and which history items a
 * timeline shows. Pure, like the rest of the engine; the elements only word and mark them.
 */
import type { HistoryItem, Tier, VipStatus } from './types.js';

/** A tier below the shopper's current one, the current one, the next to reach, or one beyond that. */
export type TierStanding = 'reached' | 'current' | 'next' | 'locked';

/**
 * Each tier's standing, in the order of `status.tiers`; all undefined unless the status is a shopper's active one
 * (a guest, a disabled or a recalculating program has no place on the ladder).
 */
export function tierStandings(status: VipStatus): (TierStanding | undefined)[] {
  const held = status.tiers.findIndex((tier) => tier.id === status.tier?.id);
  return status.tiers.map((tier, i) => {
    if (status.state !== 'active') return undefined;
    if (i < held) return 'reached';
    if (i === held) return 'current';
    return tier === status.nextTier ? 'next' : 'locked';
  });
}

/**
 * The history items a timeline shows, in the status's order: the goal-0 tier is entered anew each year (R3), so only
 * its first entry (when the shopper joined) is kept.
 */
export function timelineItems(history: readonly HistoryItem[], tiers: readonly Tier[]): HistoryItem[] {
  const base = new Set(tiers.filter((tier) => tier.goal === 0).map((tier) => tier.id));
  let joined = false;
  return history.filter((item) => {
    if (item.kind !== 'entry' || !base.has(item.tierId)) return true;
    if (joined) return false;
    joined = true;
    return true;
  });
}
