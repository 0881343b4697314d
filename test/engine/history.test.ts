import { expect } from '@open-wc/testing';
import type { VipStatus } from '../../src/engine/index.js';
import { account, order } from '../support/account.js';
import { statusOf } from './helpers.js';

// America/New_York (1 January begins at 05:00Z), calendar year from 1 February 2023, Bronze 0, Silver $500.00,
// Gold $1,000.00; the customer joined 10 February 2023; now 25 November 2026.
const NOW = '2026-11-25T10:00:00Z';
const log = (status: VipStatus): string[] => status.history.map((item) => (item.kind === 'entry'
  ? `${item.tierId}@${item.date}${item.rewarded ? '+' : ''}`
  : `${item.tierId}→${item.toTierId ?? '–'}@${item.at}`));

describe('engine: tier history', () => {
  it('lists entries and the lapse at the start of a year in time order, the lapse first at its instant (R5)', () => {
    const status = statusOf(account({ activity: [order('2024-05-01T15:00:00Z', 60000)] }), NOW);
    expect(log(status)).to.deep.equal([
      'bronze@2023-02-10+', 'bronze@2024-01-01', 'silver@2024-05-01+', 'bronze@2025-01-01',
      'silver→bronze@2026-01-01T05:00:00.000Z', 'bronze@2026-01-01',
    ]);
    // The entries are the history's entries, in the same order.
    const entries = status.history.flatMap((item) => (item.kind === 'entry' ? [{ tierId: item.tierId, at: item.at, rewarded: item.rewarded }] : []));
    expect(entries).to.deep.equal(status.entries);
  });

  it('steps down to the tier entered last year, not to the lowest', () => {
    // Gold in 2024 (held through 2025), Silver in 2025 (held through 2026): on 1 January 2026 Gold → Silver.
    const status = statusOf(account({ activity: [order('2024-05-01T15:00:00Z', 100000), order('2025-05-01T15:00:00Z', 50000)] }), NOW);
    expect(status.tier?.id).to.equal('silver');
    expect(status.history.filter((item) => item.kind === 'expiry')).to.deep.equal([
      { kind: 'expiry', tierId: 'gold', at: '2026-01-01T05:00:00.000Z', date: '2026-01-01', toTierId: 'silver' },
    ]);
  });

  it('has no lapse while a tier is entered again every year, nor in a lifetime program', () => {
    const yearly = statusOf(account({ activity: [order('2024-05-01T15:00:00Z', 60000), order('2025-05-01T15:00:00Z', 60000)] }), NOW);
    expect(yearly.history.some((item) => item.kind === 'expiry')).to.equal(false);
    const lifetime = statusOf(account({ program: { milestone: 'lifetime' }, activity: [order('2024-05-01T15:00:00Z', 60000)] }), NOW);
    expect(log(lifetime)).to.deep.equal(['bronze@2023-02-10+', 'silver@2024-05-01+']);
  });

  it('lapses to no tier without a goal-0 tier, and a guest has no history', () => {
    const tiers = [{ id: 'silver', name: 'Silver', goal: 50000, entryRewards: [], perks: [] }];
    const status = statusOf(account({ program: { tiers }, activity: [order('2024-05-01T15:00:00Z', 60000)] }), NOW);
    expect(status.tier).to.equal(null);
    expect(log(status)).to.deep.equal(['silver@2024-05-01+', 'silver→–@2026-01-01T05:00:00.000Z']);
    expect(statusOf(account({ customer: null }), NOW).history).to.deep.equal([]);
  });
});
