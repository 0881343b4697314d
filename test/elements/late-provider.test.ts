import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { VipProgram } from '../../src/elements/vip-program/vip-program.js';
import { account, order } from '../support/account.js';
import { part, partText, settled } from '../support/elements.js';

describe('pieces upgraded before their <vip-program>', () => {
  it('still show the status once the provider around them is registered: Silver, $120.00 more to reach Gold', async () => {
    // The theme's markup is parsed, and the pieces registered by another chunk, before the provider's tag exists.
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = '<vip-late-program><vip-tier-badge></vip-tier-badge><vip-tier-progress></vip-tier-progress></vip-late-program>';
    const el = wrapper.firstElementChild as VipProgram;
    expect(el).not.to.be.instanceOf(VipProgram);

    customElements.define('vip-late-program', class extends VipProgram {});
    // $880.00 spent in March 2026: Silver ($500.00), $120.00 short of Gold ($1,000.00).
    el.account = account({ activity: [order('2026-03-04T15:00:00Z', 88000)] });
    await settled(el);

    expect(partText(el, 'tier-name')).to.contain('Silver');
    expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
    expect(part(el, 'progress-bar')!.getAttribute('aria-valuenow')).to.equal('88000');
  });
});
