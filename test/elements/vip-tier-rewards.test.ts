import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/elements/define-element.js';
import { VipTierRewards } from '../../src/elements/vip-tier-rewards/vip-tier-rewards.js';
import type { VipStatus } from '../../src/engine/types.js';
import { bronze, order } from '../support/account.js';
import { part, parts } from '../support/elements.js';
import { evaluated, guest, hiddenProgram, silverShopper, text, view, withProgram } from './pieces.support.js';

/** A shopper at the only tier of a program, whose rewards and perks are given. */
const onlyTier = (tier: Record<string, unknown>, program: Record<string, unknown> = {}) =>
  evaluated(withProgram({ tiers: [{ ...bronze, ...tier }], ...program }));

defineElement('vip-tier-rewards', VipTierRewards);

const render = (value: VipStatus, tierId?: string) =>
  fixture<VipTierRewards>(
    html`<vip-tier-rewards .view=${view(value)} tier-id=${tierId ?? ''}></vip-tier-rewards>`,
  );

const rewards = (el: Element) => parts(el, 'reward').map(text);

describe('<vip-tier-rewards>', () => {
  it('shows a skeleton of three lines while loading', async () => {
    const el = await fixture<VipTierRewards>(html`<vip-tier-rewards .view=${view()}></vip-tier-rewards>`);
    expect(part(el, 'skeleton')!.children.length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it("lists the current tier's entry rewards, marked as received once, then its perks", async () => {
    const el = await render(silverShopper());
    expect(part(el, 'rewards')!.getAttribute('aria-label')).to.equal('Silver rewards and perks');
    expect(rewards(el)).to.deep.equal([
      '500 bonus points, received Jun 1, 2026',
      '$10.00 off coupon, valid 180 days, received Jun 1, 2026',
      '1.5× points',
      '200 points on your birthday',
    ]);
    expect(parts(el, 'entry-reward')).to.have.length(2);
    expect(parts(el, 'perk')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows another tier named by tier-id: free shipping coupon, free shipping, custom perk', async () => {
    const el = await render(silverShopper(), 'gold');
    expect(rewards(el)).to.deep.equal(['Free shipping coupon, valid 365 days', 'Free shipping', 'Early access to sales']);
  });

  it('words percentage coupons, coupons without expiry and single days', async () => {
    const tier = {
      entryRewards: [
        { type: 'coupon', title: '15% off', discount: { kind: 'percentage', percent: 15 } },
        { type: 'coupon', title: '¥500 off', discount: { kind: 'fixed', amount: 500 }, expiresAfterDays: 1 },
        { type: 'points', points: 1 },
      ],
      perks: [{ type: 'points_multiplier', multiplier: 2 }, { type: 'birthday_points', points: 1000 }],
    };
    const el = await render(onlyTier(tier, { currency: 'JPY' }), 'bronze');
    expect(rewards(el)).to.deep.equal([
      '15% off coupon',
      '¥500 off coupon, valid 1 day',
      '1 bonus point',
      '2× points',
      '1,000 points on your birthday',
    ]);
  });

  it('shows rewards and perks of unknown types by their title, and skips them without one', async () => {
    const el = await render(onlyTier({
      entryRewards: [{ type: 'gift_card', title: 'A $5 gift card' }, { type: 'mystery_box' }],
      perks: [{ type: 'priority_support', title: 'Priority support' }, { type: 'lounge' }],
    }), 'bronze');
    expect(rewards(el)).to.deep.equal(['A $5 gift card', 'Priority support']);
  });

  it('leaves out entry rewards the shopper never received: a tier passed over, or granted without them (R6, R10)', async () => {
    // $1,200.00 in one order: Gold's rewards received, Silver passed over under highest_only.
    const gold = evaluated(withProgram({}, { activity: [order('2026-06-01T15:00:00Z', 120000)] }));
    const own = await render(gold);
    expect(rewards(own)).to.deep.equal(['Free shipping coupon, valid 365 days, received Jun 1, 2026', 'Free shipping', 'Early access to sales']);
    const granted = evaluated(withProgram({}, {
      activity: [],
      grants: [{ id: 'g-1', tierId: 'silver', at: '2026-02-01T00:00:00Z', reward: false }],
    }));
    const el = await render(granted);
    expect(rewards(el)).to.deep.equal(['1.5× points', '200 points on your birthday']);
    expect(parts(el, 'entry-reward')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('renders nothing for a tier with nothing to show', async () => {
    const el = await render(onlyTier({ perks: [] }));
    expect(el.hidden).to.equal(true);
    expect(part(el, 'rewards')).to.equal(undefined);
  });

  it('shows a guest nothing, unless a tier is named', async () => {
    const plain = await render(guest());
    expect(plain.hidden).to.equal(true);
    await expect(plain).to.be.accessible();
    const named = await render(guest(), 'silver');
    expect(rewards(named)).to.have.length(4);
    await expect(named).to.be.accessible();
  });

  it('renders nothing for a tier-id the program does not have', async () => {
    const el = await render(silverShopper(), 'platinum');
    expect(el.hidden).to.equal(true);
  });

  for (const state of ['disabled', 'recalculating'] as const) {
    it(`renders nothing when the program is ${state}`, async () => {
      const el = await render(hiddenProgram(state));
      expect(el.hidden).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps showing the rewards when a refresh fails', async () => {
    const el = await fixture<VipTierRewards>(
      html`<vip-tier-rewards .view=${view(silverShopper(), { phase: 'error', stale: true })}></vip-tier-rewards>`,
    );
    expect(rewards(el)).to.have.length(4);
  });

  it('takes message overrides for reward wording', async () => {
    const el = await fixture<VipTierRewards>(
      html`<vip-tier-rewards
        .view=${view(silverShopper())}
        .messages=${{ multiplier: (f: string) => `Points ×${f}` }}
      ></vip-tier-rewards>`,
    );
    expect(rewards(el)).to.include('Points ×1.5');
  });
});
