/**
 * `evaluate`: an account and a moment in, the shopper's VIP status out (README, "The rules as implemented").
 */
import { countedBreakdown } from './breakdown.js';
import { evaluateCoupons } from './coupons.js';
import { calendarDateOfDays, formatCalendarDate, formatInstant, parseInstant } from './dates.js';
import { tierHistory, type Entry, type GrantEvent, type PeriodOutcome } from './entries.js';
import { periodFrame } from './periods.js';
import { progressToward } from './progress.js';
import { rollingHistory, type Lapse } from './rolling.js';
import { countedEvents } from './totals.js';
import type { Account, EntryMethod, Grant, HistoryItem, Keep, Tier, TierEntry, Unit, VipStatus } from './types.js';
import { localDayFromStarts } from './zoned.js';

export interface EvaluateOptions {
  /** The moment to evaluate at (merchant preview); defaults to the document's `generatedAt`, then the clock. */
  readonly now?: number | string | Date;
  /**
   * `false` leaves out what only a shopper's view reads: `history` is empty and `breakdown` absent. Recalculation and
   * the dry run of a settings change evaluate so (README, "Performance").
   */
  readonly detail?: boolean;
}

const UNITS: Record<EntryMethod, Unit> = { amount_spent: 'money', points_earned: 'points', orders_placed: 'orders' };

/** Epoch milliseconds of an instant given as a number, ISO-8601 text or a Date; undefined when none or invalid. */
export function instantOf(value: number | string | Date | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? parseInstant(value) : value.getTime();
  return ms !== undefined && Number.isFinite(ms) ? ms : undefined;
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

/** The store-local date `YYYY-MM-DD` of an instant (see `localDayFromStarts`). */
const storeDate = (timeZone: string, ms: number): string => calendarDateOfDays(localDayFromStarts(timeZone, ms));

/**
 * R5: the held tier drops at the start of a year when the tier of the year before last is higher than anything
 * entered last year or at the first instant of this one.
 */
function yearStartLapses(periods: readonly PeriodOutcome[], entries: readonly Entry[]): Lapse[] {
  const lapses: Lapse[] = [];
  let e = 0;
  for (let k = 1; k < periods.length; k += 1) {
    const yearStart = periods[k]!.start;
    let atStart = -1;
    while (e < entries.length && entries[e]!.at <= yearStart) {
      if (entries[e]!.at === yearStart && entries[e]!.tier > atStart) atStart = entries[e]!.tier;
      e += 1;
    }
    const before = Math.max(periods[k - 1]!.highest, periods[k - 2]?.highest ?? -1);
    const after = Math.max(periods[k - 1]!.highest, atStart);
    if (after < before) lapses.push({ tier: before, to: after, at: yearStart });
  }
  return lapses;
}

/**
 * The status's `entries`, and its `history` unless `history` is null: the same entries and the lapses merged in time
 * order (at one instant a lapse comes first: it happens as the day begins). One pass, objects of fixed shapes: a
 * backend evaluates many customers.
 */
function entriesAndHistory(
  tiers: readonly Tier[], timeZone: string, found: readonly Entry[], lapses: readonly Lapse[], history: HistoryItem[] | null,
): TierEntry[] {
  const entries: TierEntry[] = [];
  let l = 0;
  for (let i = 0; i <= found.length; i += 1) {
    const entry = found[i];
    while (history !== null && l < lapses.length && (entry === undefined || lapses[l]!.at <= entry.at)) {
      const lapse = lapses[l]!;
      history.push({
        kind: 'expiry', tierId: tiers[lapse.tier]!.id, at: formatInstant(lapse.at), date: storeDate(timeZone, lapse.at),
        toTierId: tiers[lapse.to]?.id ?? null,
      });
      l += 1;
    }
    if (entry === undefined) break;
    const tierId = tiers[entry.tier]!.id;
    const at = formatInstant(entry.at);
    const { rewarded, grantId } = entry;
    if (grantId === undefined) {
      entries.push({ tierId, at, rewarded });
      history?.push({ kind: 'entry', tierId, at, date: storeDate(timeZone, entry.at), rewarded });
    } else {
      entries.push({ tierId, at, rewarded, grantId });
      history?.push({ kind: 'entry', tierId, at, date: storeDate(timeZone, entry.at), rewarded, grantId });
    }
  }
  return entries;
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
      keep: null, entries: [], history: [], tiers: [], customer,
      coupons: program.state === 'recalculating' && customer ? evaluateCoupons(account.coupons, now, timeZone) : [],
    };
  }
  const tiers = sortedByGoal(program.tiers);
  // R7: a guest sees every tier and what it offers, nothing of their own.
  if (customer === null) {
    return {
      state: 'guest', now: formatInstant(now), unit, currency, timeZone, milestone,
      tier: null, nextTier: null, progress: null, window: null, tierExpiresAt: null, tierValidThrough: null,
      keep: null, entries: [], history: [], coupons: [], tiers, customer: null,
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
      tierExpiresAt: null, tierValidThrough: null, keep: null, entries: [], history: [], coupons, tiers, customer,
    };
  }

  const events = countedEvents(account.activity, program.entryMethod, frame.start, now);
  const grants = grantEvents(account.grants, tiers, frame.start, now);

  let tierIndex: number;
  let total: number;
  let found: readonly Entry[];
  let lapses: readonly Lapse[] = [];
  let tierExpiresAt: string | null = null;
  let tierValidThrough: string | null = null;
  let keep: Keep | null = null;

  if (milestone === 'rolling_12_months') {
    // R11: the total of the last 12 months; a tier is held 12 months past the last moment it was qualified.
    const rolling = rollingHistory(tiers, timeZone, events, grants, customer.joinedAt, frame.start, now, program.rewardDistribution);
    tierIndex = rolling.held;
    total = rolling.total;
    found = rolling.entries;
    lapses = rolling.lapses;
    if (rolling.expiresAt !== null) {
      tierExpiresAt = formatInstant(rolling.expiresAt);
      tierValidThrough = storeDate(timeZone, rolling.expiresAt - 1);
      if (rolling.keepRemaining !== null) {
        keep = { tierId: tiers[tierIndex]!.id, remaining: rolling.keepRemaining, by: tierExpiresAt, byDate: tierValidThrough, year: null };
      }
    }
  } else {
    const history = tierHistory(tiers, frame.periods, events, customer.joinedAt, now, program.rewardDistribution, grants);
    const thisPeriod = history.periods[history.periods.length - 1]!;
    const lastPeriod = history.periods[history.periods.length - 2];
    found = history.entries;
    total = thisPeriod.total;

    // R4: the highest tier ever entered. R5: the highest entered this year or last year.
    const heldFromLastYear = milestone === 'calendar_year' && lastPeriod !== undefined && lastPeriod.highest > thisPeriod.highest;
    tierIndex = heldFromLastYear ? lastPeriod!.highest : thisPeriod.highest;
    if (milestone === 'calendar_year') {
      lapses = yearStartLapses(history.periods, history.entries);
      if (tierIndex >= 0) {
        // R5: a tier entered in year Y is held through the end of Y + 1.
        const expiresYear = heldFromLastYear ? thisPeriod.year : thisPeriod.year + 1;
        tierExpiresAt = heldFromLastYear ? frame.yearEnd : frame.nextYearEnd;
        tierValidThrough = formatCalendarDate(expiresYear, 12, 31);
        if (heldFromLastYear) {
          keep = {
            tierId: tiers[tierIndex]!.id,
            remaining: Math.max(0, tiers[tierIndex]!.goal - thisPeriod.total),
            by: frame.yearEnd!,
            byDate: frame.yearLastDay!,
            year: thisPeriod.year + 1,
          };
        }
      }
    }
  }
  const tier = tiers[tierIndex] ?? null;
  const nextTier = tierAbove(tiers, tierIndex);

  const progress = nextTier === null ? null : progressToward(total, nextTier.goal);
  if (options.detail === false) {
    return {
      state: 'active', now: frame.nowText, unit, currency, timeZone, milestone, tier, nextTier, progress, window,
      tierExpiresAt, tierValidThrough, keep, entries: entriesAndHistory(tiers, timeZone, found, lapses, null), history: [],
      coupons, tiers, customer,
    };
  }
  const history: HistoryItem[] = [];
  const entries = entriesAndHistory(tiers, timeZone, found, lapses, history);
  return {
    state: 'active', now: frame.nowText, unit, currency, timeZone, milestone, tier, nextTier, progress, window,
    tierExpiresAt, tierValidThrough, keep, entries, history, coupons, tiers, customer,
    // R11's keep counts what is still in the window when the tier lapses, so its bar stays on the next tier.
    breakdown: countedBreakdown(account, tiers, frame, now, found, keep && keep.year !== null ? tier!.goal : null),
  };
}
