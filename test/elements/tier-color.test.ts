import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import type { VipLauncher } from '../../src/elements/vip-launcher/vip-launcher.js';
import { account, coupon, order, points, program, silverAnn } from '../support/account.js';
import { part, partText, settled } from '../support/elements.js';

// Silver's colour in the fixtures is #8a8d91 = rgb(138, 141, 145), 2.3:1 on the light track: the widget darkens it
// to rgb(110, 113, 116) in the light scheme (test/elements/contrast.test.ts). $880.00 spent in March 2026: Silver.
const SILVER = 'rgb(110, 113, 116)';
describe('the tier colour', () => {
  it('fills the progress bar and the reward bullets of <vip-account> in the shopper\'s tier colour', async () => {
    const el = await fixture<VipAccount>(html`<vip-account style="--vip-color-scheme: light" .account=${silverAnn([coupon()])}></vip-account>`);
    await settled(el);
    expect(el.style.getPropertyValue('--vip-tier-color')).to.contain('rgb(110 113 116)');
    expect(getComputedStyle(part(el, 'progress-fill')!).backgroundColor).to.equal(SILVER);
    expect(getComputedStyle(part(el, 'reward')!, '::before').backgroundColor).to.equal(SILVER);
  });

  it('fills the launcher\'s icon, and is not set when the tier\'s colour is not a plain CSS colour', async () => {
    const el = await fixture<VipLauncher>(html`<vip-launcher style="--vip-color-scheme: light" .account=${silverAnn([coupon()])}></vip-launcher>`);
    await settled(el);
    expect(getComputedStyle(part(el, 'launcher-icon')!).fill).to.equal(SILVER);
    await expect(el).to.be.accessible();

    el.account = account({ activity: [order('2026-03-04T15:00:00Z', 88000)], program: program({ tiers: [
      { id: 'member', name: 'Member', goal: 0, entryRewards: [], perks: [] },
      { id: 'plus', name: 'Plus', goal: 50000, color: 'red;background:url(//x)', entryRewards: [], perks: [] },
    ] }) });
    await settled(el);
    expect(el.status?.tier?.name).to.equal('Plus');
    expect(el.style.getPropertyValue('--vip-tier-color')).to.equal('');
  });
});

describe('the progress bar', () => {
  it('keeps aria-valuenow within 0 and the goal when negative adjustments take the year below zero', async () => {
    // Points program: −300 adjustment this year, nothing earned: value −300 toward Silver's 500 points.
    const doc = account({
      program: { entryMethod: 'points_earned', tiers: [
        { id: 'bronze', name: 'Bronze', goal: 0, entryRewards: [], perks: [] },
        { id: 'silver', name: 'Silver', goal: 500, entryRewards: [], perks: [] },
      ] },
      activity: [points('2026-02-01T15:00:00Z', -300, 'adjustment')],
    });
    const el = await fixture<VipAccount>(html`<vip-account .account=${doc}></vip-account>`);
    await settled(el);
    expect(el.status?.progress?.value).to.equal(-300);
    expect(part(el, 'progress-bar')!.getAttribute('aria-valuenow')).to.equal('0');
    expect(partText(el, 'progress-label')).to.equal('Earn 800 more points by Dec 31, 2026 to reach Silver');
  });
});

describe('the now attribute', () => {
  it('previews the program at an instant with an offset, and ignores one without (the browser zone never decides)', async () => {
    // generatedAt 2026-11-25: the March order counts. Previewed at 2026-02-01 it has not happened yet: Bronze.
    const el = await fixture<VipAccount>(html`<vip-account now="2026-02-01T00:00:00-05:00" .account=${silverAnn([coupon()])}></vip-account>`);
    await settled(el);
    expect(el.status?.tier?.name).to.equal('Bronze');

    el.setAttribute('now', '2026-02-01T00:00');
    await settled(el);
    expect(el.status?.tier?.name).to.equal('Silver');
  });
});
