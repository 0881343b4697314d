import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/elements/define-element.js';
import { VipTierHistory } from '../../src/elements/vip-tier-history/vip-tier-history.js';
import { account, order } from '../support/account.js';
import { part, parts } from '../support/elements.js';
import { evaluated, guest, hiddenProgram, text, view } from './pieces.support.js';

defineElement('vip-tier-history', VipTierHistory);

// America/New_York, calendar year, Bronze 0, Silver $500.00, Gold $1,000.00; joined 10 February 2023; now
// 25 November 2026. Gold reached 10 June 2024 (held through 2025), Silver in March 2025: on 1 January 2026 Gold
// lapses to Silver.
const goldThenSilver = () => evaluated(account({
  activity: [order('2024-06-10T15:00:00Z', 100000), order('2025-03-04T15:00:00Z', 50000)],
}));

const lines = (el: Element) => parts(el, 'history-item').map((item) => text(item));

describe('<vip-tier-history>', () => {
  it('shows the tier changes newest first under "Your history", collapsed by default', async () => {
    const el = await fixture<VipTierHistory>(html`<vip-tier-history .view=${view(goldThenSilver())}></vip-tier-history>`);
    const details = part(el, 'history') as HTMLDetailsElement;
    expect(details.localName).to.equal('details');
    expect(details.open).to.equal(false);
    expect(text(part(el, 'history-title'))).to.equal('Your history');
    // Bronze is shown once, when the shopper joined, not again every 1 January.
    expect(lines(el)).to.deep.equal([
      'Gold expired · Jan 1, 2026 → Silver',
      'Reached Silver · Mar 4, 2025',
      'Reached Gold · Jun 10, 2024',
      'Reached Silver · Jun 10, 2024',
      'Reached Bronze · Feb 10, 2023',
    ]);
    expect(parts(el, 'history-expiry')).to.have.length(1);
    expect(parts(el, 'history-entry')).to.have.length(4);
    await expect(el).to.be.accessible();
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('dates each change on the store\'s calendar, not the browser\'s', async () => {
    // 10 June 2024 02:00Z is still 9 June in New York (the browser runs in Tokyo, where it is 10 June).
    const el = await fixture<VipTierHistory>(html`<vip-tier-history
      .view=${view(evaluated(account({ program: { milestone: 'lifetime' }, activity: [order('2024-06-10T02:00:00Z', 60000)] })))}
    ></vip-tier-history>`);
    expect(lines(el)[0]).to.equal('Reached Silver · Jun 9, 2024');
  });

  it('says when a tier was granted and when a rolling tier lapsed to no tier', async () => {
    const granted = evaluated(account({ program: { milestone: 'lifetime' }, activity: [],
      grants: [{ id: 'g-1', tierId: 'gold', at: '2025-09-01T12:00:00Z', reward: false }] }));
    const el = await fixture<VipTierHistory>(html`<vip-tier-history .view=${view(granted)}></vip-tier-history>`);
    expect(lines(el).slice(0, 2)).to.deep.equal(['Gold granted · Sep 1, 2025', 'Silver granted · Sep 1, 2025']);
    const silverOnly = [{ id: 'silver', name: 'Silver', goal: 50000, entryRewards: [], perks: [] }];
    const lapsed = evaluated(account({ program: { milestone: 'rolling_12_months', tiers: silverOnly },
      activity: [order('2024-06-10T15:00:00Z', 60000)] }));
    const el2 = await fixture<VipTierHistory>(html`<vip-tier-history .view=${view(lapsed)}></vip-tier-history>`);
    expect(lines(el2)).to.deep.equal(['Silver expired · Jun 11, 2026', 'Reached Silver · Jun 10, 2024']);
    await expect(el2).to.be.accessible();
  });

  it('shows nothing to a guest or for a hidden program, and a skeleton while loading', async () => {
    for (const status of [guest(), hiddenProgram('disabled'), hiddenProgram('recalculating')]) {
      const el = await fixture<VipTierHistory>(html`<vip-tier-history .view=${view(status)}></vip-tier-history>`);
      expect([el.hidden, part(el, 'history')]).to.deep.equal([true, undefined]);
    }
    const loading = await fixture<VipTierHistory>(html`<vip-tier-history .view=${view()}></vip-tier-history>`);
    expect(part(loading, 'skeleton')?.getAttribute('aria-hidden')).to.equal('true');
    expect(part(loading, 'history')).to.equal(undefined);
    await expect(loading).to.be.accessible();
  });

  it('says so when nothing has changed yet', async () => {
    const noBase = [{ id: 'silver', name: 'Silver', goal: 50000, entryRewards: [], perks: [] }];
    const el = await fixture<VipTierHistory>(html`<vip-tier-history
      .view=${view(evaluated(account({ program: { tiers: noBase } })))}></vip-tier-history>`);
    expect(text(part(el, 'history-list'))).to.equal('No tier changes yet.');
    await expect(el).to.be.accessible();
  });
});
