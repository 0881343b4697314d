/**
 * R11 rolling 12 months: the counted total of the last 12 store-local months, and the tiers it holds. Replays the
 * counted events as a timeline of arrivals (activity entering the window), departures (activity leaving it at a
 * store-local midnight), grants, the join and lapses.
 */
import { civilFromDays, daysInMonth } from './dates.js';
import { enterTiers, type Entry, type GrantEvent } from './entries.js';
import type { CountedEvent } from './totals.js';
import type { RewardDistribution } from './types.js';
import { localDayFromStarts, startOfLocalDay } from './zoned.js';

/**
 * R11: the first instant of the rolling window at `now` — store-local midnight of the same calendar day 12 months
 * earlier (29 February → 28 February).
 */
export function rollingWindowStart(timeZone: string, now: number): number {
  const { year, month, day } = civilFromDays(localDayFromStarts(timeZone, now));
  return startOfLocalDay(timeZone, year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
}

/**
 * R11: the instant a moment `at` leaves the rolling window — the first store-local midnight whose window starts
 * after `at`'s day: the same calendar day as the day after `at`, 12 months later (29 February → 1 March, the first
 * day whose window no longer reaches back to it). Activity at `at` stops counting then; a tier last qualified at
 * `at` lapses then.
 */
export function rollingEnd(timeZone: string, at: number): number {
  if (!Number.isFinite(at)) return at;
  const { year, month, day } = civilFromDays(localDayFromStarts(timeZone, at) + 1);
  if (month === 2 && day === 29 && daysInMonth(year + 1, 2) === 28) return startOfLocalDay(timeZone, year + 1, 3, 1);
  return startOfLocalDay(timeZone, year + 1, month, day);
}

/** A lapse of the held tier (indices into the goal-sorted tiers; `to` −1 for none). */
export interface Lapse {
  readonly tier: number;
  readonly to: number;
  readonly at: number;
}

export interface RollingOutcome {
  /** The rolling total at `now`. */
  readonly total: number;
  /** The tier held at `now`, −1 for none. */
  readonly held: number;
  readonly entries: readonly Entry[];
  readonly lapses: readonly Lapse[];
  /** When the held tier lapses if nothing more is earned; null when it never does (the goal-0 tier, or none). */
  readonly expiresAt: number | null;
  /** When the held tier's goal is no longer reached now: what earned before `expiresAt` keeps it (R11). */
  readonly keepRemaining: number | null;
}

/**
 * Replays `events` (sorted, within [start, now]) and `grants` (sorted) under R11 for `tiers` sorted by goal.
 *
 * - A tier is qualified while the rolling total reaches its goal, and held while it was qualified at some moment
 *   within the window: it lapses at `rollingEnd` of the last qualified moment.
 * - Entries follow R3 and R6 as in `tierHistory`: a tier is entered when it becomes held; rewards once per tier for
 *   good. The goal-0 tier is entered at the start or on joining (or on the way to a higher tier) and never lapses.
 * - R10: a grant qualifies its tier (and those below) at its instant without adding to the total.
 * - At one instant: departures (all of them, then the total they leave), lapses, grants, the join, then arrivals.
 */
export function rollingHistory(
  tiers: readonly { readonly goal: number }[],
  timeZone: string,
  events: readonly CountedEvent[],
  grants: readonly GrantEvent[],
  joinedAt: number | undefined,
  start: number,
  now: number,
  distribution: RewardDistribution,
): RollingOutcome {
  const tierCount = tiers.length;
  const hasBaseTier = tiers[0]?.goal === 0;
  const lowestEarned = hasBaseTier ? 1 : 0;
  const allTiers = distribution === 'all_tiers';
  const entered: boolean[] = [];
  /** The last moment each tier was qualified, for the tiers not qualified now. */
  const lastQualified: number[] = [];
  for (let i = 0; i < tierCount; i += 1) {
    entered.push(false);
    lastQualified.push(-Infinity);
  }
  const departures = events.map((event) => rollingEnd(timeZone, event.at));
  const entries: Entry[] = [];
  const lapses: Lapse[] = [];
  let total = 0;
  let qualified = -1;
  let held = -1;
  let baseHeld = false;
  let arrived = 0;
  let departed = 0;
  let nextGrant = 0;
  const joinAt = joinedAt === undefined || joinedAt < start ? start : joinedAt;
  let joinPending = hasBaseTier && joinAt <= now;

  const levelOf = (value: number): number => {
    let level = -1;
    for (let i = lowestEarned; i < tierCount && tiers[i]!.goal <= value; i += 1) level = i;
    return level;
  };
  const enter = (at: number, reached: number, rewards: boolean, grantId?: string): void => {
    enterTiers(entries, entered, held, reached, at, rewards, allTiers, grantId);
    if (reached > held) held = reached;
    if (hasBaseTier && held >= 0) baseHeld = true;
  };
  const requalify = (at: number): void => {
    const level = levelOf(total);
    for (let i = level + 1; i <= qualified; i += 1) lastQualified[i] = at - 1;
    qualified = level;
    if (level > held) enter(at, level, true);
  };
  const lapseAt = (): number =>
    held > qualified && !(hasBaseTier && held === 0) ? rollingEnd(timeZone, lastQualified[held]!) : Infinity;

  for (;;) {
    const departure = departed < arrived ? departures[departed]! : Infinity;
    const lapse = lapseAt();
    const grant = nextGrant < grants.length ? grants[nextGrant]!.at : Infinity;
    const join = joinPending ? joinAt : Infinity;
    const arrival = arrived < events.length ? events[arrived]!.at : Infinity;
    const at = Math.min(departure, lapse, grant, join, arrival);
    if (!(at <= now)) break;
    if (departure === at) {
      total -= events[departed]!.delta;
      departed += 1;
      // What leaves at one midnight leaves together, as `expiresAt` below counts it: a tier is qualified by the total
      // they leave, not by one in between (a −1,000 leaving before a +1,000 of the same instant).
      if (!(departed < arrived && departures[departed] === at)) requalify(at);
    } else if (lapse === at) {
      let to = Math.max(qualified, baseHeld ? 0 : -1);
      for (let i = held - 1; i > to; i -= 1) {
        if (rollingEnd(timeZone, lastQualified[i]!) > at) {
          to = i;
          break;
        }
      }
      lapses.push({ tier: held, to, at });
      held = to;
    } else if (grant === at) {
      const { tier, reward, id } = grants[nextGrant]!;
      nextGrant += 1;
      for (let i = qualified + 1; i <= tier; i += 1) lastQualified[i] = Math.max(lastQualified[i]!, at);
      enter(at, tier, reward, id);
    } else if (join === at) {
      joinPending = false;
      baseHeld = true;
      if (held < 0) enter(at, 0, true);
    } else {
      total += events[arrived]!.delta;
      arrived += 1;
      requalify(at);
    }
  }

  let expiresAt: number | null = null;
  let keepRemaining: number | null = null;
  if (held >= 0 && !(hasBaseTier && held === 0)) {
    // With nothing more earned, activity keeps leaving the window: the tier lapses 12 months after the last
    // moment the total still reaches its goal (a departing negative adjustment can bring it back up).
    const goal = tiers[held]!.goal;
    let isQualified = held <= qualified;
    let last = lastQualified[held]!;
    let left = total;
    let lowest = total;
    for (let i = departed; i < arrived; i += 1) {
      const at = departures[i]!;
      // Departures at the lapse's own instant come before it (see the order above) and may still qualify the tier.
      if (!isQualified && at > rollingEnd(timeZone, last)) break;
      left -= events[i]!.delta;
      if (i + 1 < arrived && departures[i + 1] === at) continue;
      if (left < lowest) lowest = left;
      if (isQualified && left < goal) {
        isQualified = false;
        last = at - 1;
      } else if (!isQualified && left >= goal) {
        isQualified = true;
      }
    }
    if (!isQualified) expiresAt = rollingEnd(timeZone, last);
    // What earned at any moment before the lapse brings the total back to the goal, counting what has left by then.
    if (held > qualified) keepRemaining = Math.max(0, goal - lowest);
  }
  return { total, held, entries, lapses, expiresAt, keepRemaining };
}
