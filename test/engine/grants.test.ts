import { expect } from '@open-wc/testing';
import { account, bronze, gold, order, silver } from '../support/account.js';
import { entryLog, issuesOf, parsed, statusOf } from './helpers.js';

// As in rules.test.ts: America/New_York (1 January starts at 05:00Z), Bronze 0, Silver $500.00, Gold $1,000.00,
// calendar year from 1 February 2023, customer joined 10 February 2023.
const NOW = '2026-11-25T10:00:00Z';
const grant = (id: string, tierId: string, at: string, reward: boolean, reason?: string) =>
  reason === undefined ? { id, tierId, at, reward } : { id, tierId, at, reward, reason };
/** Entries of 2026 only: earlier years hold the yearly Bronze entries. */
const log2026 = (status: ReturnType<typeof statusOf>) => entryLog(status).filter((e) => e.includes('@2026'));

describe('engine rules: R10 tier grants', () => {
  it('enters a granted tier at its instant as if reached then, while progress counts only activity', () => {
    // Silver granted 1 March 2026; $129.99 spent this year: Silver, $870.01 more to Gold.
    const status = statusOf(account({
      activity: [order('2026-04-01T15:00:00Z', 12999)],
      grants: [grant('g-1', 'silver', '2026-03-01T15:00:00Z', true, 'migrated from the old program')],
    }), NOW);
    expect(status.tier?.id).to.equal('silver');
    expect(status.progress).to.deep.equal({ value: 12999, target: 100000, remaining: 87001, fraction: 0.12999 });
    expect(log2026(status)).to.deep.equal(['bronze@2026-01-01T05:00Z', 'silver@2026-03-01T15:00Z+']);
    expect(status.entries.at(-1)).to.deep.equal({ tierId: 'silver', at: '2026-03-01T15:00:00.000Z', rewarded: true, grantId: 'g-1' });
    expect(status.entries.at(-2)).to.not.have.property('grantId');
  });

  it('holds a tier granted in a calendar year through the end of the next year, with what it takes to keep it', () => {
    // Gold granted June 2025 → held through 31 December 2026; $200.00 spent in 2026, $800.00 more keeps it for 2027.
    const status = statusOf(account({
      activity: [order('2026-04-01T15:00:00Z', 20000)],
      grants: [grant('g-1', 'gold', '2025-06-01T15:00:00Z', false)],
    }), NOW);
    expect(status.tier?.id).to.equal('gold');
    expect(status.tierValidThrough).to.equal('2026-12-31');
    expect(status.keep).to.deep.include({ tierId: 'gold', remaining: 80000, byDate: '2026-12-31', year: 2027 });
    // A grant from 2024 has lapsed by 2026, like any entry of 2024.
    const lapsed = statusOf(account({ activity: [], grants: [grant('g-1', 'gold', '2024-06-01T15:00:00Z', false)] }), NOW);
    expect(lapsed.tier?.id).to.equal('bronze');
  });

  it('holds a tier granted in a lifetime program for good', () => {
    const status = statusOf(account({
      program: { milestone: 'lifetime' },
      activity: [],
      grants: [grant('g-1', 'gold', '2023-06-01T15:00:00Z', false)],
    }), NOW);
    expect(status.tier?.id).to.equal('gold');
    expect(status.tierValidThrough).to.equal(null);
    expect(status.nextTier).to.equal(null);
  });

  it('never lowers a tier: a grant below the tier held adds no entry', () => {
    // $1,000.00 in March 2026 reaches Gold; Silver granted in May changes nothing.
    const status = statusOf(account({
      activity: [order('2026-03-01T15:00:00Z', 100000)],
      grants: [grant('g-1', 'silver', '2026-05-01T15:00:00Z', true)],
    }), NOW);
    expect(status.tier?.id).to.equal('gold');
    expect(log2026(status)).to.deep.equal(['bronze@2026-01-01T05:00Z', 'silver@2026-03-01T15:00Z', 'gold@2026-03-01T15:00Z+']);
    expect(status.entries.some((e) => e.grantId !== undefined)).to.equal(false);
  });

  it('earns no rewards for a grant without reward, and never later for the same tier (R6)', () => {
    // Silver granted without rewards in 2025; Silver reached again by orders in 2026 earns nothing; Gold does.
    const status = statusOf(account({
      activity: [order('2026-03-01T15:00:00Z', 50000), order('2026-04-01T15:00:00Z', 50000)],
      grants: [grant('g-1', 'silver', '2025-06-01T15:00:00Z', false)],
    }), NOW);
    expect(entryLog(status).filter((e) => /@202[56]/.test(e))).to.deep.equal([
      'bronze@2025-01-01T05:00Z', 'silver@2025-06-01T15:00Z', 'bronze@2026-01-01T05:00Z',
      'silver@2026-03-01T15:00Z', 'gold@2026-04-01T15:00Z+',
    ]);
  });

  it('rewards a tier only once: a rewarded grant of a tier already rewarded earns nothing', () => {
    // Silver reached by orders in 2025 (rewarded); Silver granted with rewards in 2026 is its entry this year, unrewarded.
    const status = statusOf(account({
      activity: [order('2025-03-01T15:00:00Z', 50000)],
      grants: [grant('g-1', 'silver', '2026-02-01T15:00:00Z', true)],
    }), NOW);
    expect(entryLog(status).filter((e) => e.startsWith('silver'))).to.deep.equal(['silver@2025-03-01T15:00Z+', 'silver@2026-02-01T15:00Z']);
  });

  it('rewards the tiers a rewarded grant passes over only under all_tiers', () => {
    const doc = (rewardDistribution: string) => account({
      program: { rewardDistribution },
      activity: [],
      grants: [grant('g-1', 'gold', '2026-02-01T15:00:00Z', true)],
    });
    expect(log2026(statusOf(doc('highest_only'), NOW))).to.deep.equal(['bronze@2026-01-01T05:00Z', 'silver@2026-02-01T15:00Z', 'gold@2026-02-01T15:00Z+']);
    expect(log2026(statusOf(doc('all_tiers'), NOW))).to.deep.equal(['bronze@2026-01-01T05:00Z', 'silver@2026-02-01T15:00Z+', 'gold@2026-02-01T15:00Z+']);
  });

  it('enters a grant dated before the counting start at the start, and ignores a grant after now', () => {
    const status = statusOf(account({
      program: { milestone: 'lifetime' },
      customer: { id: '42' },
      activity: [],
      grants: [grant('g-old', 'silver', '2020-01-01T00:00:00Z', false), grant('g-future', 'gold', '2026-12-01T00:00:00Z', true)],
    }), NOW);
    expect(status.tier?.id).to.equal('silver');
    // 1 February 2023, store-local midnight (EST).
    expect(entryLog(status)).to.deep.equal(['bronze@2023-02-01T05:00Z', 'silver@2023-02-01T05:00Z']);
    expect(status.entries.map((e) => e.grantId ?? null)).to.deep.equal(['g-old', 'g-old']);
  });

  it('reads grants in any order', () => {
    const grants = [grant('g-2', 'gold', '2026-05-01T15:00:00Z', true), grant('g-1', 'silver', '2026-02-01T15:00:00Z', true)];
    const forward = statusOf(account({ activity: [], grants }), NOW);
    const backward = statusOf(account({ activity: [], grants: [...grants].reverse() }), NOW);
    expect(forward.entries).to.deep.equal(backward.entries);
    expect(log2026(forward)).to.deep.equal(['bronze@2026-01-01T05:00Z', 'silver@2026-02-01T15:00Z+', 'gold@2026-05-01T15:00Z+']);
  });

  describe('the document', () => {
    it('reads grants with their reason, and none when absent', () => {
      const withGrant = parsed(account({ grants: [grant('g-1', 'gold', '2026-02-01T15:00:00Z', true, 'VIP from Smile.io')] }));
      expect(withGrant.grants).to.deep.equal([{ id: 'g-1', tierId: 'gold', at: Date.parse('2026-02-01T15:00:00Z'), reason: 'VIP from Smile.io', reward: true }]);
      expect(parsed(account()).grants).to.deep.equal([]);
    });

    it('refuses a grant of a tier the program does not have and a repeated grant id', () => {
      const issues = issuesOf(account({
        grants: [grant('g-1', 'platinum', '2026-02-01T15:00:00Z', true), grant('g-1', 'gold', '2026-02-01T15:00:00Z', true)],
      }));
      expect(issues).to.deep.equal([
        { path: 'grants.0.tierId', message: 'Grant tier id "platinum" is not a tier of the program.' },
        { path: 'grants.1.id', message: 'Grant id "g-1" is already used by grant 0.' },
      ]);
    });

    it('refuses a grant without reward or with a time that is not an instant', () => {
      const issues = issuesOf(account({ grants: [{ id: 'g-1', tierId: 'gold', at: '2026-02-01 15:00' }] }));
      expect(issues).to.deep.equal([
        { path: 'grants.0.at', message: 'Grant time must be an ISO-8601 instant with a UTC offset or Z, e.g. 2026-03-04T15:00:00Z.' },
        { path: 'grants.0.reward', message: 'Grant reward is required.' },
      ]);
    });

    it('refuses more than 20 grants before validating them', () => {
      const grants = Array.from({ length: 21 }, (_, i) => grant(`g-${i}`, 'nope', 'not a time', true));
      expect(issuesOf(account({ grants }))).to.deep.equal([{ path: 'grants', message: 'Grants may hold at most 20 items (it has 21).' }]);
    });
  });
});

describe('order fields with defaults', () => {
  it('reads an order without refunded, cancelled and points as not refunded, not cancelled, no points', () => {
    const doc = account({ activity: [{ type: 'order', id: '1', at: '2026-03-04T15:00:00Z', amount: 60000 }] });
    expect(parsed(doc).activity).to.deep.equal([
      { type: 'order', id: '1', at: Date.parse('2026-03-04T15:00:00Z'), amount: 60000, refunded: 0, cancelled: false, points: 0 },
    ]);
    expect(statusOf(doc, NOW).tier?.id).to.equal('silver');
  });

  it('applies the same defaults when another item sends the list through the schema', () => {
    // The second item is invalid, so the first is still read (and reported nothing) by the schema's path.
    const issues = issuesOf(account({
      activity: [{ type: 'order', id: '1', at: '2026-03-04T15:00:00Z', amount: 100 }, { type: 'order', id: '2', at: '2026-03-04T15:00:00Z', amount: 100, refunded: 200 }],
    }));
    expect(issues).to.deep.equal([{ path: 'activity.1.refunded', message: 'Refunded amount must not be greater than the order amount.' }]);
  });

  it('says a coupon validity must be 1 or more when it is negative', () => {
    const tiers = [bronze, silver, { ...gold, entryRewards: [{ type: 'coupon', title: 'x', discount: { kind: 'free_shipping' }, expiresAfterDays: -3 }] }];
    expect(issuesOf(account({ program: { tiers } }))).to.deep.equal([
      { path: 'program.tiers.2.entryRewards.0.expiresAfterDays', message: 'Coupon validity in days must be a whole number, 1 or more.' },
    ]);
  });
});
