import { expect } from '@open-wc/testing';
import { account, bronze, gold, order, points, program, silver } from '../support/account.js';
import { statusOf } from './helpers.js';

// New York store, evaluated on 25 November 2026 (the documents' generatedAt) unless said otherwise.
describe('the breakdown of a status: what was counted, what was not, and when tiers were reached', () => {
  it('counts the current calendar year, and the cancelled orders and refunds it leaves out (R1)', () => {
    const status = statusOf(account({
      activity: [
        order('2025-06-10T15:00:00Z', 60000), // last year: not in this window
        order('2026-02-01T15:00:00Z', 30000),
        order('2026-03-01T15:00:00Z', 20000, { refunded: 5000 }),
        order('2026-04-01T15:00:00Z', 10000),
        order('2026-05-01T15:00:00Z', 9000, { cancelled: true }),
        order('2026-12-01T15:00:00Z', 99999), // after now: not yet
      ],
    }));
    expect(status.breakdown).to.include({
      total: 55000, orders: 3, cancelledOrders: 1, cancelledAmount: 9000, refundedOrders: 1, refundedAmount: 5000,
      from: '2026-01-01', through: '2026-12-31', startsOn: '2023-02-01', rewardDistribution: 'highest_only', keepProgress: null,
    });
    expect(status.breakdown!.total).to.equal(status.progress!.value);
  });

  it('gives the total at the top tier, where there is no progress', () => {
    const status = statusOf(account({ activity: [order('2026-06-01T15:00:00Z', 120000)] }));
    expect(status.progress).to.equal(null);
    expect(status.breakdown!.total).to.equal(120000);
  });

  it('counts the whole history for lifetime, with no last day', () => {
    const status = statusOf(account({ program: program({ milestone: 'lifetime' }), activity: [order('2024-06-01T15:00:00Z', 30000), order('2026-06-01T15:00:00Z', 30000)] }));
    expect(status.breakdown).to.include({ total: 60000, orders: 2, from: '2023-02-01', through: null, startsOn: '2023-02-01' });
  });

  it('leaves out fully refunded orders under orders_placed, and nothing for refunds under points_earned', () => {
    const tiers = [bronze, { ...silver, goal: 2 }, { ...gold, goal: 5 }];
    const activity = [
      order('2026-02-01T15:00:00Z', 3000),
      order('2026-03-01T15:00:00Z', 3000, { refunded: 3000 }),
      order('2026-04-01T15:00:00Z', 3000, { refunded: 1000 }),
    ];
    const byOrders = statusOf(account({ program: program({ entryMethod: 'orders_placed', tiers }), activity }));
    expect(byOrders.breakdown).to.include({ total: 2, orders: 2, refundedOrders: 1, refundedAmount: 3000 });
    const byPoints = statusOf(account({
      program: program({ entryMethod: 'points_earned', tiers: [bronze, { ...silver, goal: 500 }, { ...gold, goal: 1000 }] }),
      activity: [...activity, points('2026-05-01T12:00:00Z', 40), points('2026-05-02T12:00:00Z', 500, 'vip_reward')],
    }));
    // Each order's 30 points count however much was refunded; a tier bonus never counts (R1).
    expect(byPoints.breakdown).to.include({ total: 130, orders: 3, refundedOrders: 0, refundedAmount: 0 });
  });

  it('dates each tier entered in the store zone, with when its entry rewards were earned (R6)', () => {
    // 23:30 in New York on 9 June is 10 June in UTC: the store's day counts.
    const status = statusOf(account({ activity: [order('2026-06-10T03:30:00Z', 60000)] }));
    expect(status.breakdown!.tiers).to.deep.equal([
      { tierId: 'bronze', reachedOn: '2026-01-01', rewardedOn: '2023-02-10', passedOver: false },
      { tierId: 'silver', reachedOn: '2026-06-09', rewardedOn: '2026-06-09', passedOver: false },
    ]);
  });

  it('marks a tier passed over in one step under highest_only, and not under all_tiers', () => {
    const oneStep = (rewardDistribution: string) =>
      statusOf(account({ program: program({ rewardDistribution }), activity: [order('2026-06-01T15:00:00Z', 120000)] })).breakdown!.tiers;
    expect(oneStep('highest_only').map((t) => [t.tierId, t.passedOver, t.rewardedOn])).to.deep.equal([
      ['bronze', false, '2023-02-10'], ['silver', true, undefined], ['gold', false, '2026-06-01'],
    ]);
    expect(oneStep('all_tiers').map((t) => [t.tierId, t.passedOver, t.rewardedOn])).to.deep.equal([
      ['bronze', false, '2023-02-10'], ['silver', false, '2026-06-01'], ['gold', false, '2026-06-01'],
    ]);
  });

  it('does not call a tier granted without rewards passed over (R10)', () => {
    const status = statusOf(account({ activity: [], grants: [{ id: 'g-1', tierId: 'gold', at: '2026-02-01T00:00:00Z', reward: false }] }));
    expect(status.breakdown!.tiers.map((t) => [t.tierId, t.passedOver, t.rewardedOn])).to.deep.equal([
      ['bronze', false, '2023-02-10'], ['silver', false, undefined], ['gold', false, undefined],
    ]);
  });

  it("measures a tier held from last year against this year's total (R5), never full short of its goal (R9)", () => {
    const status = statusOf(account({ activity: [order('2025-05-01T15:00:00Z', 60000), order('2026-05-01T15:00:00Z', 49999)] }));
    expect(status.keep).to.include({ tierId: 'silver', remaining: 1 });
    const keep = status.breakdown!.keepProgress!;
    expect(keep).to.include({ value: 49999, target: 50000, remaining: 1 });
    expect(keep.fraction).to.be.closeTo(0.99998, 1e-9);
    expect(keep.fraction).to.be.lessThan(1);
  });

  it('is absent for guests, hidden programs and before the program starts', () => {
    expect(statusOf(account({ customer: null })).breakdown).to.equal(undefined);
    expect(statusOf(account({ program: program({ status: 'recalculating' }) })).breakdown).to.equal(undefined);
    expect(statusOf(account({ program: program({ startDate: '2027-01-01' }) })).breakdown).to.equal(undefined);
  });

  it('keeps the coupons of a recalculating program, and none of a disabled one', () => {
    expect(statusOf(account({ program: program({ status: 'recalculating' }) })).coupons.map((c) => c.code)).to.deep.equal(['VIP-8F3K']);
    expect(statusOf(account({ program: program({ status: 'disabled' }) })).coupons).to.deep.equal([]);
    expect(statusOf(account({ customer: null, program: program({ status: 'recalculating' }) })).coupons).to.deep.equal([]);
  });
});
