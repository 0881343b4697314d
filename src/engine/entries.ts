/**
 * Tier entries (R3, R6): replays counted events period by period and records every tier entry, with whether it
 * earned the tier's entry rewards.
 */
import type { Period } from './periods.js';
import type { CountedEvent } from './totals.js';
import type { RewardDistribution } from './types.js';

export interface Entry {
  /** Index into the goal-sorted tiers. */
  readonly tier: number;
  readonly at: number;
  readonly rewarded: boolean;
}

/** What one period ended with (or has reached so far, for the current one). */
export interface PeriodOutcome extends Period {
  /** Counted total of the period. */
  readonly total: number;
  /** Highest tier index entered in the period; −1 for none. */
  readonly highest: number;
}

export interface TierHistory {
  readonly periods: readonly PeriodOutcome[];
  readonly entries: readonly Entry[];
}

/**
 * Replays `events` (sorted, all within the periods) through `periods` for tiers with ascending `goals`.
 *
 * - R3: a tier is entered the first time the period's total reaches its goal; a goal-0 tier at the period start,
 *   or when the customer joined if later (and only if that is before `now`). Reaching a tier enters every tier
 *   below it too; a tier entered in a period is not lost when the total drops (refunds, negative adjustments).
 * - R6: one event crossing several tiers is one crossing; `all_tiers` rewards every tier crossed,
 *   `highest_only` only the highest. A tier's rewards are earned at its first entry only — passed-over tiers
 *   count as entered and never earn later.
 */
export function tierHistory(
  goals: readonly number[],
  periods: readonly Period[],
  events: readonly CountedEvent[],
  joinedAt: number | undefined,
  now: number,
  distribution: RewardDistribution,
): TierHistory {
  const entered = new Array<boolean>(goals.length).fill(false);
  const entries: Entry[] = [];
  const outcomes: PeriodOutcome[] = [];
  const hasBaseTier = goals[0] === 0;
  let next = 0;

  for (const period of periods) {
    let total = 0;
    let highest = -1;
    const enter = (reached: number, at: number): void => {
      for (let tier = highest + 1; tier <= reached; tier += 1) {
        const earns = distribution === 'all_tiers' || tier === reached;
        entries.push({ tier, at, rewarded: earns && !entered[tier] });
        entered[tier] = true;
      }
      highest = reached;
    };
    const joinAt = Math.max(period.start, joinedAt ?? -Infinity);
    let joinPending = hasBaseTier && joinAt < period.end && joinAt <= now;
    const join = (): void => {
      joinPending = false;
      if (highest < 0) enter(0, joinAt);
    };

    while (next < events.length && events[next]!.at < period.end) {
      const event = events[next]!;
      next += 1;
      if (joinPending && event.at >= joinAt) join();
      total += event.delta;
      let reached = highest;
      while (reached + 1 < goals.length && goals[reached + 1]! <= total) reached += 1;
      // Before joining, the goal-0 tier is entered only on the way to a higher one.
      if (joinPending && reached === 0) reached = highest;
      if (reached > highest) enter(reached, event.at);
    }
    if (joinPending) join();
    outcomes.push({ ...period, total, highest });
  }
  return { periods: outcomes, entries };
}
