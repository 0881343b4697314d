/**
 * `evaluate`: an account and a moment in, the shopper's VIP status out (README, "The rules as implemented").
 */
import { assert } from './assert.js';
import { countedBreakdown } from './breakdown.js';
import { evaluateCoupons } from './coupons.js';
import { formatCalendarDate, formatInstant, parseInstant } from './dates.js';
import { tierHistory, type GrantEvent } from './entries.js';
import { periodFrame } from './periods.js';
import { countedEvents } from './totals.js';
import type { Account, EntryMethod, Grant, Keep, Progress, Tier, TierEntry, Unit, VipStatus } from './types.js';

export interface EvaluateOptions {
  /** The moment to evaluate at (merchant preview); defaults to the document's `generatedAt`, then the clock. */
  readonly now?: number | string | Date;
}

const UNITS: Record<EntryMethod, Unit> = { amount_spent: 'money', points_earned: 'points', orders_placed: 'orders' };

/** The largest double below 1: a fraction short of the goal never rounds up to a full bar (R9). */
const ALMOST_ONE = 1 - Number.EPSILON / 2;

function instantOf(value: number | string | Date | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? parseInstant(value) : value.getTime();
  return ms !== undefined && Number.isFinite(ms) ? ms : undefined;
}

/** R9: value / target in [0, 1], and 1 only once the goal is reached. */
function progressToward(value: number, target: number): Progress {
  assert(target > 0, 'progress needs a positive goal');
  let fraction = Math.min(1, Math.max(0, value / target));
  if (value < target && fraction >= 1) fraction = ALMOST_ONE;
  return { value, target, remaining: Math.max(0, target - value), fraction };
}

function sortedByGoal(tiers: readonly Tier[]): readonly Tier[] {
  for (let i = 1; i < tiers.length; i += 1) if (tiers[i - 1]!.goal > tiers[i]!.goal) return [...tiers].sort((a, b) => a.goal - b.goal);
  return tiers;
}

/** The first tier above `index` that a counted total can enter (the goal-0 tier is entered by joining). */
function tierAbove(tiers: readonly Tier[], index: number): Tier | null {
  const above = tiers[index + 1];
  if (above !== undefined && above.goal === 0) return tiers[index + 2] ?? null;
  return above ?? null;
}

/**
 * R10: the grants that have happened by `now`, in time order (then by id), each at the counting start when dated
 * before it (R2: nothing is entered before the start; a grant carries over what was held then). A grant of a tier
 * the program does not have is left out (parseAccount refuses one).
 */
function grantEvents(grants: readonly Grant[] | undefined, tiers: readonly Tier[], start: number, now: number): GrantEvent[] {
  const out: GrantEvent[] = [];
  if (grants === undefined) return out;
  for (const grant of grants) {
    if (grant.at > now) continue;
    const tier = tiers.findIndex((t) => t.id === grant.tierId);
    if (tier >= 0) out.push({ at: Math.max(grant.at, start), tier, reward: grant.reward, id: grant.id });
  }
  return out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The shopper's VIP status at `now` (README, "The rules as implemented"): the tier held and until when, progress
 * toward the next tier, what it takes to keep the tier next year, every tier entry and whether it earned rewards, and
 * coupons with their validity. Pure: reads the clock only when neither `options.now` nor `account.generatedAt` is
 * given. Instants in the result are ISO strings; calendar dates are store-local `YYYY-MM-DD`.
 *
 * @example
 * const parsed = parseAccount(document);
 * if (parsed.ok) {
 *   const status = evaluate(parsed.account, { now: '2026-11-25T10:00:00Z' });
 *   status.tier?.name;             // 'Bronze'
 *   status.progress;               // { value: 12999, target: 50000, remaining: 37001, fraction: 0.25998 }
 *   status.tierValidThrough;       // '2027-12-31'
 * }
 */
export function evaluate(account: Account, options: EvaluateOptions = {}): VipStatus {
  const now = instantOf(options.now) ?? account.generatedAt ?? Date.now();
  const { program, customer } = account;
  const unit = UNITS[program.entryMethod];
  const { currency, timeZone, milestone } = program;
  // Every status is written out whole, keys in one order: one object shape for every result.
  // R7: a hidden or recalculating program shows no numbers at all.
  if (program.state !== 'enabled') {
    return {
      state: program.state, now: formatInstant(now), unit, currency, timeZone, milestone,
      tier: null, nextTier: null, progress: null, window: null, tierExpiresAt: null, tierValidThrough: null,
      // A shopper's coupons stay usable while tiers are recalculated; disabled shows nothing.
      keep: null, entries: [], coupons: program.state === 'recalculating' && customer ? evaluateCoupons(account.coupons, now, timeZone) : [], tiers: [], customer,
    };
  }
  const tiers = sortedByGoal(program.tiers);
  // R7: a guest sees every tier and what it offers, nothing of their own.
  if (customer === null) {
    return {
      state: 'guest', now: formatInstant(now), unit, currency, timeZone, milestone,
      tier: null, nextTier: null, progress: null, window: null, tierExpiresAt: null, tierValidThrough: null,
      keep: null, entries: [], coupons: [], tiers, customer: null,
    };
  }

  const frame = periodFrame(program, now);
  const coupons = evaluateCoupons(account.coupons, now, timeZone);
  const window = { start: frame.windowStart, end: frame.windowEnd };

  if (frame.periods.length === 0) {
    // Before the program starts: no tier yet; progress toward the first goal a total can reach.
    const nextTier = tierAbove(tiers, -1);
    return {
      state: 'active', now: frame.nowText, unit, currency, timeZone, milestone,
      tier: null, nextTier, progress: nextTier === null ? null : progressToward(0, nextTier.goal), window,
      tierExpiresAt: null, tierValidThrough: null, keep: null, entries: [], coupons, tiers, customer,
    };
  }

  const events = countedEvents(account.activity, program.entryMethod, frame.start, now);
  const grants = grantEvents(account.grants, tiers, frame.start, now);
  const history = tierHistory(tiers, frame.periods, events, customer.joinedAt, now, program.rewardDistribution, grants);
  const thisPeriod = history.periods[history.periods.length - 1]!;
  const lastPeriod = history.periods[history.periods.length - 2];

  // R4: the highest tier ever entered. R5: the highest entered this year or last year.
  const heldFromLastYear = milestone === 'calendar_year' && lastPeriod !== undefined && lastPeriod.highest > thisPeriod.highest;
  const tierIndex = heldFromLastYear ? lastPeriod!.highest : thisPeriod.highest;
  const tier = tiers[tierIndex] ?? null;
  const nextTier = tierAbove(tiers, tierIndex);

  let tierExpiresAt: string | null = null;
  let tierValidThrough: string | null = null;
  let keep: Keep | null = null;
  if (milestone === 'calendar_year' && tier !== null) {
    // R5: a tier entered in year Y is held through the end of Y + 1.
    const expiresYear = heldFromLastYear ? thisPeriod.year : thisPeriod.year + 1;
    tierExpiresAt = heldFromLastYear ? frame.yearEnd : frame.nextYearEnd;
    tierValidThrough = formatCalendarDate(expiresYear, 12, 31);
    if (heldFromLastYear) {
      keep = {
        tierId: tier.id,
        remaining: Math.max(0, tier.goal - thisPeriod.total),
        by: frame.yearEnd!,
        byDate: frame.yearLastDay!,
        year: thisPeriod.year + 1,
      };
    }
  }

  const entries: TierEntry[] = [];
  for (const entry of history.entries) {
    const item: TierEntry = { tierId: tiers[entry.tier]!.id, at: formatInstant(entry.at), rewarded: entry.rewarded };
    entries.push(entry.grantId === undefined ? item : { ...item, grantId: entry.grantId });
  }

  return {
    state: 'active', now: frame.nowText, unit, currency, timeZone, milestone,
    tier, nextTier, progress: nextTier === null ? null : progressToward(thisPeriod.total, nextTier.goal), window,
    tierExpiresAt, tierValidThrough, keep, entries, coupons, tiers, customer,
    breakdown: countedBreakdown(account, tiers, frame, now, history.entries, keep && tier!.goal),
  };
}
