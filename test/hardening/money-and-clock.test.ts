import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { account, coupon, order, program } from '../support/account.js';
import { part, partText, settled } from '../support/elements.js';

const DAY = 86_400_000;

async function block(doc: unknown): Promise<VipAccount> {
  const el = await fixture<VipAccount>(html`<vip-account locale="en-US" .account=${doc}></vip-account>`);
  await settled(el);
  return el;
}

describe('a browser clock two days off', () => {
  // Lifetime program, so no year boundary falls between the two clocks.
  const tiers = [
    { id: 'member', name: 'Member', goal: 0, entryRewards: [], perks: [] },
    { id: 'gold', name: 'Gold', goal: 100000, entryRewards: [], perks: [] },
  ];
  const lifetime = program({ milestone: 'lifetime', settingsSavedAt: null, tiers });

  it('counts an order the store has seen although the browser clock is two days behind', async () => {
    const generatedAt = Date.now() + 2 * DAY;
    const el = await block(
      account({
        generatedAt: new Date(generatedAt).toISOString(),
        program: lifetime,
        activity: [order(new Date(generatedAt - DAY).toISOString(), 120000)],
        coupons: [coupon({ tierId: 'gold', issuedAt: new Date(generatedAt - DAY).toISOString(), expiresAt: new Date(generatedAt - DAY / 2).toISOString() })],
      }),
    );
    expect(partText(el, 'tier-name')).to.equal('VIP tier: Gold');
    expect(partText(el, 'progress-label')).to.equal("You've reached the top tier");
    // By the store's clock the coupon has already expired, though not by the browser's.
    expect(partText(el, 'coupon-status')).to.equal('Expired');
    expect(part(el, 'copy')).to.equal(undefined);
  });

  it('ignores an order after the document was made although the browser clock is two days ahead', async () => {
    const generatedAt = Date.now() - 2 * DAY;
    const el = await block(
      account({
        generatedAt: new Date(generatedAt).toISOString(),
        program: lifetime,
        activity: [order(new Date(generatedAt - DAY).toISOString(), 30000), order(new Date(generatedAt + DAY).toISOString(), 90000)],
        coupons: [coupon({ tierId: 'gold', issuedAt: new Date(generatedAt - DAY).toISOString(), expiresAt: new Date(generatedAt + DAY).toISOString() })],
      }),
    );
    expect(partText(el, 'tier-name')).to.equal('VIP tier: Member');
    expect(partText(el, 'progress-label')).to.equal('$700.00 more to reach Gold');
    expect(partText(el, 'coupon-status')).to.equal('Expires in 1 day');
  });
});

describe('money at the goal minus one minor unit and exactly at the goal', () => {
  const cases = [
    { currency: 'USD', goal: 50000, short: '$0.01', goalText: '$500.00' },
    { currency: 'JPY', goal: 5000, short: '¥1', goalText: '¥5,000' },
    { currency: 'KWD', goal: 50000, short: 'KWD 0.001', goalText: 'KWD 50.000' },
  ] as const;

  const doc = (currency: string, goal: number, spent: number) =>
    account({
      program: program({
        currency,
        tiers: [
          { id: 'bronze', name: 'Bronze', goal: 0, entryRewards: [], perks: [] },
          { id: 'silver', name: 'Silver', goal, entryRewards: [], perks: [] },
          { id: 'gold', name: 'Gold', goal: goal * 2, entryRewards: [], perks: [] },
        ],
      }),
      activity: [order('2026-03-04T15:00:00Z', spent)],
      coupons: [],
    });

  for (const { currency, goal, short, goalText } of cases) {
    it(`in ${currency}, one minor unit short of Silver says "${short} more to reach Silver"`, async () => {
      const el = await block(doc(currency, goal, goal - 1));
      expect(partText(el, 'tier-name')).to.equal('VIP tier: Bronze');
      expect(partText(el, 'progress-label')).to.equal(`${short} more to reach Silver`);
      const bar = part(el, 'progress-bar')!;
      expect(bar.getAttribute('aria-valuenow')).to.equal(String(goal - 1));
      expect(bar.getAttribute('aria-valuemax')).to.equal(String(goal));
      expect(el.status?.progress?.fraction).to.be.below(1);
    });

    it(`in ${currency}, exactly at the goal the shopper is Silver`, async () => {
      const el = await block(doc(currency, goal, goal));
      expect(partText(el, 'tier-name')).to.equal('VIP tier: Silver');
      // Gold's goal is twice Silver's: the rest of the way is one more Silver goal.
      expect(partText(el, 'progress-label')).to.equal(`${goalText} more to reach Gold`);
      expect(part(el, 'progress-bar')!.getAttribute('aria-valuenow')).to.equal(String(goal));
      expect(part(el, 'progress-bar')!.getAttribute('aria-valuemax')).to.equal(String(goal * 2));
    });
  }
});
