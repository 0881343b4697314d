import { expect } from '@open-wc/testing';
import { account, bronze, coupon, gold, order, points, silver } from '../support/account.js';
import { entryLog, statusOf } from './helpers.js';

// The store is in America/New_York unless a test says otherwise: 1 January starts at 05:00Z (EST, UTC−5).
// Goals: Bronze 0, Silver $500.00 (50000 cents), Gold $1,000.00 (100000 cents).
const NOW = '2026-11-25T10:00:00Z';
const pointsTiers = [
  { ...bronze },
  { ...silver, goal: 500 },
  { ...gold, goal: 1000 },
];

describe('engine rules', () => {
  describe('R1 counted activity', () => {
    it('counts amount spent as amount minus refunds, and nothing for cancelled orders', () => {
      // 30000 − 5000 refunded = 25000, cancelled 40000 → 0, plus 25000: 50000 cents = Silver exactly at its goal.
      const status = statusOf(account({
        activity: [
          order('2026-02-01T15:00:00Z', 30000, { refunded: 5000 }),
          order('2026-03-01T15:00:00Z', 40000, { cancelled: true }),
          order('2026-04-01T15:00:00Z', 25000),
        ],
      }), NOW);
      expect(status.unit).to.equal('money');
      expect(status.tier?.id).to.equal('silver');
      expect(status.progress).to.deep.equal({ value: 50000, target: 100000, remaining: 50000, fraction: 0.5 });
    });

    it('counts orders placed except cancelled and fully refunded ones, free orders included', () => {
      // Paid, paid, partly refunded, free (0): 4 orders. Cancelled and fully refunded: not counted. Goals 0 / 3 / 5.
      const status = statusOf(account({
        program: { entryMethod: 'orders_placed', tiers: [bronze, { ...silver, goal: 3 }, { ...gold, goal: 5 }] },
        activity: [
          order('2026-02-01T15:00:00Z', 2000),
          order('2026-02-02T15:00:00Z', 3000),
          order('2026-02-03T15:00:00Z', 5000, { refunded: 1000 }),
          order('2026-02-04T15:00:00Z', 0),
          order('2026-02-05T15:00:00Z', 4000, { cancelled: true }),
          order('2026-02-06T15:00:00Z', 2500, { refunded: 2500 }),
        ],
      }), NOW);
      expect(status.unit).to.equal('orders');
      expect(status.tier?.id).to.equal('silver');
      expect(status.progress).to.deep.equal({ value: 4, target: 5, remaining: 1, fraction: 0.8 });
    });

    it('counts points earned from orders and events, never vip_reward bonuses, and negative adjustments', () => {
      // 300 (order) − 100 (adjustment) + 200 (birthday) = 400; the cancelled order's 500 and the 500 vip_reward do not count.
      const status = statusOf(account({
        program: { entryMethod: 'points_earned', tiers: pointsTiers },
        activity: [
          order('2026-02-01T15:00:00Z', 30000, { points: 300 }),
          order('2026-02-02T15:00:00Z', 50000, { points: 500, cancelled: true }),
          points('2026-02-03T15:00:00Z', -100, 'adjustment'),
          points('2026-02-04T15:00:00Z', 500, 'vip_reward'),
          points('2026-02-05T15:00:00Z', 200, 'birthday'),
        ],
      }), NOW);
      expect(status.unit).to.equal('points');
      expect(status.tier?.id).to.equal('bronze');
      expect(status.progress).to.deep.equal({ value: 400, target: 500, remaining: 100, fraction: 0.8 });
    });

    it('keeps a tier entered this year when a negative adjustment drops the total below its goal', () => {
      // +600 enters Silver (500); −300 leaves 300 this year, but Silver stays: 700 more to reach Gold (1000).
      const status = statusOf(account({
        program: { entryMethod: 'points_earned', tiers: pointsTiers },
        activity: [points('2026-02-01T15:00:00Z', 600, 'review'), points('2026-03-01T15:00:00Z', -300, 'adjustment')],
      }), NOW);
      expect(status.tier?.id).to.equal('silver');
      expect(status.progress).to.deep.equal({ value: 300, target: 1000, remaining: 700, fraction: 0.3 });
    });

    it('counts a refund in the year of its order, not the year it was made', () => {
      // June 2025: 60000 − 20000 refunded = 40000 → no Silver in 2025. 2026 starts again from 0: 20000.
      const status = statusOf(account({
        activity: [order('2025-06-01T15:00:00Z', 60000, { refunded: 20000 }), order('2026-06-01T15:00:00Z', 20000)],
      }), NOW);
      expect(status.tier?.id).to.equal('bronze');
      expect(status.progress?.value).to.equal(20000);
    });

    it('does not count activity after now', () => {
      // The 80000 order on 1 December is after 25 November: only the 12999 in March counts.
      const status = statusOf(account({
        activity: [order('2026-03-04T15:00:00Z', 12999), order('2026-12-01T15:00:00Z', 80000)],
      }), NOW);
      expect(status.tier?.id).to.equal('bronze');
      expect(status.progress).to.deep.equal({ value: 12999, target: 50000, remaining: 37001, fraction: 0.25998 });
    });
  });

  describe('R2 start date', () => {
    it('starts on 1 January of the save year when the start date is earlier (saved March 2023, start 1 Nov 2021)', () => {
      // Effective start: 2023-01-01 00:00 New York = 05:00Z. The 31 December 2022 order (60000) is not counted.
      const doc = account({
        program: { startDate: '2021-11-01', settingsSavedAt: '2023-03-10T12:00:00Z' },
        customer: { id: '42', joinedAt: '2021-06-01T00:00:00Z' },
        activity: [order('2022-12-31T15:00:00Z', 60000), order('2023-01-02T15:00:00Z', 10000)],
      });
      const status = statusOf(doc, '2023-03-15T12:00:00Z');
      expect(status.window).to.deep.equal({ start: '2023-01-01T05:00:00.000Z', end: '2024-01-01T05:00:00.000Z' });
      expect(status.tier?.id).to.equal('bronze');
      expect(status.progress?.value).to.equal(10000);
      expect(entryLog(status)).to.deep.equal(['bronze@2023-01-01T05:00Z+']);
    });

    it('starts on the start date itself when it is in the save year (saved March 2023, start 1 Feb 2023)', () => {
      // Effective start: 2023-02-01 00:00 New York = 05:00Z; 50000 at exactly that instant enters Silver.
      const doc = account({
        program: { startDate: '2023-02-01', settingsSavedAt: '2023-03-10T12:00:00Z' },
        customer: { id: '42', joinedAt: '2022-06-01T00:00:00Z' },
        activity: [order('2023-01-20T15:00:00Z', 60000), order('2023-02-01T05:00:00Z', 50000)],
      });
      const status = statusOf(doc, '2023-03-15T12:00:00Z');
      expect(status.window?.start).to.equal('2023-02-01T05:00:00.000Z');
      expect(status.tier?.id).to.equal('silver');
      expect(entryLog(status)).to.deep.equal(['bronze@2023-02-01T05:00Z+', 'silver@2023-02-01T05:00Z+']);
    });

    it('uses the start date as given in lifetime mode, whenever the settings were saved', () => {
      // Lifetime from 2021-11-01 00:00 EDT (04:00Z): 30000 in 2022 + 30000 in 2023 = 60000 → Silver.
      const status = statusOf(account({
        program: { milestone: 'lifetime', startDate: '2021-11-01', settingsSavedAt: '2023-03-10T12:00:00Z' },
        customer: { id: '42', joinedAt: '2021-06-01T00:00:00Z' },
        activity: [order('2022-05-01T15:00:00Z', 30000), order('2023-05-01T15:00:00Z', 30000)],
      }), '2023-06-01T00:00:00Z');
      expect(status.window).to.deep.equal({ start: '2021-11-01T04:00:00.000Z', end: null });
      expect(status.tier?.id).to.equal('silver');
      expect(status.progress?.value).to.equal(60000);
    });

    it('uses the start date as given in calendar-year mode when the settings save time is unknown', () => {
      // Gold on 15 November 2021 is held through 2022; on 1 June 2022, 100000 is still needed to keep it.
      const status = statusOf(account({
        program: { startDate: '2021-11-01', settingsSavedAt: null },
        customer: { id: '42', joinedAt: '2021-06-01T00:00:00Z' },
        activity: [order('2021-11-15T15:00:00Z', 100000)],
      }), '2022-06-01T00:00:00Z');
      expect(status.tier?.id).to.equal('gold');
      expect(status.tierValidThrough).to.equal('2022-12-31');
      expect(status.keep).to.deep.equal({ tierId: 'gold', remaining: 100000, by: '2023-01-01T05:00:00.000Z', byDate: '2022-12-31', year: 2023 });
    });

    it('shows no tier before the program starts, and progress from 0 toward the first goal', () => {
      const status = statusOf(account({ program: { startDate: '2027-02-01', settingsSavedAt: '2026-11-01T00:00:00Z' } }), NOW);
      expect(status.state).to.equal('active');
      expect(status.tier).to.equal(null);
      expect(status.nextTier?.id).to.equal('silver');
      expect(status.progress).to.deep.equal({ value: 0, target: 50000, remaining: 50000, fraction: 0 });
      expect(status.window).to.deep.equal({ start: '2027-02-01T05:00:00.000Z', end: '2028-01-01T05:00:00.000Z' });
      expect(status.entries).to.deep.equal([]);
    });
  });

  describe('R3 entry', () => {
    it('enters the goal-0 tier when the customer joined, if that is after the period start', () => {
      // Program from 2023-02-01, Ann joined 2023-02-10 09:00Z; later years start at New York midnight (05:00Z).
      const status = statusOf(account({ activity: [] }), NOW);
      expect(entryLog(status)).to.deep.equal([
        'bronze@2023-02-10T09:00Z+', 'bronze@2024-01-01T05:00Z', 'bronze@2025-01-01T05:00Z', 'bronze@2026-01-01T05:00Z',
      ]);
    });

    it('shows "–" (no tier) without a goal-0 tier until the first goal is reached', () => {
      // 12999 of 50000: 37001 to go, 25.998 %.
      const status = statusOf(account({ program: { tiers: [silver, gold] } }), NOW);
      expect(status.tier).to.equal(null);
      expect(status.nextTier?.id).to.equal('silver');
      expect(status.progress).to.deep.equal({ value: 12999, target: 50000, remaining: 37001, fraction: 0.25998 });
      expect(status.tierExpiresAt).to.equal(null);
      expect(status.entries).to.deep.equal([]);
    });

    it('sorts tiers by goal whatever order the document lists them in', () => {
      const status = statusOf(account({ program: { tiers: [gold, bronze, silver] } }), NOW);
      expect(status.tiers.map((t) => t.id)).to.deep.equal(['bronze', 'silver', 'gold']);
      expect(status.nextTier?.id).to.equal('silver');
    });
  });

  describe('R4 lifetime', () => {
    it('never lowers a lifetime tier, even when adjustments take the total back down', () => {
      // +1200 enters Gold (1000) in 2024; −1000 in 2026 leaves 200, Gold stays, and it never expires.
      const status = statusOf(account({
        program: { milestone: 'lifetime', entryMethod: 'points_earned', tiers: pointsTiers },
        activity: [points('2024-05-01T15:00:00Z', 1200, 'review'), points('2026-05-01T15:00:00Z', -1000, 'adjustment')],
      }), NOW);
      expect(status.tier?.id).to.equal('gold');
      expect(status.nextTier).to.equal(null);
      expect(status.progress).to.equal(null);
      expect(status.tierExpiresAt).to.equal(null);
      expect(status.tierValidThrough).to.equal(null);
      expect(status.keep).to.equal(null);
      expect(status.window).to.deep.equal({ start: '2023-02-01T05:00:00.000Z', end: null });
    });

    it('adds up lifetime activity across years', () => {
      // 30000 (2023) + 30000 (2025) = 60000 → Silver; 40000 more to Gold.
      const status = statusOf(account({
        program: { milestone: 'lifetime' },
        activity: [order('2023-05-01T15:00:00Z', 30000), order('2025-05-01T15:00:00Z', 30000)],
      }), NOW);
      expect(status.tier?.id).to.equal('silver');
      expect(status.progress).to.deep.equal({ value: 60000, target: 100000, remaining: 40000, fraction: 0.6 });
    });
  });

  describe('R5 calendar year', () => {
    it('keeps Gold through next year when it was reached in November', () => {
      // Gold on 10 November 2025 → held all of 2026, until 2027-01-01 00:00 New York (05:00Z).
      // 2026 so far: 12999. To keep Gold for 2027: 100000 − 12999 = 87001 by 31 December 2026.
      const status = statusOf(account({
        activity: [order('2025-11-10T15:00:00Z', 100000), order('2026-03-04T15:00:00Z', 12999)],
      }), NOW);
      expect(status.tier?.id).to.equal('gold');
      expect(status.tierExpiresAt).to.equal('2027-01-01T05:00:00.000Z');
      expect(status.tierValidThrough).to.equal('2026-12-31');
      expect(status.keep).to.deep.equal({ tierId: 'gold', remaining: 87001, by: '2027-01-01T05:00:00.000Z', byDate: '2026-12-31', year: 2027 });
      expect(status.progress).to.equal(null);
    });

    it('restarts progress at 0 on 1 January while the tier is held', () => {
      // Silver from 60000 on 20 November 2025. On 31 December 23:59:59 New York the year's total is 60000;
      // one second later (2026-01-01 05:00:00Z) it is 0, Silver is still held, and 50000 keeps it for 2027.
      const doc = account({ activity: [order('2025-11-20T15:00:00Z', 60000)] });
      const lastSecond = statusOf(doc, '2026-01-01T04:59:59Z');
      expect(lastSecond.progress).to.deep.equal({ value: 60000, target: 100000, remaining: 40000, fraction: 0.6 });
      expect(lastSecond.keep).to.equal(null);
      expect(lastSecond.tierValidThrough).to.equal('2026-12-31');

      const newYear = statusOf(doc, '2026-01-01T05:00:00Z');
      expect(newYear.tier?.id).to.equal('silver');
      expect(newYear.window).to.deep.equal({ start: '2026-01-01T05:00:00.000Z', end: '2027-01-01T05:00:00.000Z' });
      expect(newYear.progress).to.deep.equal({ value: 0, target: 100000, remaining: 100000, fraction: 0 });
      expect(newYear.keep).to.deep.equal({ tierId: 'silver', remaining: 50000, by: '2027-01-01T05:00:00.000Z', byDate: '2026-12-31', year: 2027 });
      expect(newYear.tierValidThrough).to.equal('2026-12-31');
    });

    it('extends a held tier through next year once it is re-entered this year', () => {
      // Silver in 2025, and 50000 again in 2026: held through 2027, nothing left to keep.
      const status = statusOf(account({
        activity: [order('2025-05-01T15:00:00Z', 50000), order('2026-05-01T15:00:00Z', 50000)],
      }), NOW);
      expect(status.tier?.id).to.equal('silver');
      expect(status.tierExpiresAt).to.equal('2028-01-01T05:00:00.000Z');
      expect(status.tierValidThrough).to.equal('2027-12-31');
      expect(status.keep).to.equal(null);
    });

    it('falls back to what was earned when a tier from two years ago has lapsed', () => {
      // Gold in 2024 lasted through 2025; 2026 has 12999 → Bronze.
      const status = statusOf(account({
        activity: [order('2024-05-01T15:00:00Z', 100000), order('2026-03-04T15:00:00Z', 12999)],
      }), NOW);
      expect(status.tier?.id).to.equal('bronze');
      expect(status.keep).to.equal(null);
      expect(status.tierValidThrough).to.equal('2027-12-31');
    });

    it('shows the higher tier held from last year over a lower one re-entered this year', () => {
      // Gold in 2025; Silver again in 2026 with 55000: Gold shows, 45000 more keeps it.
      const status = statusOf(account({
        activity: [order('2025-05-01T15:00:00Z', 100000), order('2026-05-01T15:00:00Z', 55000)],
      }), NOW);
      expect(status.tier?.id).to.equal('gold');
      expect(status.keep).to.deep.equal({ tierId: 'gold', remaining: 45000, by: '2027-01-01T05:00:00.000Z', byDate: '2026-12-31', year: 2027 });
    });
  });

  describe('R6 rewards once', () => {
    it('rewards only the highest tier crossed by one order under highest_only, and never the skipped one later', () => {
      // 120000 on 4 March 2025 crosses Silver and Gold at once: only Gold earns. Silver re-entered in 2026: nothing.
      const status = statusOf(account({
        activity: [order('2025-03-04T15:00:00Z', 120000), order('2026-03-04T15:00:00Z', 50000)],
      }), NOW);
      expect(entryLog(status).filter((e) => !e.startsWith('bronze'))).to.deep.equal([
        'silver@2025-03-04T15:00Z', 'gold@2025-03-04T15:00Z+', 'silver@2026-03-04T15:00Z',
      ]);
    });

    it('rewards every tier crossed by one order under all_tiers', () => {
      const status = statusOf(account({
        program: { rewardDistribution: 'all_tiers' },
        activity: [order('2026-03-04T15:00:00Z', 120000)],
      }), NOW);
      expect(entryLog(status).slice(-2)).to.deep.equal(['silver@2026-03-04T15:00Z+', 'gold@2026-03-04T15:00Z+']);
    });

    it('rewards each tier reached by separate orders under highest_only', () => {
      const status = statusOf(account({
        activity: [order('2026-03-04T15:00:00Z', 50000), order('2026-04-04T15:00:00Z', 50000)],
      }), NOW);
      expect(entryLog(status).slice(-2)).to.deep.equal(['silver@2026-03-04T15:00Z+', 'gold@2026-04-04T15:00Z+']);
    });

    it('never rewards a tier twice, even when it is entered again in a later year', () => {
      const status = statusOf(account({
        program: { rewardDistribution: 'all_tiers' },
        activity: [order('2024-03-04T15:00:00Z', 50000), order('2025-03-04T15:00:00Z', 50000), order('2026-03-04T15:00:00Z', 100000)],
      }), NOW);
      expect(entryLog(status).filter((e) => !e.startsWith('bronze'))).to.deep.equal([
        'silver@2024-03-04T15:00Z+', 'silver@2025-03-04T15:00Z', 'silver@2026-03-04T15:00Z', 'gold@2026-03-04T15:00Z+',
      ]);
    });
  });

  describe('R7 program', () => {
    it('shows nothing but the state when the program is disabled', () => {
      const status = statusOf(account({ program: { status: 'disabled' } }), NOW);
      expect(status.state).to.equal('disabled');
      expect(status.tiers).to.deep.equal([]);
      expect([status.tier, status.progress, status.window, status.keep, status.tierExpiresAt]).to.deep.equal([null, null, null, null, null]);
      expect(status.coupons).to.deep.equal([]);
    });

    it('shows a polite recalculating state with no numbers', () => {
      const status = statusOf(account({ program: { status: 'recalculating' } }), NOW);
      expect(status.state).to.equal('recalculating');
      expect(status.tiers).to.deep.equal([]);
      expect(status.progress).to.equal(null);
      expect(status.entries).to.deep.equal([]);
    });

    it('shows a guest every tier and nothing of their own', () => {
      const status = statusOf(account({ customer: null }), NOW);
      expect(status.state).to.equal('guest');
      expect(status.tiers.map((t) => t.name)).to.deep.equal(['Bronze', 'Silver', 'Gold']);
      expect([status.tier, status.nextTier, status.progress, status.keep]).to.deep.equal([null, null, null, null]);
      expect(status.entries).to.deep.equal([]);
      expect(status.coupons).to.deep.equal([]);
    });
  });

  describe('R8 coupons', () => {
    it('lists active coupons by soonest expiry, then used and expired ones, most recent first', () => {
      // Today in New York: 2026-11-25. "soon" ends at 2026-12-01 00:00 New York → last day 30 November, 5 days left.
      // "later" ends 2026-12-31 10:00 New York → last day 31 December: 6 days of November + 30 of December = 36.
      const status = statusOf(account({
        coupons: [
          coupon({ id: 'later', expiresAt: '2026-12-31T15:00:00Z' }),
          coupon({ id: 'forever', expiresAt: null }),
          coupon({ id: 'expired', expiresAt: '2026-09-01T15:00:00Z' }),
          coupon({ id: 'used-oct', usedAt: '2026-10-01T15:00:00Z', expiresAt: '2027-01-01T00:00:00Z' }),
          coupon({ id: 'soon', expiresAt: '2026-12-01T05:00:00Z' }),
          coupon({ id: 'used-nov', usedAt: '2026-11-01T15:00:00Z' }),
        ],
      }), NOW);
      expect(status.coupons.map((c) => `${c.id}:${c.state}`)).to.deep.equal([
        'soon:active', 'later:active', 'forever:active', 'used-nov:used', 'used-oct:used', 'expired:expired',
      ]);
      const [soon, later, forever] = status.coupons;
      expect([soon?.expiresOn, soon?.daysLeft]).to.deep.equal(['2026-11-30', 5]);
      expect([later?.expiresOn, later?.daysLeft]).to.deep.equal(['2026-12-31', 36]);
      expect([forever?.expiresOn, forever?.daysLeft]).to.deep.equal([undefined, undefined]);
      expect(status.coupons[5]?.daysLeft).to.equal(undefined);
    });

    it('treats a coupon as expired at its expiry instant and used only once usedAt has passed', () => {
      const status = statusOf(account({
        coupons: [
          coupon({ id: 'ends-now', expiresAt: NOW }),
          coupon({ id: 'used-later', usedAt: '2026-12-01T00:00:00Z', expiresAt: '2026-11-26T05:00:00Z' }),
        ],
      }), NOW);
      expect(status.coupons.map((c) => `${c.id}:${c.state}:${c.daysLeft}`)).to.deep.equal([
        'used-later:active:0', 'ends-now:expired:undefined',
      ]);
    });
  });

  describe('R9 display', () => {
    it('never shows a full bar one unit short of a very large goal', () => {
      // 9007199254740990 of 9007199254740991 points: 1 point to go, so the bar is not full.
      const status = statusOf(account({
        program: { entryMethod: 'points_earned', tiers: [bronze, { ...gold, goal: Number.MAX_SAFE_INTEGER }] },
        activity: [points('2026-02-01T15:00:00Z', Number.MAX_SAFE_INTEGER - 1, 'import')],
      }), NOW);
      expect(status.progress?.remaining).to.equal(1);
      expect(status.progress?.fraction).to.be.below(1);
    });

    it('reports the store currency and zone so money and dates are shown the store way', () => {
      const status = statusOf(account({ program: { currency: 'JPY', timeZone: 'Asia/Tokyo' } }), NOW);
      expect([status.currency, status.timeZone, status.milestone]).to.deep.equal(['JPY', 'Asia/Tokyo', 'calendar_year']);
    });
  });

  describe('now', () => {
    it('evaluates at generatedAt when no moment is given', () => {
      expect(statusOf(account({ generatedAt: '2026-11-25T10:00:00Z' })).now).to.equal('2026-11-25T10:00:00.000Z');
    });

    it('prefers the given moment (merchant preview) over generatedAt', () => {
      const status = statusOf(account({ activity: [order('2026-03-04T15:00:00Z', 60000)] }), '2026-03-01T00:00:00Z');
      expect(status.now).to.equal('2026-03-01T00:00:00.000Z');
      expect(status.tier?.id).to.equal('bronze');
    });
  });
});
