import { expect } from '@open-wc/testing';
import { account, order, points } from '../support/account.js';
import { entryLog, issuesOf, statusOf } from './helpers.js';

// America/New_York (EST −5, EDT −4), Bronze 0, Silver $500.00, Gold $1,000.00, highest_only, rolling 12 months from
// 1 February 2023, customer joined 10 February 2023 (Bronze entered then). Every day below is worked by hand.
const rolling = (activity: unknown[], extra: Record<string, unknown> = {}) =>
  account({ program: { milestone: 'rolling_12_months' }, activity, ...extra });
const grant = (id: string, tierId: string, at: string, reward: boolean) => ({ id, tierId, at, reward });
/** The same store with a points program over rolling 12 months: Bronze 0, Silver 1,000 points, Gold `gold`. */
const rollingPoints = (gold: number, activity: unknown[]) =>
  account({
    program: {
      milestone: 'rolling_12_months',
      entryMethod: 'points_earned',
      tiers: [
        { id: 'bronze', name: 'Bronze', goal: 0, entryRewards: [], perks: [] },
        { id: 'silver', name: 'Silver', goal: 1000, entryRewards: [], perks: [] },
        { id: 'gold', name: 'Gold', goal: gold, entryRewards: [], perks: [] },
      ],
    },
    activity,
  });
/** A points adjustment with the id given: events of one instant are ordered by id. */
const adjustment = (id: string, at: string, amount: number) => ({ ...points(at, amount), id });

describe('engine rules: R11 rolling 12 months', () => {
  it('accepts the milestone and names it among the values in a refusal', () => {
    expect(statusOf(rolling([]), '2026-03-01T12:00:00Z').milestone).to.equal('rolling_12_months');
    expect(issuesOf(account({ program: { milestone: 'rolling' } }))).to.deep.equal([
      { path: 'program.milestone', message: 'Milestone must be one of: lifetime, calendar_year, rolling_12_months.' },
    ]);
  });

  it('counts the last 12 months from the same calendar day at the store\'s midnight, and holds the tier 12 months past it', () => {
    // $600.00 on 10 June 2025 (11:00 EDT). On 1 March 2026 the window starts 1 March 2025 00:00 EST (05:00Z).
    const doc = rolling([order('2025-06-10T15:00:00Z', 60000)]);
    const status = statusOf(doc, '2026-03-01T12:00:00Z');
    expect(status.window).to.deep.equal({ start: '2025-03-01T05:00:00.000Z', end: null });
    expect(status.tier?.id).to.equal('silver');
    expect(status.progress).to.deep.equal({ value: 60000, target: 100000, remaining: 40000, fraction: 0.6 });
    // The order leaves the window as 11 June 2026 begins (04:00Z, EDT): Silver was last reached on 10 June 2026,
    // so it lapses as 11 June 2027 begins.
    expect([status.tierExpiresAt, status.tierValidThrough, status.keep]).to.deep.equal(['2027-06-11T04:00:00.000Z', '2027-06-10', null]);
    expect(entryLog(status)).to.deep.equal(['bronze@2023-02-10T09:00Z+', 'silver@2025-06-10T15:00Z+']);
  });

  it('keeps a tier whose total has dropped, says what keeps it, and lets it lapse at the end of the 12 months', () => {
    const doc = rolling([order('2025-06-10T15:00:00Z', 60000)]);
    // 1 September 2026: the order left on 11 June 2026; Silver is held until 11 June 2027 with a total of 0.
    const held = statusOf(doc, '2026-09-01T12:00:00Z');
    expect(held.tier?.id).to.equal('silver');
    expect(held.progress?.value).to.equal(0);
    expect(held.keep).to.deep.equal({ tierId: 'silver', remaining: 50000, by: '2027-06-11T04:00:00.000Z', byDate: '2027-06-10', year: null });
    // The last minute of 10 June 2027 in New York, and the first of 11 June.
    expect(statusOf(doc, '2027-06-11T03:59:00Z').tier?.id).to.equal('silver');
    const lapsed = statusOf(doc, '2027-06-11T04:00:00Z');
    expect(lapsed.tier?.id).to.equal('bronze');
    expect([lapsed.tierExpiresAt, lapsed.keep]).to.deep.equal([null, null]);
    expect(lapsed.history.slice(-2)).to.deep.equal([
      { kind: 'entry', tierId: 'silver', at: '2025-06-10T15:00:00.000Z', rewarded: true, date: '2025-06-10' },
      { kind: 'expiry', tierId: 'silver', at: '2027-06-11T04:00:00.000Z', date: '2027-06-11', toTierId: 'bronze' },
    ]);
  });

  it('re-qualifies a tier whenever the rolling total reaches its goal again, extending it', () => {
    // $300 in June 2025 and $300 in May 2026: the total is $600 from 1 May 2026 until 11 June 2026, so Silver was
    // last reached on 10 June 2026 (the May order alone is $300) and lapses as 11 June 2027 begins.
    const doc = rolling([order('2025-06-10T15:00:00Z', 30000), order('2026-05-01T15:00:00Z', 30000)]);
    expect(statusOf(doc, '2026-04-30T12:00:00Z').tier?.id).to.equal('bronze');
    const status = statusOf(doc, '2026-11-25T10:00:00Z');
    expect(status.tier?.id).to.equal('silver');
    expect(status.progress?.value).to.equal(30000);
    // By 10 June 2027 the May order has left too (1 May 2027): $500.00 keeps Silver, whenever it is spent.
    expect(status.keep).to.deep.equal({ tierId: 'silver', remaining: 50000, by: '2027-06-11T04:00:00.000Z', byDate: '2027-06-10', year: null });
    // On 1 April 2027 the May order still counts.
    expect(statusOf(doc, '2027-04-01T12:00:00Z').progress?.value).to.equal(30000);
    expect(statusOf(doc, '2027-05-02T12:00:00Z').progress?.value).to.equal(0);
  });

  it('moves the window across a daylight-saving change at the store\'s own midnight', () => {
    // New York: EST until 9 March 2025 02:00 and 8 March 2026 02:00. $300 at 8 March 2025 23:59:59 EST and $300 at
    // 9 March 2025 00:00 EST.
    const doc = rolling([order('2025-03-09T04:59:59Z', 30000), order('2025-03-09T05:00:00Z', 30000)]);
    // 8 March 2026 (EDT): the window starts 8 March 2025 00:00 EST, both count: Silver.
    const before = statusOf(doc, '2026-03-08T12:00:00Z');
    expect(before.window?.start).to.equal('2025-03-08T05:00:00.000Z');
    expect([before.tier?.id, before.progress?.value]).to.deep.equal(['silver', 60000]);
    // 9 March 2026 begins at 04:00Z (EDT): the first order has left; the second leaves at 10 March 2026 04:00Z.
    expect(statusOf(doc, '2026-03-09T03:59:59Z').progress?.value).to.equal(60000);
    const after = statusOf(doc, '2026-03-09T12:00:00Z');
    expect(after.window?.start).to.equal('2025-03-09T05:00:00.000Z');
    expect([after.tier?.id, after.progress?.value]).to.deep.equal(['silver', 30000]);
    // Silver was last reached on 8 March 2026; it lapses as 9 March 2027 begins, in EST again (05:00Z). By then the
    // second order has left as well, so the whole goal is what keeps it.
    expect([after.tierExpiresAt, after.tierValidThrough]).to.deep.equal(['2027-03-09T05:00:00.000Z', '2027-03-08']);
    expect(after.keep?.remaining).to.equal(50000);
    expect(statusOf(doc, '2026-03-10T04:00:00Z').progress?.value).to.equal(0);
  });

  it('maps 29 February to 28 February, in a leap year and the year after', () => {
    // $600.00 on 29 February 2024 (12:00 EST).
    const doc = rolling([order('2024-02-29T17:00:00Z', 60000)]);
    // 28 February 2025: the window starts 28 February 2024, the order counts.
    expect(statusOf(doc, '2025-02-28T17:00:00Z').progress).to.deep.include({ value: 60000, target: 100000 });
    // It leaves as 1 March 2025 begins; Silver was last reached on 28 February 2025 and lapses on 1 March 2026.
    const held = statusOf(doc, '2025-03-01T12:00:00Z');
    expect([held.tier?.id, held.progress?.value]).to.deep.equal(['silver', 0]);
    expect([held.tierExpiresAt, held.tierValidThrough]).to.deep.equal(['2026-03-01T05:00:00.000Z', '2026-02-28']);
    // On 29 February 2028 the window starts 28 February 2027 (29 February 2027 does not exist).
    const leap = statusOf(rolling([order('2027-02-28T06:00:00Z', 60000)]), '2028-02-29T12:00:00Z');
    expect(leap.window?.start).to.equal('2027-02-28T05:00:00.000Z');
    expect(leap.progress?.value).to.equal(60000);
    expect(statusOf(rolling([order('2027-02-28T06:00:00Z', 60000)]), '2028-03-01T12:00:00Z').progress?.value).to.equal(0);
  });

  it('earns a tier\'s entry rewards once for good, and never for a tier passed over (R6)', () => {
    // $1,000.00 in June 2024 enters Silver and Gold at once: highest_only rewards Gold. Both lapse in June 2026;
    // $600 in 2026 enters Silver again, without rewards.
    const doc = rolling([order('2024-06-10T15:00:00Z', 100000), order('2026-08-01T15:00:00Z', 60000)]);
    const status = statusOf(doc, '2026-11-25T10:00:00Z');
    expect(status.tier?.id).to.equal('silver');
    expect(entryLog(status)).to.deep.equal([
      'bronze@2023-02-10T09:00Z+', 'silver@2024-06-10T15:00Z', 'gold@2024-06-10T15:00Z+', 'silver@2026-08-01T15:00Z',
    ]);
    expect(status.history.filter((item) => item.kind === 'expiry')).to.deep.equal([
      { kind: 'expiry', tierId: 'gold', at: '2026-06-11T04:00:00.000Z', date: '2026-06-11', toTierId: 'bronze' },
    ]);
  });

  it('holds a granted tier 12 months from the grant (R10)', () => {
    // Gold granted 1 September 2025 08:00 EDT, no orders: held through 1 September 2026.
    const doc = rolling([], { grants: [grant('g-1', 'gold', '2025-09-01T12:00:00Z', false)] });
    const status = statusOf(doc, '2026-03-01T12:00:00Z');
    expect(status.tier?.id).to.equal('gold');
    expect([status.tierExpiresAt, status.tierValidThrough]).to.deep.equal(['2026-09-02T04:00:00.000Z', '2026-09-01']);
    expect(status.keep).to.deep.include({ tierId: 'gold', remaining: 100000, year: null });
    expect(statusOf(doc, '2026-09-02T04:00:00Z').tier?.id).to.equal('bronze');
  });

  it('counts points in the window too, negative adjustments included', () => {
    const doc = rollingPoints(2000, [points('2025-12-01T15:00:00Z', 1200), points('2026-02-01T15:00:00Z', -300)]);
    const status = statusOf(doc, '2026-03-01T12:00:00Z');
    // Silver was reached on 1 December 2025 and last held its goal until the −300 on 1 February 2026 (900 points):
    // it lapses as 2 February 2027 begins. The 1,200 leave on 2 December 2026, so 1,300 points keep Silver.
    expect(status.tier?.id).to.equal('silver');
    expect(status.progress).to.deep.equal({ value: 900, target: 2000, remaining: 1100, fraction: 0.45 });
    expect([status.tierExpiresAt, status.tierValidThrough]).to.deep.equal(['2027-02-02T05:00:00.000Z', '2027-02-01']);
    expect(status.keep?.remaining).to.equal(1300);
  });

  it('counts what leaves the window at one midnight all at once: no tier is qualified again in between', () => {
    // A −1,000 and a +1,000 at one instant, the −1,000 first: both leave the window as 2 February 2027 begins
    // (05:00Z, EST).
    const doc = rollingPoints(2000, [
      adjustment('p-a', '2025-06-10T15:00:00Z', 1000),
      adjustment('p-b', '2026-02-01T15:00:00Z', -1000),
      adjustment('p-c', '2026-02-01T15:00:00Z', 1000),
    ]);
    // The 1,000 leave as 11 June 2026 begins: Silver was last reached on 10 June 2026 and lapses a year later.
    const held = statusOf(doc, '2026-09-01T12:00:00Z');
    expect([held.tier?.id, held.progress?.value, held.tierExpiresAt]).to.deep.equal(['silver', 0, '2027-06-11T04:00:00.000Z']);
    // The pair leaving nets 0: the −1,000 alone leaving would have made 1,000 for no time at all.
    const later = statusOf(doc, '2027-03-01T12:00:00Z');
    expect([later.tier?.id, later.progress?.value, later.tierExpiresAt]).to.deep.equal(['silver', 0, '2027-06-11T04:00:00.000Z']);
    const lapsed = statusOf(doc, '2027-06-11T04:01:00Z');
    expect(lapsed.tier?.id).to.equal('bronze');
    expect(lapsed.history.at(-1)).to.deep.equal({ kind: 'expiry', tierId: 'silver', at: '2027-06-11T04:00:00.000Z', date: '2027-06-11', toTierId: 'bronze' });
  });

  it('keeps a tier that what leaves at its lapse\u2019s own midnight qualifies again, and says so in advance', () => {
    const doc = rollingPoints(5000, [
      adjustment('p-a', '2025-06-10T15:00:00Z', 2000),
      adjustment('p-b', '2026-06-10T15:00:00Z', -1000),
      adjustment('p-c', '2026-07-01T15:00:00Z', 1000),
    ]);
    // The 2,000 leave as 11 June 2026 begins: the total falls to −1,000, so Silver would lapse as 11 June 2027 begins.
    // But the −1,000 of 10 June 2026 leaves at that same midnight, before the lapse: 1,000 again, and Silver is kept
    // until the 1,000 of 1 July 2026 leave (2 July 2027), then a year more.
    const held = statusOf(doc, '2026-09-01T12:00:00Z');
    expect([held.tier?.id, held.progress?.value, held.tierExpiresAt, held.tierValidThrough]).to.deep.equal(['silver', 0, '2028-07-02T04:00:00.000Z', '2028-07-01']);
    expect(statusOf(doc, '2027-06-11T04:01:00Z').tier?.id).to.equal('silver');
    const lapsed = statusOf(doc, '2028-07-02T04:01:00Z');
    expect(lapsed.tier?.id).to.equal('bronze');
    expect(lapsed.history.at(-1)).to.deep.equal({ kind: 'expiry', tierId: 'silver', at: '2028-07-02T04:00:00.000Z', date: '2028-07-02', toTierId: 'bronze' });
  });

  it('starts counting at the start date, and shows no tier and no expiry without a goal-0 tier once a tier lapses', () => {
    const noBase = account({
      program: { milestone: 'rolling_12_months', startDate: '2025-07-01', tiers: [{ id: 'silver', name: 'Silver', goal: 50000, entryRewards: [], perks: [] }] },
      activity: [order('2025-06-10T15:00:00Z', 60000), order('2025-07-10T15:00:00Z', 60000)],
    });
    const status = statusOf(noBase, '2026-03-01T12:00:00Z');
    expect(status.window?.start).to.equal('2025-07-01T04:00:00.000Z');
    expect(status.progress).to.equal(null);
    expect(status.tier?.id).to.equal('silver');
    const lapsed = statusOf(noBase, '2027-07-11T04:00:00Z');
    expect([lapsed.tier, lapsed.tierExpiresAt, lapsed.progress?.value]).to.deep.equal([null, null, 0]);
    expect(lapsed.history.at(-1)).to.deep.equal({ kind: 'expiry', tierId: 'silver', at: '2027-07-11T04:00:00.000Z', date: '2027-07-11', toTierId: null });
  });
});
