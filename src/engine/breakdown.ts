/**
 * What a status was counted from (R1–R6): the current window's counted total and the activity left out of it, when
 * each tier was reached and rewarded, and the program settings a shopper is told about. Figures only: the elements
 * word them.
 */
import type { Entry } from './entries.js';
import type { PeriodFrame } from './periods.js';
import { progressToward } from './progress.js';
import { countedDelta } from './totals.js';
import type { Account, Progress, RewardDistribution, Tier } from './types.js';
import { localDateTextAt } from './zoned.js';

/** A tier the shopper has entered. Dates are store-local `YYYY-MM-DD`. */
export interface TierReached {
  readonly tierId: string;
  /** The day of the tier's latest entry. */
  readonly reachedOn: string;
  /** The day its entry rewards were earned (R6: once), absent when they never were. */
  readonly rewardedOn?: string;
  /** R6, `highest_only`: first entered by an event that rewarded a higher tier, so its entry rewards were not given. */
  readonly passedOver: boolean;
}

export interface Breakdown {
  /** Counted total of the current window (R1), in the status's unit: what progress and `keep` measure. */
  readonly total: number;
  /** Orders in the window that count: not cancelled, and not fully refunded under `orders_placed`. */
  readonly orders: number;
  /** Cancelled orders in the window and their amount (minor units): they count nothing (R1). */
  readonly cancelledOrders: number;
  readonly cancelledAmount: number;
  /**
   * Refunds the count leaves out (R1): orders with a refund and the amount refunded under `amount_spent`, fully
   * refunded orders under `orders_placed`; none under `points_earned`, which counts an order's points.
   */
  readonly refundedOrders: number;
  readonly refundedAmount: number;
  /** First and last day of the window (store-local; `through` null for lifetime). */
  readonly from: string;
  readonly through: string | null;
  /** R2: the first day anything counts. */
  readonly startsOn: string;
  readonly rewardDistribution: RewardDistribution;
  /** R5: the window's total toward the goal of a tier held from last year, when `keep` is set. */
  readonly keepProgress: Progress | null;
  /** Every tier entered, lowest first. */
  readonly tiers: readonly TierReached[];
}

/**
 * The breakdown of a status evaluated at `now`: `frame` is its calendar, `entries` its tier history over the goal-sorted
 * `tiers`, `keepGoal` the goal of a tier held from last year (R5) or null.
 */
export function countedBreakdown(
  account: Account,
  tiers: readonly Tier[],
  frame: PeriodFrame,
  now: number,
  entries: readonly Entry[],
  keepGoal: number | null,
): Breakdown {
  const { entryMethod, timeZone, rewardDistribution } = account.program;
  // R11: the rolling window, not the endless period it moves in.
  const { end } = frame.current;
  const start = frame.windowStartAt;
  const day = (ms: number): string => localDateTextAt(timeZone, ms);
  let total = 0, orders = 0, cancelledOrders = 0, cancelledAmount = 0, refundedOrders = 0, refundedAmount = 0;
  for (const item of account.activity) {
    if (item.at < start || item.at > now || item.at >= end) continue;
    total += countedDelta(item, entryMethod);
    if (item.type !== 'order') continue;
    if (item.cancelled) {
      cancelledOrders += 1;
      cancelledAmount += item.amount;
    } else if (entryMethod === 'orders_placed' && item.amount > 0 && item.refunded >= item.amount) {
      refundedOrders += 1;
      refundedAmount += item.refunded;
    } else {
      orders += 1;
      if (entryMethod === 'amount_spent' && item.refunded > 0) {
        refundedOrders += 1;
        refundedAmount += item.refunded;
      }
    }
  }
  // Each tier's first and latest entry and its rewarded one, in one pass (a backend evaluates many customers).
  const firstOf: Entry[] = [], latestOf: Entry[] = [], rewardedOf: Entry[] = [];
  for (const entry of entries) {
    firstOf[entry.tier] ??= entry;
    latestOf[entry.tier] = entry;
    if (entry.rewarded) rewardedOf[entry.tier] ??= entry;
  }
  const reached: TierReached[] = [];
  for (let index = 0; index < tiers.length; index += 1) {
    const first = firstOf[index];
    if (first === undefined) continue;
    const rewarded = rewardedOf[index];
    const passedOver = !first.rewarded && entries.some((entry) => entry.at === first.at && entry.tier > index && entry.rewarded);
    const tierId = tiers[index]!.id, reachedOn = day(latestOf[index]!.at);
    reached.push(rewarded ? { tierId, reachedOn, passedOver, rewardedOn: day(rewarded.at) } : { tierId, reachedOn, passedOver });
  }
  const keepProgress: Progress | null = keepGoal ? progressToward(total, keepGoal) : null;
  return {
    total, orders, cancelledOrders, cancelledAmount, refundedOrders, refundedAmount,
    from: frame.windowFirstDay,
    through: frame.windowLastDay,
    startsOn: frame.startDay,
    rewardDistribution,
    keepProgress,
    tiers: reached,
  };
}
