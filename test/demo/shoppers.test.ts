import { expect } from '@open-wc/testing';
import { accountDocument, badAccountDocument, type ProgramState } from '../../demo/handlers.js';
import { generatedAt, shoppers, type ShopperId } from '../../demo/shoppers.js';
import { evaluate, parseAccount } from '../../src/engine/index.js';
import type { VipStatus } from '../../src/engine/types.js';

/** What the widget renders for a demo shopper: the engine's status at the documents' `generatedAt`. */
function statusOf(shopper: ShopperId, program: ProgramState = 'enabled'): VipStatus {
  const result = parseAccount(accountDocument(shopper, program));
  if (!result.ok) throw new Error(`${shopper}: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return evaluate(result.account);
}

describe('demo shoppers', () => {
  it('computes every document from one fixed generatedAt, today on the demo page', () => {
    for (const shopper of shoppers) expect(shopper.document.generatedAt, shopper.id).to.equal(generatedAt);
    expect(generatedAt).to.equal('2026-11-25T10:00:00Z');
  });

  it('gives every shopper a distinct id and label', () => {
    expect(new Set(shoppers.map((s) => s.id)).size).to.equal(shoppers.length);
    expect(new Set(shoppers.map((s) => s.label)).size).to.equal(shoppers.length);
  });

  for (const shopper of shoppers) {
    for (const program of ['enabled', 'disabled', 'recalculating'] as const) {
      it(`parses the document of "${shopper.label}" with the program ${program}`, () => {
        const result = parseAccount(accountDocument(shopper.id, program));
        expect(result.ok ? [] : result.issues).to.deep.equal([]);
      });
    }
  }

  it('shows the guest every tier but no tier, progress or entries of their own', () => {
    const status = statusOf('guest');
    expect(status.state).to.equal('guest');
    expect(status.tiers.map((t) => t.name)).to.deep.equal(['Bronze', 'Silver', 'Gold']);
    expect(status.tier).to.equal(null);
    expect(status.progress).to.equal(null);
    expect(status.entries).to.deep.equal([]);
  });

  it('places the new member at Bronze with $476.00 left to Silver', () => {
    const status = statusOf('new-member');
    expect(status.state).to.equal('active');
    expect(status.tier?.id).to.equal('bronze');
    expect(status.nextTier?.id).to.equal('silver');
    expect(status.progress).to.include({ value: 2400, target: 50000, remaining: 47600 });
  });

  it('shows Ann at Silver, exactly halfway to Gold, valid through next year', () => {
    const status = statusOf('halfway');
    expect(status.tier?.id).to.equal('silver');
    expect(status.nextTier?.id).to.equal('gold');
    expect(status.progress).to.deep.equal({ value: 50000, target: 100000, remaining: 50000, fraction: 0.5 });
    expect(status.tierValidThrough).to.equal('2027-12-31');
    expect(status.keep).to.equal(null);
  });

  it('holds Noor\'s Silver on a rolling 12 months through 20 October 2027, $150.00 from keeping it (R11)', () => {
    const status = statusOf('rolling');
    expect(status.tier?.id).to.equal('silver');
    expect(status.progress).to.deep.include({ value: 35000, target: 100000, remaining: 65000 });
    expect([status.tierExpiresAt, status.tierValidThrough]).to.deep.equal(['2027-10-21T04:00:00.000Z', '2027-10-20']);
    expect(status.keep).to.deep.equal({ tierId: 'silver', remaining: 15000, by: '2027-10-21T04:00:00.000Z', byDate: '2027-10-20', year: null });
  });

  it('shows Raj at Silver, one cent from Gold, with the bar not yet full', () => {
    const status = statusOf('one-step');
    expect(status.tier?.id).to.equal('silver');
    expect(status.nextTier?.id).to.equal('gold');
    expect(status.progress?.value).to.equal(99999);
    expect(status.progress?.remaining).to.equal(1);
    expect(status.progress?.fraction).to.be.below(1);
  });

  it('shows Sofia at Gold, the top tier, with no next goal and a used Silver coupon', () => {
    const status = statusOf('top-tier');
    expect(status.tier?.id).to.equal('gold');
    expect(status.nextTier).to.equal(null);
    expect(status.progress).to.equal(null);
    expect(status.coupons.map((c) => [c.code, c.state])).to.deep.equal([
      ['VIP-G0LD', 'active'],
      ['VIP-S1LV', 'used'],
    ]);
  });

  it('shows Tom Silver held from 2025 and $400.00 still to spend by Dec 31, 2026 to keep it', () => {
    const status = statusOf('keep-tier');
    expect(status.tier?.id).to.equal('silver');
    expect(status.keep).to.include({ tierId: 'silver', remaining: 40000, byDate: '2026-12-31', year: 2027 });
    expect(status.tierValidThrough).to.equal('2026-12-31');
    expect(status.progress).to.include({ value: 10000, target: 100000 });
    expect(status.coupons.map((c) => c.state)).to.deep.equal(['expired']);
  });

  it('shows Leo entered Silver unrewarded and Gold rewarded by one large order', () => {
    const status = statusOf('skipped-tiers');
    expect(status.tier?.id).to.equal('gold');
    const entries = status.entries.map((e) => [e.tierId, e.rewarded]);
    expect(entries).to.deep.include(['silver', false]);
    expect(entries).to.deep.include(['gold', true]);
    expect(entries.findIndex(([id]) => id === 'silver')).to.be.below(entries.findIndex(([id]) => id === 'gold'));
  });

  it('lists Kim’s active coupons first, soonest expiry first, then the used and expired ones', () => {
    const status = statusOf('coupons');
    expect(status.tier?.id).to.equal('silver');
    const [first, second, ...rest] = status.coupons;
    expect([first?.code, first?.state, first?.daysLeft]).to.deep.equal(['THANKS-5', 'active', 12]);
    expect([second?.code, second?.state]).to.deep.equal(['SHIPFREE', 'active']);
    expect(rest.map((c) => [c.code, c.state])).to.have.deep.members([
      ['VIP-K1M0', 'used'],
      ['SPRING-15', 'expired'],
    ]);
  });

  it('counts Ines’s points without the tier bonus: VIP with 1,750 points to Elite', () => {
    const status = statusOf('points-program');
    expect(status.unit).to.equal('points');
    expect(status.tier?.id).to.equal('vip');
    expect(status.nextTier?.id).to.equal('elite');
    expect(status.progress).to.include({ value: 3250, target: 5000, remaining: 1750 });
    expect(status.tierExpiresAt).to.equal(null);
    expect(status.tier?.image).to.equal('/tiers/vip.svg');
    expect(status.coupons.map((c) => [c.code, c.state])).to.deep.equal([
      ['GLOW-10', 'active'], ['SUMMER-5', 'expired'], ['WELCOME-VIP', 'used'],
    ]);
  });

  it('counts Ben’s orders without the cancelled and refunded ones: Barista with 5 orders to Roaster', () => {
    const status = statusOf('orders-program');
    expect(status.unit).to.equal('orders');
    expect(status.tier?.id).to.equal('barista');
    expect(status.progress).to.include({ value: 5, target: 10, remaining: 5 });
  });

  it('counts Yuki’s spend in yen: Silver with ¥35,200 to Gold', () => {
    const status = statusOf('jpy-store');
    expect(status.currency).to.equal('JPY');
    expect(status.unit).to.equal('money');
    expect(status.tier?.id).to.equal('silver');
    expect(status.progress).to.include({ value: 64800, target: 100000, remaining: 35200 });
    expect(status.coupons.map((c) => c.state)).to.deep.equal(['expired']);
  });

  it('shows Lee, imported from the orders export, at Gold carried over by a grant, $387.60 from keeping it', () => {
    // Gold granted 1 September 2025 without rewards; 2026: $189.90 + ($320.00 − $45.50) + $148.00 = $612.40.
    const status = statusOf('imported');
    expect(status.tier?.id).to.equal('gold');
    expect(status.tierValidThrough).to.equal('2026-12-31');
    expect(status.keep).to.include({ tierId: 'gold', remaining: 38760, byDate: '2026-12-31', year: 2027 });
    expect(status.entries.filter((e) => e.grantId !== undefined).map((e) => [e.tierId, e.rewarded])).to.deep.equal([['silver', false], ['gold', false]]);
  });

  it('hides every shopper’s numbers while the program is disabled or recalculating', () => {
    for (const shopper of shoppers) {
      for (const program of ['disabled', 'recalculating'] as const) {
        const status = statusOf(shopper.id, program);
        expect(status.state, `${shopper.id} ${program}`).to.equal(program);
        expect(status.tier, `${shopper.id} ${program}`).to.equal(null);
        expect(status.progress, `${shopper.id} ${program}`).to.equal(null);
      }
    }
  });

  it('rejects the bad document, naming the negative goal', () => {
    const result = parseAccount(badAccountDocument('halfway'));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).to.include('program.tiers.1.goal');
  });
});
