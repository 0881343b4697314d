// Runs in browsers in Asia/Tokyo, Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC−11): what the shopper
// sees depends on the store's time zone only.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { account, order, program } from '../support/account.js';
import { partText, settled } from '../support/elements.js';

async function block(doc: unknown): Promise<VipAccount> {
  const el = await fixture<VipAccount>(html`<vip-account locale="en-US" .account=${doc}></vip-account>`);
  await settled(el);
  return el;
}

describe('a New York store around midnight of 31 December', () => {
  // $600.00 half an hour before midnight (2026: Silver), $100.00 half an hour after (2027).
  const doc = (generatedAt: string) =>
    account({
      generatedAt,
      activity: [order('2026-12-31T23:30:00-05:00', 60000), order('2027-01-01T00:30:00-05:00', 10000)],
      coupons: [],
    });

  it(`counts the order at 23:30 for 2026 and the one at 00:30 for 2027 (browser in ${Intl.DateTimeFormat().resolvedOptions().timeZone})`, async () => {
    const el = await block(doc('2027-01-01T01:00:00-05:00'));
    expect(partText(el, 'tier-name')).to.equal('VIP tier: Silver');
    expect(partText(el, 'valid-until')).to.equal('Valid until Dec 31, 2027');
    // Held from 2026: the keep goal leads, its deadline and the next step's in the store's year.
    expect(partText(el, 'progress-label')).to.equal('Spend $400.00 by Dec 31, 2027 to keep Silver in 2028');
    expect(partText(el, 'keep')).to.equal('Spend $400.00 by Dec 31, 2027 to keep Silver in 2028');
    expect(partText(el, 'next-step')).to.equal('Spend $900.00 more by Dec 31, 2027 to reach Gold');
  });

  it('counts only the order at 23:30 a quarter of an hour before midnight', async () => {
    const el = await block(doc('2026-12-31T23:45:00-05:00'));
    expect(partText(el, 'tier-name')).to.equal('VIP tier: Silver');
    expect(partText(el, 'progress-label')).to.equal('Spend $400.00 more by Dec 31, 2026 to reach Gold');
  });
});

describe('a program that starts on 29 February', () => {
  const doc = (milestone: string) =>
    account({
      generatedAt: '2024-06-01T12:00:00Z',
      program: program({ milestone, startDate: '2024-02-29', settingsSavedAt: '2024-02-20T12:00:00Z' }),
      // One minute before the store's midnight of 29 February, then the midnight itself.
      activity: [order('2024-02-28T23:59:00-05:00', 50000), order('2024-02-29T00:00:00-05:00', 10000)],
      coupons: [],
    });

  for (const milestone of ['lifetime', 'calendar_year']) {
    it(`counts from the store's midnight of 29 February (${milestone})`, async () => {
      const el = await block(doc(milestone));
      expect(partText(el, 'tier-name')).to.equal('VIP tier: Bronze');
      expect(partText(el, 'progress-label')).to.equal(
        milestone === 'lifetime' ? 'Spend $400.00 more to reach Silver' : 'Spend $400.00 more by Dec 31, 2024 to reach Silver',
      );
    });
  }

  it('holds a tier reached in the leap year through 31 December of the next year', async () => {
    const el = await block(
      account({
        generatedAt: '2025-03-01T12:00:00Z',
        program: program({ startDate: '2024-02-29', settingsSavedAt: '2024-02-20T12:00:00Z' }),
        activity: [order('2024-02-29T00:00:00-05:00', 60000)],
        coupons: [],
      }),
    );
    expect(partText(el, 'tier-name')).to.equal('VIP tier: Silver');
    expect(partText(el, 'valid-until')).to.equal('Valid until Dec 31, 2025');
  });
});

describe('a Santiago store whose daylight saving time starts at midnight', () => {
  // On 6 September 2026 the clocks in Santiago go from 00:00 (−04) straight to 01:00 (−03): that day starts at 01:00.
  const doc = (activity: unknown[]) =>
    account({
      generatedAt: '2026-10-01T12:00:00Z',
      program: program({ milestone: 'lifetime', startDate: '2026-09-06', settingsSavedAt: null, timeZone: 'America/Santiago', currency: 'CLP',
        tiers: [
          { id: 'bronze', name: 'Bronze', goal: 0, entryRewards: [], perks: [] },
          { id: 'silver', name: 'Silver', goal: 50000, entryRewards: [], perks: [] },
        ] }),
      activity,
      coupons: [],
    });

  it('does not count an order a minute before the start day began', async () => {
    const el = await block(doc([order('2026-09-05T23:59:00-04:00', 50000)]));
    expect(partText(el, 'tier-name')).to.equal('VIP tier: Bronze');
    expect(partText(el, 'progress-label')).to.equal('Spend CLP 50,000 more to reach Silver');
  });

  it('counts an order at the first instant of the start day (01:00 local)', async () => {
    const el = await block(doc([order('2026-09-06T01:00:00-03:00', 50000)]));
    expect(partText(el, 'tier-name')).to.equal('VIP tier: Silver');
  });
});
