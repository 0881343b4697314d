import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { evaluate, minorUnitExponent, parseAccount, toMinorUnits, type VipStatus } from '../../src/engine/index.js';
import { account, coupon, order, program } from '../support/account.js';
import { deepAll, part, partText, settled } from '../support/elements.js';

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
    expect(partText(el, 'progress-label')).to.equal("You've reached our top tier. Enjoy every perk!");
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
    expect(partText(el, 'progress-label')).to.equal('Spend $700.00 more to reach Gold');
    expect(partText(el, 'coupon-status')).to.equal('Expires in 1 day');
  });
});

describe('money at the goal minus one minor unit and exactly at the goal', () => {
  // Goals as a store exports them, in major units; the document carries them in minor units by ISO 4217. What the
  // shopper reads is the browser's own Intl formatting of the exact major amount (`short` is one minor unit,
  // `unitShort` one major unit): engines differ in display digits (Chromium shows HUF, PKR, IDR, COP and IQD
  // without decimals and rounds one minor unit to 0; Firefox and Safari show two), never in the amount.
  interface MoneyCase {
    readonly currency: string;
    /** The goal as the store exports it, and in minor units. */
    readonly goalText: string;
    readonly goal: number;
    /** One minor unit and one major unit, as exact decimal text in major units. */
    readonly short: string;
    readonly unitShort?: string;
  }
  const cases: readonly MoneyCase[] = [
    { currency: 'USD', goalText: '500.00', goal: 50000, short: '0.01', unitShort: '1' },
    { currency: 'JPY', goalText: '5,000', goal: 5000, short: '1' },
    { currency: 'KWD', goalText: '50.000', goal: 50000, short: '0.001', unitShort: '1' },
    { currency: 'IDR', goalText: '1,500,000', goal: 150000000, short: '0.01', unitShort: '1' },
    { currency: 'COP', goalText: '500,000.00', goal: 50000000, short: '0.01', unitShort: '1' },
    { currency: 'HUF', goalText: '50,000', goal: 5000000, short: '0.01', unitShort: '1' },
    { currency: 'PKR', goalText: '50,000', goal: 5000000, short: '0.01', unitShort: '1' },
    { currency: 'IQD', goalText: '500,000', goal: 500000000, short: '0.001', unitShort: '1' },
    { currency: 'ISK', goalText: '50,000', goal: 50000, short: '1' },
    { currency: 'CLP', goalText: '500,000', goal: 500000, short: '1' },
    { currency: 'UGX', goalText: '1,500,000', goal: 1500000, short: '1' },
  ];
  /** An exact major amount as this browser's Intl writes it in en-US (a string keeps every digit exact). */
  const shownAs = (currency: string, major: string): string =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(major as unknown as number).replace(/\s+/g, ' ');

  it('writes what Chromium shows for the amounts a shopper reads (the expectations below use Intl itself)', function () {
    if (!navigator.userAgent.includes('Chrome')) this.skip(); // CLDR display digits differ by engine: checked in Chromium.
    expect(shownAs('IDR', '0.01')).to.equal('IDR 0');
    expect(shownAs('HUF', '50000')).to.equal('HUF 50,000');
    expect(shownAs('KWD', '0.001')).to.equal('KWD 0.001');
    expect(shownAs('USD', '0.01')).to.equal('$0.01');
  });

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

  const engineStatus = (currency: string, goal: number, spent: number): VipStatus => {
    const result = parseAccount(doc(currency, goal, spent));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return evaluate(result.account);
  };

  for (const { currency, goalText, goal, short: shortMajor, unitShort: unitMajor } of cases) {
    const unit = 10 ** minorUnitExponent(currency);
    const short = shownAs(currency, shortMajor);
    const unitShort = unitMajor && shownAs(currency, unitMajor);
    const shown = shownAs(currency, goalText.replaceAll(',', ''));

    it(`in ${currency}, a goal of ${goalText} is ${goal} minor units`, () => {
      expect(toMinorUnits(goalText, currency)).to.equal(goal);
    });

    it(`in ${currency}, one minor unit short of Silver says "${short} more to reach Silver"`, async () => {
      const status = engineStatus(currency, goal, goal - 1);
      expect(status.tier?.id).to.equal('bronze');
      expect(status.progress).to.deep.equal({ value: goal - 1, target: goal, remaining: 1, fraction: (goal - 1) / goal });
      const el = await block(doc(currency, goal, goal - 1));
      expect(partText(el, 'tier-name')).to.equal('VIP tier: Bronze');
      expect(partText(el, 'progress-label')).to.equal(`Spend ${short} more by Dec 31, 2026 to reach Silver`);
      const bar = part(el, 'progress-bar')!;
      expect(bar.getAttribute('aria-valuenow')).to.equal(String(goal - 1));
      expect(bar.getAttribute('aria-valuemax')).to.equal(String(goal));
      expect(el.status?.progress).to.deep.equal(status.progress);
      const silverGoal = deepAll(el, '[part~="tier-goal"]')[1];
      expect(silverGoal?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(`Spend ${shown}`);
    });

    if (unitShort) {
      it(`in ${currency}, one major unit (${unit} minor units) short of Silver says "${unitShort} more to reach Silver"`, async () => {
        expect(engineStatus(currency, goal, goal - unit).progress?.remaining).to.equal(unit);
        const el = await block(doc(currency, goal, goal - unit));
        expect(partText(el, 'progress-label')).to.equal(`Spend ${unitShort} more by Dec 31, 2026 to reach Silver`);
      });
    }

    it(`in ${currency}, exactly at the goal the shopper is Silver`, async () => {
      const status = engineStatus(currency, goal, goal);
      expect(status.tier?.id).to.equal('silver');
      expect(status.progress).to.deep.equal({ value: goal, target: goal * 2, remaining: goal, fraction: 0.5 });
      const el = await block(doc(currency, goal, goal));
      expect(partText(el, 'tier-name')).to.equal('VIP tier: Silver');
      // Gold's goal is twice Silver's: the rest of the way is one more Silver goal.
      expect(partText(el, 'progress-label')).to.equal(`Spend ${shown} more by Dec 31, 2026 to reach Gold`);
      expect(part(el, 'progress-bar')!.getAttribute('aria-valuenow')).to.equal(String(goal));
      expect(part(el, 'progress-bar')!.getAttribute('aria-valuemax')).to.equal(String(goal * 2));
    });
  }
});
