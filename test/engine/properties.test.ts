import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { fastActivityItem } from '../../src/engine/activity.js';
import { MILESTONES, evaluate, getAccountSchema, parseAccount, project, type VipStatus } from '../../src/engine/index.js';
import { localDayAt, localDayFromStarts, startOfLocalDay } from '../../src/engine/zoned.js';
import { account, bronze, coupon, gold, silver } from '../support/account.js';
import { parsed } from './helpers.js';

const RUNS = { numRuns: 150 };
const NOW = Date.UTC(2026, 10, 25, 10);
const ZONES = ['America/New_York', 'Pacific/Auckland', 'Pacific/Kiritimati', 'America/Santiago', 'Asia/Kathmandu', 'Europe/London'];

const instant = (from = Date.UTC(2022, 6, 1), to = NOW + 30 * 86_400_000) =>
  fc.integer({ min: from, max: to }).map((ms) => new Date(ms).toISOString());

const orderItem = fc.record({
  type: fc.constant('order'),
  id: fc.constantFrom('o-1', 'o-2', 'o-3', 'o-4', 'o-5', 'o-6', 'o-7', 'o-8'),
  at: instant(),
  amount: fc.integer({ min: 0, max: 120_000 }),
  refundShare: fc.constantFrom(0, 0, 0, 0.5, 1),
  cancelled: fc.boolean(),
  points: fc.integer({ min: 0, max: 1500 }),
}).map(({ refundShare, ...o }) => ({ ...o, refunded: Math.floor(o.amount * refundShare) }));

const pointsItem = fc.record({
  type: fc.constant('points'),
  id: fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4'),
  at: instant(),
  points: fc.integer({ min: -500, max: 1500 }),
  source: fc.constantFrom('birthday', 'adjustment', 'review', 'vip_reward'),
});

const activityList = fc.array(fc.oneof(orderItem, orderItem, pointsItem), { maxLength: 25 });

const entryMethod = fc.constantFrom('amount_spent', 'points_earned', 'orders_placed');
const SCALE = { amount_spent: 150_000, points_earned: 3000, orders_placed: 12 } as const;

/** A random program and customer (with no activity yet): tiers with distinct goals, maybe a goal-0 tier. */
const programDoc = entryMethod.chain((method) =>
  fc.record({
    method: fc.constant(method),
    milestone: fc.constantFrom(...MILESTONES),
    distribution: fc.constantFrom('highest_only', 'all_tiers'),
    timeZone: fc.constantFrom(...ZONES),
    baseTier: fc.boolean(),
    goals: fc.uniqueArray(fc.integer({ min: 1, max: SCALE[method] }), { minLength: 1, maxLength: 5 }),
    startDate: fc.constantFrom('2022-11-01', '2023-02-01', '2024-02-29', '2025-06-15'),
    joinedAt: fc.option(instant(Date.UTC(2022, 0, 1)), { nil: undefined }),
  }),
).map((p) => account({
  program: {
    entryMethod: p.method, milestone: p.milestone, rewardDistribution: p.distribution, timeZone: p.timeZone,
    startDate: p.startDate, settingsSavedAt: '2023-03-10T12:00:00Z',
    tiers: [...(p.baseTier ? [0] : []), ...p.goals].map((goal, i) => ({ ...silver, id: `t${i}`, name: `Tier ${i}`, goal })),
  },
  customer: { id: '42', joinedAt: p.joinedAt ?? null },
  activity: [],
  coupons: [coupon()],
}));

const rank = (status: VipStatus): number => (status.tier === null ? -1 : status.tier.goal);

describe('engine properties', () => {
  it('gives the same status whatever the order of the activity list', () => {
    const withPermutation = fc.tuple(programDoc, activityList).chain(([doc, activity]) =>
      fc.shuffledSubarray(activity, { minLength: activity.length, maxLength: activity.length }).map((shuffled) => ({ doc, activity, shuffled })));
    fc.assert(fc.property(withPermutation, ({ doc, activity, shuffled }) => {
      const a = evaluate(parsed({ ...doc, activity }), { now: NOW });
      const b = evaluate(parsed({ ...doc, activity: shuffled }), { now: NOW });
      expect(b).to.deep.equal(a);
    }), RUNS);
  });

  it('gives the same status without detail, less the history and the breakdown', () => {
    fc.assert(fc.property(programDoc, activityList, (doc, activity) => {
      const account = parsed({ ...doc, activity });
      const { history, breakdown, ...full } = evaluate(account, { now: NOW });
      const lean = evaluate(account, { now: NOW, detail: false });
      expect(lean).to.deep.equal({ ...full, history: [] });
      expect(lean).not.to.have.property('breakdown');
      // What was left out is what the full status has: every entry in its history, and a breakdown of its total.
      const pick = ({ tierId, at }: { tierId: string; at: string }) => ({ tierId, at });
      expect(history.filter((item) => item.kind === 'entry').map(pick)).to.deep.equal(full.entries.map(pick));
      if (breakdown !== undefined && full.progress !== null) expect(breakdown.total).to.equal(full.progress.value);
    }), RUNS);
  });

  it('never lowers the tier when a paid order is added', () => {
    const paid = fc.record({ at: instant(Date.UTC(2022, 6, 1), NOW), amount: fc.integer({ min: 1, max: 120_000 }), points: fc.integer({ min: 0, max: 1500 }) });
    fc.assert(fc.property(programDoc, activityList, paid, (doc, activity, extra) => {
      const before = evaluate(parsed({ ...doc, activity }), { now: NOW });
      const withOrder = [...activity, { type: 'order', id: 'o-new', refunded: 0, cancelled: false, ...extra }];
      const after = evaluate(parsed({ ...doc, activity: withOrder }), { now: NOW });
      expect(rank(after)).to.be.at.least(rank(before));
    }), RUNS);
  });

  it('holds a rolling 12-month tier at least as high as the rolling total reaches, until a lapse after now (R11)', () => {
    const rollingDoc = programDoc.map((doc) => ({ ...doc, program: { ...(doc.program as object), milestone: 'rolling_12_months' } }));
    fc.assert(fc.property(rollingDoc, activityList, instant(Date.UTC(2023, 0, 1)), (doc, activity, now) => {
      const status = evaluate(parsed({ ...doc, activity }), { now });
      const nowMs = Date.parse(status.now);
      if (status.progress !== null) {
        // The tier above the one held is never reached by the current total.
        expect(status.progress.value).to.be.below(status.progress.target);
      }
      if (status.tierExpiresAt !== null) {
        const expires = Date.parse(status.tierExpiresAt);
        expect(expires).to.be.above(nowMs);
        // At most 12 months after the last activity leaves the window: under 25 months from now.
        expect(expires - nowMs).to.be.below(762 * 86_400_000);
        expect(status.tierValidThrough! < status.tierExpiresAt.slice(0, 10) || status.tierExpiresAt.slice(0, 10) === status.tierValidThrough).to.equal(true);
      }
      if (status.keep !== null) expect([status.keep.by, status.keep.year]).to.deep.equal([status.tierExpiresAt, null]);
      // History: in time order, each expiry from the tier held before it.
      const times = status.history.map((item) => Date.parse(item.at));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      // One minute after the expiry, the tier is gone when nothing more is earned.
      if (status.tierExpiresAt !== null) {
        const earned = activity.filter((item) => Date.parse(item.at) <= nowMs);
        const later = evaluate(parsed({ ...doc, activity: earned }), { now: Date.parse(status.tierExpiresAt) + 60_000 });
        expect(later.tier?.id).to.not.equal(status.tier?.id);
      }
    }), RUNS);
  });

  it('projects an order that never lowers the tier, agrees with evaluating it, and changes nothing when empty', () => {
    const size = fc.record({ amount: fc.integer({ min: 0, max: 150_000 }), orders: fc.integer({ min: 0, max: 3 }), points: fc.integer({ min: 0, max: 3000 }) });
    fc.assert(fc.property(programDoc, activityList, size, instant(Date.UTC(2023, 0, 1), NOW), (doc, activity, order, at) => {
      const acc = parsed({ ...doc, activity });
      const p = project(acc, { ...order, at });
      expect(rank(p.after)).to.be.at.least(rank(p.before));
      expect(p.before).to.deep.equal(evaluate(acc, { now: at }));
      if (p.enters !== null) expect(p.enters.id).to.equal(p.after.tier?.id);
      // A tier's rewards are earned once for good (R6): never for a tier the shopper was rewarded for before.
      for (const entry of p.entries) {
        if (entry.rewarded) expect(p.before.entries.some((e) => e.tierId === entry.tier.id && e.rewarded), entry.tier.id).to.equal(false);
      }
      if (p.added === 0) expect([p.after, p.entries, p.enters]).to.deep.equal([p.before, [], null]);
      if (p.remaining !== null) expect(p.remaining).to.equal(p.after.progress?.remaining);
    }), RUNS);
  });

  it('replays the history to the tier held: entries raise it, each expiry lowers it from the tier held then', () => {
    const grantList = fc.array(fc.record({ tierIndex: fc.nat(5), at: instant(Date.UTC(2022, 0, 1), NOW), reward: fc.boolean() }), { maxLength: 2 });
    fc.assert(fc.property(programDoc, activityList, grantList, instant(Date.UTC(2023, 0, 1)), (doc, activity, grantSeeds, now) => {
      const tiers = (doc.program as { tiers: { id: string }[] }).tiers;
      const grants = grantSeeds.map((g, i) => ({ id: `g-${i}`, tierId: tiers[g.tierIndex % tiers.length]!.id, at: g.at, reward: g.reward }));
      const status = evaluate(parsed({ ...doc, activity, grants }), { now });
      const rankOf = (id: string | null): number => (id === null ? -1 : status.tiers.findIndex((tier) => tier.id === id));
      let held = -1;
      for (const item of status.history) {
        if (item.kind === 'entry') {
          held = Math.max(held, rankOf(item.tierId));
        } else {
          expect(rankOf(item.tierId), `expiry of ${item.tierId} at ${item.at}`).to.equal(held);
          expect(rankOf(item.toTierId)).to.be.below(held);
          held = rankOf(item.toTierId);
        }
      }
      expect(held).to.equal(rankOf(status.tier?.id ?? null));
    }), RUNS);
  });

  it('keeps 0 ≤ fraction ≤ 1, and reaches 1 only at the goal', () => {
    fc.assert(fc.property(programDoc, activityList, instant(Date.UTC(2022, 0, 1)), (doc, activity, now) => {
      const { progress } = evaluate(parsed({ ...doc, activity }), { now });
      if (progress === null) return;
      expect(progress.fraction).to.be.within(0, 1);
      expect(progress.remaining).to.equal(Math.max(0, progress.target - progress.value));
      if (progress.value < progress.target) expect(progress.fraction).to.be.below(1);
      if (progress.fraction === 1) expect(progress.value).to.be.at.least(progress.target);
    }), RUNS);
  });

  it('keeps the fraction below 1 one point short of goals near the largest exact integer', () => {
    fc.assert(fc.property(fc.integer({ min: 2 ** 40, max: Number.MAX_SAFE_INTEGER }), (goal) => {
      const doc = account({
        program: { entryMethod: 'points_earned', tiers: [bronze, { ...gold, goal }] },
        activity: [{ type: 'points', id: 'p', at: '2026-02-01T00:00:00Z', points: goal - 1, source: 'import' }],
      });
      const { progress } = evaluate(parsed(doc), { now: NOW });
      expect(progress?.remaining).to.equal(1);
      expect(progress?.fraction).to.be.below(1);
    }), RUNS);
  });

  it('evaluates every mutated valid document it accepts as R7 says, and names a changed field in every refusal', () => {
    const base = account({ activity: [{ type: 'order', id: 'o', at: '2026-03-04T15:00:00Z', amount: 12999, refunded: 0, cancelled: false, points: 130 },
      { type: 'points', id: 'p', at: '2026-05-04T12:00:00Z', points: 200, source: 'birthday' }] });
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(base, []);
    const replacement = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, null, -1, 0.5, 1e21, '', '2026-02-30T00:00:00Z', 'Europe/Nowhere'));
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...paths.slice(1)), replacement), { minLength: 1, maxLength: 3 }), (mutations) => {
      const doc = structuredClone(base) as Record<string, unknown>;
      for (const [path, value] of mutations) {
        let target: unknown = doc;
        for (const key of path.slice(0, -1)) target = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
        if (typeof target !== 'object' || target === null) continue;
        const key = path[path.length - 1]!;
        if (value === undefined) delete (target as Record<string | number, unknown>)[key];
        else (target as Record<string | number, unknown>)[key] = value;
      }
      const result = parseAccount(doc);
      if (!result.ok) {
        // Every issue lies under a part of the document that was changed (or is the "…and N more" line).
        const changed = new Set(mutations.map(([path]) => String(path[0])));
        expect(result.issues).not.to.be.empty;
        for (const { path } of result.issues) expect(path === '' || changed.has(path.split('.')[0]!), path).to.equal(true);
        return;
      }
      const { program, customer } = result.account;
      const status = evaluate(result.account);
      if (program.state !== 'enabled') {
        expect(status.state).to.equal(program.state);
        expect([status.tiers, status.tier, status.progress, status.coupons]).to.deep.equal([[], null, null, []]);
      } else {
        expect(status.state).to.equal(customer === null ? 'guest' : 'active');
        const ids = program.tiers.map((tier) => tier.id);
        expect(status.tiers.map((tier) => tier.id)).to.have.members(ids);
        if (customer === null) expect([status.tier, status.progress, status.coupons]).to.deep.equal([null, null, []]);
        if (status.tier !== null) expect(ids).to.include(status.tier.id);
        if (status.progress !== null) expect(status.progress.fraction).to.be.within(0, 1);
      }
    }), { numRuns: 200 });
  });

  it('accepts activity on the fast path only when the zod schema accepts it too, with the same result', () => {
    const value = fc.constantFrom<unknown>(0, 1, -1, 2.5, 1e300, '1', null, true, undefined, 'order', 'points', 'gift',
      '2026-03-04T15:00:00Z', '2026-03-04T15:00:00', '2026-02-30T15:00:00Z', '2026-03-04T10:00:00.5-05:00');
    const item = fc.oneof(orderItem, pointsItem).chain((good) =>
      fc.option(fc.tuple(fc.constantFrom('type', 'id', 'at', 'amount', 'refunded', 'cancelled', 'points', 'source'), value), { nil: undefined })
        .map((mutation) => (mutation === undefined ? good : { ...good, [mutation[0]]: mutation[1] })));
    fc.assert(fc.property(item, (one) => {
      const fast = fastActivityItem(one);
      if (fast === undefined) return;
      const viaSchema = z.safeParse(getAccountSchema(), account({ activity: [one] }));
      expect(viaSchema.success, JSON.stringify(viaSchema.error?.issues)).to.equal(true);
      expect(parsed(account({ activity: [one] })).activity).to.deep.equal([fast]);
    }), { numRuns: 500 });
  });

  it('starts every store-local day at its first instant, across DST changes and skipped days', () => {
    const zones = [...ZONES, 'America/Havana', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Apia', 'Asia/Tehran'];
    const localDate = (timeZone: string, ms: number): string => {
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
      const get = (type: string) => parts.find((p) => p.type === type)!.value;
      return `${get('year')}-${get('month')}-${get('day')}`;
    };
    const day = fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2037, 11, 31) }).map((ms) => new Date(ms));
    fc.assert(fc.property(fc.constantFrom(...zones), day, (zone, date) => {
      const text = date.toISOString().slice(0, 10);
      const start = startOfLocalDay(zone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
      expect(localDate(zone, start) >= text, `${zone} ${text} starts on ${localDate(zone, start)}`).to.equal(true);
      expect(localDate(zone, start - 1) < text, `${zone} ${text}: the instant before is ${localDate(zone, start - 1)}`).to.equal(true);
    }), { numRuns: 200 });
  });

  it('reads the same store-local day from the cached day starts as from the zone offset', () => {
    const zones = [...ZONES, 'America/Havana', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Apia', 'Asia/Tehran', 'America/Asuncion'];
    const moment = fc.oneof(
      fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2037, 11, 31) }),
      // Around the midnights of 2011 in Samoa (a skipped day) and of DST changes at midnight.
      fc.integer({ min: Date.UTC(2011, 11, 28), max: Date.UTC(2012, 0, 2) }),
      fc.integer({ min: Date.UTC(2026, 2, 7), max: Date.UTC(2026, 2, 10) }),
      fc.integer({ min: Date.UTC(2026, 8, 5), max: Date.UTC(2026, 8, 8) }),
      // Asunción set its clocks back at midnight on 26 March 2023 (00:00 −03 → 23:00 −04): that hour is 25 March.
      fc.integer({ min: Date.UTC(2023, 2, 26, 1), max: Date.UTC(2023, 2, 26, 6) }),
    );
    fc.assert(fc.property(fc.constantFrom(...zones), moment, (zone, ms) => {
      expect(localDayFromStarts(zone, ms), `${zone} ${new Date(ms).toISOString()}`).to.equal(localDayAt(zone, ms));
    }), { numRuns: 2000 });
  });

  it('starts the day right on the dates the clocks jump or a day is skipped', () => {
    const cases: [string, number, number, number][] = [
      ['America/Santiago', 2026, 9, 6], ['America/Havana', 2026, 3, 8], ['Pacific/Apia', 2011, 12, 30],
      ['Pacific/Apia', 2011, 12, 31], ['America/New_York', 2026, 3, 8], ['America/New_York', 2026, 11, 1],
    ];
    expect(cases.map(([zone, y, m, d]) => new Date(startOfLocalDay(zone, y, m, d)).toISOString())).to.deep.equal([
      // Santiago and Havana: 00:00 does not exist, the day starts at 01:00 (−03 and −04).
      '2026-09-06T04:00:00.000Z', '2026-03-08T05:00:00.000Z',
      // Samoa skipped 30 December 2011: 29 December 23:59:59 −10 was followed by 31 December 00:00 +14.
      '2011-12-30T10:00:00.000Z', '2011-12-30T10:00:00.000Z',
      '2026-03-08T05:00:00.000Z', '2026-11-01T04:00:00.000Z',
    ]);
  });
});
