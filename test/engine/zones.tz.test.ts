// Runs with the browser in Asia/Tokyo (UTC+9), Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC−11):
// every number below depends on the store's time zone only.
import { expect } from '@open-wc/testing';
import { account, coupon, order } from '../support/account.js';
import { entryLog, statusOf } from './helpers.js';

const joinedEarly = { id: '42', firstName: 'Ann', joinedAt: '2020-01-01T00:00:00Z' };

describe('store time zone', () => {
  it('starts the Auckland year at 00:00 NZDT (UTC+13), 11:00Z the day before', () => {
    // 2026-01-01 00:00 Auckland = 2025-12-31T11:00Z. 60000 at 11:30Z is a 2026 order: Silver through 2027.
    const doc = (at: string) => account({
      program: { timeZone: 'Pacific/Auckland', startDate: '2023-01-01' },
      customer: joinedEarly,
      activity: [order(at, 60000)],
    });
    const newYear = statusOf(doc('2025-12-31T11:30:00Z'), '2026-02-01T00:00:00Z');
    expect(newYear.window).to.deep.equal({ start: '2025-12-31T11:00:00.000Z', end: '2026-12-31T11:00:00.000Z' });
    expect(newYear.tierValidThrough).to.equal('2027-12-31');
    expect(newYear.tierExpiresAt).to.equal('2027-12-31T11:00:00.000Z');
    expect(newYear.keep).to.equal(null);

    // One second before midnight it is still 2025: Silver through 2026 only, and 50000 keeps it.
    const oldYear = statusOf(doc('2025-12-31T10:59:59Z'), '2026-02-01T00:00:00Z');
    expect(oldYear.tierValidThrough).to.equal('2026-12-31');
    expect(oldYear.tierExpiresAt).to.equal('2026-12-31T11:00:00.000Z');
    expect(oldYear.keep).to.deep.equal({ tierId: 'silver', remaining: 50000, by: '2026-12-31T11:00:00.000Z', byDate: '2026-12-31', year: 2027 });
  });

  it('starts the New York program at local midnight on the days the clocks change', () => {
    // 8 March 2026 (spring forward at 02:00): midnight is still EST, 05:00Z. 1 November 2026 (fall back at
    // 02:00): midnight is still EDT, 04:00Z.
    const start = (startDate: string) => statusOf(account({
      program: { milestone: 'lifetime', startDate, settingsSavedAt: null },
      customer: joinedEarly,
    }), '2026-12-01T00:00:00Z').window?.start;
    expect(start('2026-03-08')).to.equal('2026-03-08T05:00:00.000Z');
    expect(start('2026-11-01')).to.equal('2026-11-01T04:00:00.000Z');
  });

  it('starts the Kiritimati year at 00:00 UTC+14, 10:00Z the day before', () => {
    // 2026-01-01 00:00 Kiritimati = 2025-12-31T10:00Z: the 10:00Z order is 2026, the 09:59:59Z one is 2025.
    const status = statusOf(account({
      program: { timeZone: 'Pacific/Kiritimati', startDate: '2023-01-01', rewardDistribution: 'all_tiers' },
      customer: joinedEarly,
      activity: [order('2025-12-31T09:59:59Z', 100000), order('2025-12-31T10:00:00Z', 50000)],
    }), '2026-06-01T00:00:00Z');
    expect(status.window?.start).to.equal('2025-12-31T10:00:00.000Z');
    expect(status.tier?.id).to.equal('gold');
    expect(status.keep).to.deep.equal({ tierId: 'gold', remaining: 50000, by: '2026-12-31T10:00:00.000Z', byDate: '2026-12-31', year: 2027 });
    expect(entryLog(status).slice(-4)).to.deep.equal([
      'silver@2025-12-31T09:59:59.000Z+', 'gold@2025-12-31T09:59:59.000Z+', 'bronze@2025-12-31T10:00Z', 'silver@2025-12-31T10:00Z',
    ]);
  });

  it('starts a Santiago day at 01:00 when the clocks jump from 00:00 (6 September 2026)', () => {
    // Midnight does not exist: 5 September 23:59:59 −04 is followed by 6 September 01:00 −03 = 04:00Z.
    const doc = account({
      program: { timeZone: 'America/Santiago', milestone: 'lifetime', startDate: '2026-09-06', settingsSavedAt: null, currency: 'CLP' },
      customer: joinedEarly,
      activity: [order('2026-09-06T03:59:59Z', 60000), order('2026-09-06T04:00:00Z', 20000)],
    });
    const status = statusOf(doc, '2026-10-01T00:00:00Z');
    expect(status.window).to.deep.equal({ start: '2026-09-06T04:00:00.000Z', end: null });
    expect(status.progress?.value).to.equal(20000);
    expect(status.tier?.id).to.equal('bronze');
  });

  it('starts the Santiago year at 00:00 −03 (summer time), 03:00Z', () => {
    const status = statusOf(account({
      program: { timeZone: 'America/Santiago', startDate: '2023-01-01' },
      customer: joinedEarly,
    }), '2026-06-01T00:00:00Z');
    expect(status.window).to.deep.equal({ start: '2026-01-01T03:00:00.000Z', end: '2027-01-01T03:00:00.000Z' });
  });

  it('starts a program on 29 February at store-local midnight', () => {
    // 2024-02-29 00:00 New York = 05:00Z: the order one second earlier does not count.
    const status = statusOf(account({
      program: { startDate: '2024-02-29', settingsSavedAt: '2024-03-01T12:00:00Z' },
      customer: joinedEarly,
      activity: [order('2024-02-29T04:59:59Z', 60000), order('2024-02-29T05:00:00Z', 30000)],
    }), '2024-06-01T00:00:00Z');
    expect(status.window?.start).to.equal('2024-02-29T05:00:00.000Z');
    expect(status.progress?.value).to.equal(30000);
  });

  it('counts coupon days in the store zone, not the browser zone', () => {
    // Now: 2026-11-25 23:30 in New York (04:30Z on the 26th, already the 26th in Tokyo and Kiritimati).
    // Expiry 2026-11-27 05:00Z = 27 November 00:00 New York → last day 26 November, 1 day left.
    const status = statusOf(account({ coupons: [coupon({ expiresAt: '2026-11-27T05:00:00Z' })] }), '2026-11-26T04:30:00Z');
    expect(status.coupons[0]).to.include({ state: 'active', expiresOn: '2026-11-26', daysLeft: 1 });
  });
});
