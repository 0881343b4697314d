import { expect } from '@open-wc/testing';
import { evaluate, guestStatus, parseAccount } from '../../src/engine/index.js';
import { account } from '../support/account.js';

describe('guestStatus', () => {
  const at = Date.parse('2026-11-25T10:00:00Z');

  it('is a guest at the given instant, written in UTC', () => {
    const status = guestStatus(at);
    expect(status.state).to.equal('guest');
    expect(status.now).to.equal('2026-11-25T10:00:00.000Z');
    expect(guestStatus(Date.parse('2026-11-25T10:00:00+09:00')).now).to.equal('2026-11-25T01:00:00.000Z');
  });

  it('shows no number, no tier and nothing of the shopper (R7)', () => {
    const status = guestStatus(at);
    expect(status.customer).to.equal(null);
    expect(status.tier).to.equal(null);
    expect(status.nextTier).to.equal(null);
    expect(status.progress).to.equal(null);
    expect(status.window).to.equal(null);
    expect(status.tierExpiresAt).to.equal(null);
    expect(status.tierValidThrough).to.equal(null);
    expect(status.keep).to.equal(null);
    expect(status.tiers).to.deep.equal([]);
    expect(status.entries).to.deep.equal([]);
    expect(status.coupons).to.deep.equal([]);
  });

  it('has the same keys in the same order as an evaluated status', () => {
    const parsed = parseAccount(account({ customer: null }));
    if (!parsed.ok) throw new Error('fixture invalid');
    expect(Object.keys(guestStatus(at))).to.deep.equal(Object.keys(evaluate(parsed.account, { now: at })));
  });

  it('gives each call its own lists', () => {
    const first = guestStatus(at);
    const second = guestStatus(at);
    expect(first.tiers).not.to.equal(second.tiers);
    expect(first.entries).not.to.equal(second.entries);
  });
});
