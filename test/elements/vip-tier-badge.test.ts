import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/elements/define-element.js';
import { VipTierBadge } from '../../src/elements/vip-tier-badge/vip-tier-badge.js';
import { gold, order, silver } from '../support/account.js';
import { part } from '../support/elements.js';
import {
  evaluated, goldShopper, guest, hiddenProgram, provided, silverShopper, text, view, withProgram,
} from './pieces.support.js';

/** A program without a goal-0 tier and a shopper below its first goal (R3). */
const noTier = () => evaluated(withProgram({ tiers: [silver, gold] }, { activity: [order('2026-06-01T15:00:00Z', 2500)] }));

defineElement('vip-tier-badge', VipTierBadge);

describe('<vip-tier-badge>', () => {
  it('shows a skeleton that takes the space of the badge while loading', async () => {
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view()}></vip-tier-badge>`);
    const skeleton = part(el, 'skeleton')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(part(el, 'tier-name')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows the tier name in the tier colour and the date it is valid until', async () => {
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view(silverShopper())}></vip-tier-badge>`);
    expect(text(part(el, 'tier-name'))).to.equal('VIP tier: Silver');
    // Grey Silver adjusted to 3:1 on the surface and track in each scheme (test/elements/contrast.test.ts).
    expect(el.style.getPropertyValue('--vip-tier-color')).to.equal('light-dark(rgb(110 113 116), rgb(150 152 156))');
    expect(text(part(el, 'valid-until'))).to.equal('Valid until Dec 31, 2027');
    expect(el.hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows "–" and no validity when the shopper has no tier', async () => {
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view(noTier())}></vip-tier-badge>`);
    expect(text(part(el, 'tier-name'))).to.equal('VIP tier: –');
    expect(part(el, 'tier-name')!.getAttribute('part')).to.equal('tier-name no-tier');
    expect(part(el, 'valid-until')).to.equal(undefined);
    expect(el.style.getPropertyValue('--vip-tier-color')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows no validity for the goal-0 tier, which cannot be lost', async () => {
    const bronzeShopper = evaluated(withProgram({}, { activity: [order('2026-06-01T15:00:00Z', 2500)] }));
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view(bronzeShopper)}></vip-tier-badge>`);
    expect(text(part(el, 'tier-name'))).to.equal('VIP tier: Bronze');
    expect(bronzeShopper.tierValidThrough).to.equal('2027-12-31');
    expect(part(el, 'valid-until')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows the tier image in a fixed box, named by the tier', async () => {
    // The box, not the picture (100 × 50), decides the size.
    const withImage = evaluated(withProgram(
      { tiers: [{ ...silver, image: '/test/support/tier.svg' }, gold] },
      { activity: [order('2026-06-01T15:00:00Z', 88000)] },
    ));
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view(withImage)}></vip-tier-badge>`);
    const img = part(el, 'tier-image') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('/test/support/tier.svg');
    expect(img.alt).to.equal('Silver');
    const box = img.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([40, 40]);
    await expect(el).to.be.accessible();
  });

  it('shows no validity date for a lifetime tier', async () => {
    const lifetime = evaluated(withProgram({ milestone: 'lifetime' }, { activity: [order('2026-06-01T15:00:00Z', 88000)] }));
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view(lifetime)}></vip-tier-badge>`);
    expect(text(part(el, 'tier-name'))).to.equal('VIP tier: Silver');
    expect(part(el, 'valid-until')).to.equal(undefined);
  });

  it('invites a guest to sign in at the login URL', async () => {
    const el = await fixture<VipTierBadge>(
      html`<vip-tier-badge .view=${view(guest(), { loginUrl: '/login?return=rewards' })}></vip-tier-badge>`,
    );
    const link = part(el, 'sign-in') as HTMLAnchorElement;
    expect(text(link)).to.equal('Sign in to see your VIP tier');
    expect(link.getAttribute('href')).to.equal('/login?return=rewards');
    expect(part(el, 'tier-name')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  for (const state of ['disabled', 'recalculating'] as const) {
    it(`renders nothing and hides itself when the program is ${state}`, async () => {
      const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view(hiddenProgram(state))}></vip-tier-badge>`);
      expect(el.hidden).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('renders nothing on an error without a last good status (the provider shows the error)', async () => {
    const failed = view(undefined, { phase: 'error', error: { message: 'Invalid document', issues: [] } });
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${failed}></vip-tier-badge>`);
    expect(el.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps showing the last good tier when a refresh fails', async () => {
    const stale = view(silverShopper(), { phase: 'error', stale: true, error: { message: 'Network error', issues: [] } });
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${stale}></vip-tier-badge>`);
    expect(text(part(el, 'tier-name'))).to.equal('VIP tier: Silver');
    expect(el.hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows itself again when the program comes back from recalculating', async () => {
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view(hiddenProgram('recalculating'))}></vip-tier-badge>`);
    el.view = view(silverShopper());
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
    expect(text(part(el, 'tier-name'))).to.equal('VIP tier: Silver');
  });

  it('follows the status of the nearest provider as it changes', async () => {
    const { el, provider } = await provided<VipTierBadge>('vip-tier-badge', view());
    expect(part(el, 'skeleton')?.getAttribute('aria-hidden')).to.equal('true');
    provider.setValue(view(goldShopper()));
    await el.updateComplete;
    expect(text(part(el, 'tier-name'))).to.equal('VIP tier: Gold');
    expect(el.style.getPropertyValue('--vip-tier-color')).to.equal('light-dark(rgb(147 107 9), rgb(191 146 35))');
  });

  it('prefers its own view property over the provider', async () => {
    const { el } = await provided<VipTierBadge>('vip-tier-badge', view(silverShopper()));
    el.view = view(noTier());
    await el.updateComplete;
    expect(text(part(el, 'tier-name'))).to.equal('VIP tier: –');
  });

  it('formats the date in the shopper locale and takes message overrides', async () => {
    const el = await fixture<VipTierBadge>(
      html`<vip-tier-badge
        .view=${view(silverShopper(), { locale: 'de-DE' })}
        .messages=${{ validUntil: (date: string) => `Gültig bis ${date}`, tierLabel: 'VIP-Stufe' }}
      ></vip-tier-badge>`,
    );
    expect(text(part(el, 'valid-until'))).to.equal('Gültig bis 31.12.2027');
    expect(text(part(el, 'tier-name'))).to.equal('VIP-Stufe: Silver');
  });
});
