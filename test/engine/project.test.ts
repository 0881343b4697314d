import { expect } from '@open-wc/testing';
import { project } from '../../src/engine/index.js';
import { account, order } from '../support/account.js';
import { parsed } from './helpers.js';

// The README's example: America/New_York, calendar year, Bronze 0, Silver $500.00 (500 points + a $10 coupon),
// Gold $1,000.00 (a free-shipping coupon), highest_only; $129.99 spent in 2026; now 25 November 2026.
const NOW = '2026-11-25T10:00:00Z';
const names = (p: ReturnType<typeof project>) => p.entries.map((e) => `${e.tier.id}${e.rewarded ? '+' : ''}`);

describe('project: a hypothetical order', () => {
  it('takes the shopper to the tier the order reaches, with its entry rewards and what is left to the next', () => {
    const p = project(parsed(account()), { amount: 37001, at: NOW });
    expect([p.before.tier?.id, p.enters?.id, p.after.tier?.id]).to.deep.equal(['bronze', 'silver', 'silver']);
    expect(names(p)).to.deep.equal(['silver+']);
    expect(p.rewards.map((r) => r.type)).to.deep.equal(['points', 'coupon']);
    expect([p.added, p.nextTier?.id, p.remaining]).to.deep.equal([37001, 'gold', 50000]);
  });

  it('says what is left when the order does not reach the next tier', () => {
    const p = project(parsed(account()), { amount: 20000, at: NOW });
    expect([p.enters, p.entries, p.rewards]).to.deep.equal([null, [], []]);
    expect([p.nextTier?.id, p.remaining]).to.deep.equal(['silver', 17001]);
    // One cent short: still $0.01 to go.
    expect(project(parsed(account()), { amount: 37000, at: NOW }).remaining).to.equal(1);
  });

  it('rewards only the highest tier an order crosses under highest_only, each under all_tiers (R6)', () => {
    const highest = project(parsed(account()), { amount: 100000, at: NOW });
    expect(names(highest)).to.deep.equal(['silver', 'gold+']);
    expect(highest.rewards.map((r) => ('title' in r ? r.title : r.type))).to.deep.equal(['Free shipping']);
    expect([highest.enters?.id, highest.nextTier, highest.remaining]).to.deep.equal(['gold', null, null]);
    const all = project(parsed(account({ program: { rewardDistribution: 'all_tiers' } })), { amount: 100000, at: NOW });
    expect(names(all)).to.deep.equal(['silver+', 'gold+']);
    expect(all.rewards).to.have.length(3);
  });

  it('earns nothing for a tier rewarded before: Silver of 2024 entered again in 2026', () => {
    const doc = account({ activity: [order('2024-05-01T15:00:00Z', 60000), order('2026-03-04T15:00:00Z', 12999)] });
    const p = project(parsed(doc), { amount: 37001, at: NOW });
    expect(p.before.tier?.id).to.equal('bronze');
    expect([p.enters?.id, names(p), p.rewards]).to.deep.equal(['silver', ['silver'], []]);
  });

  it('changes nothing for an empty order, and leaves the account as it was', () => {
    const acc = parsed(account());
    const copy = structuredClone(acc);
    const p = project(acc, { amount: 0, at: NOW });
    expect(p.after).to.deep.equal(p.before);
    expect([p.added, p.enters, p.entries, p.remaining]).to.deep.equal([0, null, [], 37001]);
    project(acc, { amount: 500000, at: NOW });
    expect(acc).to.deep.equal(copy);
  });

  it('counts orders and points in the program\'s own unit', () => {
    const orderTiers = [
      { id: 'regular', name: 'Regular', goal: 0, entryRewards: [], perks: [] },
      { id: 'roaster', name: 'Roaster', goal: 5, entryRewards: [{ type: 'points', points: 1000 }], perks: [] },
    ];
    const orders = parsed(account({ program: { entryMethod: 'orders_placed', milestone: 'lifetime', tiers: orderTiers } }));
    // One order so far (the points event is no order): this one makes 2, 3 more to Roaster.
    const one = project(orders, { orders: 1, amount: 4500, at: NOW });
    expect([one.added, one.enters, one.nextTier?.id, one.remaining]).to.deep.equal([1, null, 'roaster', 3]);
    expect(project(orders, { orders: 4, at: NOW }).enters?.id).to.equal('roaster');
    const pointsTiers = [orderTiers[0], { ...orderTiers[1], goal: 1000 }];
    const points = parsed(account({ program: { entryMethod: 'points_earned', milestone: 'lifetime', tiers: pointsTiers } }));
    // 130 order points + 200 birthday points: 670 to go; an amount alone counts nothing here.
    expect(project(points, { amount: 99999, at: NOW }).remaining).to.equal(670);
    expect(project(points, { points: 670, at: NOW }).enters?.id).to.equal('roaster');
  });

  it('projects a rolling 12-month program from the rolling total (R11)', () => {
    const doc = account({ program: { milestone: 'rolling_12_months' }, activity: [order('2025-12-01T15:00:00Z', 45000)] });
    const p = project(parsed(doc), { amount: 5000, at: NOW });
    expect([p.enters?.id, names(p), p.after.tierValidThrough]).to.deep.equal(['silver', ['silver+'], '2027-12-01']);
  });

  it('projects nothing for a guest or a hidden program, and refuses values that are no count', () => {
    const guest = project(parsed(account({ customer: null })), { amount: 100000, at: NOW });
    expect([guest.after.state, guest.enters, guest.entries, guest.remaining]).to.deep.equal(['guest', null, [], null]);
    const hidden = project(parsed(account({ program: { status: 'disabled' } })), { amount: 100000, at: NOW });
    expect([hidden.after.state, hidden.enters, hidden.nextTier]).to.deep.equal(['disabled', null, null]);
    const acc = parsed(account());
    expect(() => project(acc, { amount: -1 })).to.throw(RangeError, /amount must be a whole number/);
    expect(() => project(acc, { amount: 12.5 })).to.throw(RangeError, /amount/);
    expect(() => project(acc, { orders: Number.NaN })).to.throw(RangeError, /orders/);
    expect(() => project(acc, { amount: 1, at: 'tomorrow' })).to.throw(RangeError, /at must be an instant/);
  });
});
