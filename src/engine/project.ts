/**
 * `project`: what one more order would do — the status with a hypothetical order beside the status without it.
 */
import { formatInstant } from './dates.js';
import { evaluate, instantOf } from './evaluate.js';
import type { Account, Activity, EntryReward, Tier, TierEntry, VipStatus } from './types.js';

/** A hypothetical order. Only the value the program counts matters (R1); absent counts as 0. */
export interface ProjectedOrder {
  /** Minor units of the program's currency (`amount_spent`), e.g. a cart's total. */
  readonly amount?: number;
  /** How many orders it counts as (`orders_placed`): 1 for a cart. */
  readonly orders?: number;
  /** The points it earns (`points_earned`). */
  readonly points?: number;
  /** When it is placed; defaults to the document's `generatedAt`, then the clock. */
  readonly at?: number | string | Date;
}

/** A tier the order would enter, and whether that entry earns the tier's entry rewards (R6). */
export interface ProjectedEntry {
  readonly tier: Tier;
  readonly rewarded: boolean;
}

export interface Projection {
  /** The status at the order's moment without the order, and with it. */
  readonly before: VipStatus;
  readonly after: VipStatus;
  /** What the order adds to the counted total, in the program's unit (`before.unit`). */
  readonly added: number;
  /** The tier the order takes the shopper to, or null when the tier held stays the same. */
  readonly enters: Tier | null;
  /** Every tier the order enters, lowest first. */
  readonly entries: readonly ProjectedEntry[];
  /** The entry rewards it earns: none for a tier passed over under `highest_only` or rewarded before (R6). */
  readonly rewards: readonly EntryReward[];
  /** After the order: the next tier and what is left to reach it; null at the top tier (or without a status). */
  readonly nextTier: Tier | null;
  readonly remaining: number | null;
}

const PROJECTED_ID = '\u0000projected';

function count(value: number | undefined, name: string): number {
  if (value === undefined) return 0;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`project: ${name} must be a whole number ≥ 0, not ${String(value)}.`);
  }
  return value;
}

function orderTime(value: number | string | Date | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = instantOf(value);
  if (ms === undefined) throw new RangeError(`project: at must be an instant, not ${String(value)}.`);
  return ms;
}

/** The activity a hypothetical order adds under the program's entry method (R1). */
function projectedActivity(account: Account, order: ProjectedOrder, at: number): { items: Activity[]; added: number } {
  const amount = count(order.amount, 'amount');
  const orders = count(order.orders, 'orders');
  const points = count(order.points, 'points');
  switch (account.program.entryMethod) {
    case 'amount_spent':
      return { items: amount > 0 ? [{ type: 'order', id: PROJECTED_ID, at, amount, refunded: 0, cancelled: false, points: 0 }] : [], added: amount };
    case 'orders_placed': {
      const items: Activity[] = [];
      for (let i = 0; i < orders; i += 1) items.push({ type: 'order', id: `${PROJECTED_ID}-${i}`, at, amount, refunded: 0, cancelled: false, points: 0 });
      return { items, added: orders };
    }
    case 'points_earned':
      return { items: points > 0 ? [{ type: 'points', id: PROJECTED_ID, at, points, source: 'projected' }] : [], added: points };
  }
}

/** The entries of `after` at instant `at` that `before` does not have. */
function newEntries(before: readonly TierEntry[], after: readonly TierEntry[], at: string): TierEntry[] {
  const known = before.filter((entry) => entry.at === at);
  return after.filter((entry) => {
    if (entry.at !== at) return false;
    const same = known.findIndex((k) => k.tierId === entry.tierId && k.rewarded === entry.rewarded);
    if (same < 0) return true;
    known.splice(same, 1);
    return false;
  });
}

/**
 * What a hypothetical order would do, without changing the account: the tier it takes the shopper to, the entry
 * rewards it earns (R6 applies: a tier passed over under `highest_only`, or rewarded before, earns nothing) and what
 * is left to the next tier after it. Pure; throws a `RangeError` naming a value that is not a whole number ≥ 0 or an
 * `at` that is not an instant.
 *
 * @example
 * const p = project(account, { amount: 38000, at: '2026-11-25T10:00:00Z' });
 * p.enters?.name;   // 'Silver'
 * p.rewards;        // [{ type: 'points', points: 500 }, { type: 'coupon', … }]
 * p.remaining;      // 50000 (to Gold)
 */
export function project(account: Account, order: ProjectedOrder): Projection {
  const at = orderTime(order.at) ?? account.generatedAt ?? Date.now();
  const { items, added } = projectedActivity(account, order, at);
  const before = evaluate(account, { now: at });
  const after = items.length === 0 ? before : evaluate({ ...account, activity: [...account.activity, ...items] }, { now: at });
  const tierOf = (id: string): Tier => after.tiers.find((tier) => tier.id === id)!;
  const entries = after.state === 'active'
    ? newEntries(before.entries, after.entries, formatInstant(at)).map((entry) => ({ tier: tierOf(entry.tierId), rewarded: entry.rewarded }))
    : [];
  const rewards = entries.flatMap((entry) => (entry.rewarded ? entry.tier.entryRewards : []));
  const enters = after.tier !== null && after.tier.id !== before.tier?.id ? after.tier : null;
  return {
    before, after, added, enters, entries, rewards,
    nextTier: after.progress === null ? null : after.nextTier,
    remaining: after.progress === null ? null : after.progress.remaining,
  };
}
