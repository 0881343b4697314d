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
  /** The grant the entry came from (R10). */
  readonly grantId?: string;
}

/** A tier grant as the replay sees it (R10): sorted by time, each within the periods. */
export interface GrantEvent {
  readonly at: number;
  /** Index into the goal-sorted tiers. */
  readonly tier: number;
  readonly reward: boolean;
  readonly id: string;
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
 * Records the entries of one crossing from `held` up to `reached` at `at` (R6): every tier crossed is entered;
 * when it `rewards`, `all_tiers` rewards each, `highest_only` only `reached`, and a tier only at its first entry
 * (`entered` remembers them). `grantId` marks a crossing made by a grant (R10).
 */
export function enterTiers(
  entries: Entry[],
  entered: boolean[],
  held: number,
  reached: number,
  at: number,
  rewards: boolean,
  allTiers: boolean,
  grantId: string | undefined,
): void {
  for (let tier = held + 1; tier <= reached; tier += 1) {
    const earns = rewards && (allTiers || tier === reached);
    const entry: Entry = { tier, at, rewarded: earns && !entered[tier] };
    entries.push(grantId === undefined ? entry : { ...entry, grantId });
    entered[tier] = true;
  }
}

/**
 * Replays `events` (sorted, all within the periods) through `periods` for `tiers` sorted by ascending goal.
 *
 * - R3: a tier is entered the first time the period's total reaches its goal; a goal-0 tier at the period start,
 *   or when the customer joined if later (and only if that is before `now`). Reaching a tier enters every tier
 *   below it too; a tier entered in a period is not lost when the total drops (refunds, negative adjustments).
 * - R6: one event crossing several tiers is one crossing; `all_tiers` rewards every tier crossed,
 *   `highest_only` only the highest. A tier's rewards are earned at its first entry only — passed-over tiers
 *   count as entered and never earn later.
 * - R10: a grant enters its tier (and those below) at its instant as if reached then, without adding to the total;
 *   it earns rewards only when `reward` is true, under the same R6 rules. At the same instant a grant comes first.
 */
export function tierHistory(
  tiers: readonly { readonly goal: number }[],
  periods: readonly Period[],
  events: readonly CountedEvent[],
  joinedAt: number | undefined,
  now: number,
  distribution: RewardDistribution,
  grants: readonly GrantEvent[] = [],
): TierHistory {
  const tierCount = tiers.length;
  const entered: boolean[] = [];
  for (let i = 0; i < tierCount; i += 1) entered.push(false);
  const entries: Entry[] = [];
  const outcomes: PeriodOutcome[] = [];
  const hasBaseTier = tiers[0]?.goal === 0;
  const allTiers = distribution === 'all_tiers';
  let next = 0;
  let nextGrant = 0;

  for (const period of periods) {
    let total = 0;
    let highest = -1;
    const joinAt = joinedAt === undefined || joinedAt < period.start ? period.start : joinedAt;
    let joinPending = hasBaseTier && joinAt < period.end && joinAt <= now;

    // One pass per counted event, plus the join (the goal-0 tier) at its own moment.
    for (;;) {
      const event = next < events.length && events[next]!.at < period.end ? events[next]! : undefined;
      const grant = nextGrant < grants.length && grants[nextGrant]!.at < period.end ? grants[nextGrant]! : undefined;
      let at: number;
      let reached = highest;
      let rewards = true;
      let grantId: string | undefined;
      if (grant !== undefined && (event === undefined || grant.at <= event.at) && !(joinPending && joinAt < grant.at)) {
        nextGrant += 1;
        at = grant.at;
        if (grant.tier > reached) reached = grant.tier;
        rewards = grant.reward;
        grantId = grant.id;
      } else if (joinPending && (event === undefined || event.at >= joinAt)) {
        joinPending = false;
        at = joinAt;
        if (highest < 0) reached = 0;
      } else if (event !== undefined) {
        next += 1;
        at = event.at;
        total += event.delta;
        while (reached + 1 < tierCount && tiers[reached + 1]!.goal <= total) reached += 1;
        // Before joining, the goal-0 tier is entered only on the way to a higher one.
        if (joinPending && reached === 0) reached = highest;
      } else {
        break;
      }
      enterTiers(entries, entered, highest, reached, at, rewards, allTiers, grantId);
      if (reached > highest) highest = reached;
    }
    outcomes.push({ start: period.start, end: period.end, year: period.year, total, highest });
  }
  return { periods: outcomes, entries };
}
