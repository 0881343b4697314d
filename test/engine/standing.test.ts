import { expect } from '@open-wc/testing';
import { tierStandings, timelineItems } from '../../src/engine/core.js';
import { account, order } from '../support/account.js';
import { statusOf } from './helpers.js';

// The README's example program: Bronze (goal 0), Silver, Gold; New York store on 25 November 2026.
describe('where each tier stands, and which history a timeline shows', () => {
  it('marks the tiers below the current one reached, then current, next and locked', () => {
    const status = statusOf(account({ activity: [order('2026-03-04T15:00:00Z', 88000)] }));
    expect(status.tier?.name).to.equal('Silver');
    expect(status.tiers.map((tier) => tier.name)).to.deep.equal(['Bronze', 'Silver', 'Gold']);
    expect(tierStandings(status)).to.deep.equal(['reached', 'current', 'next']);
  });

  it('gives no standing outside an active shopper (a disabled program)', () => {
    const status = statusOf(account({ program: { status: 'disabled' } }));
    expect(status.state).to.equal('disabled');
    expect(tierStandings(status).every((standing) => standing === undefined)).to.equal(true);
  });

  it('keeps only the first entry into the goal-0 tier: the shopper joined once (R3)', () => {
    const entry = (tierId: string, date: string) => ({ kind: 'entry' as const, tierId, at: `${date}T05:00:00Z`, date, rewarded: false });
    const tiers = statusOf(account()).tiers;
    const history = [entry('bronze', '2023-02-10'), entry('silver', '2024-06-10'), entry('bronze', '2025-01-01'), entry('bronze', '2026-01-01')];
    expect(timelineItems(history, tiers)).to.deep.equal(history.slice(0, 2));
  });
});
