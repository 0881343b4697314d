import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/elements/define-element.js';
import { VipTierProgress } from '../../src/elements/vip-tier-progress/vip-tier-progress.js';
import { gold, guest, hiddenProgram, part, silver, status, text, view } from './pieces.support.js';
import type { VipStatus } from '../../src/engine/types.js';

defineElement('vip-tier-progress', VipTierProgress);

const render = (value: VipStatus, locale = 'en-US') =>
  fixture<VipTierProgress>(html`<vip-tier-progress .view=${view(value, { locale })}></vip-tier-progress>`);

describe('<vip-tier-progress>', () => {
  it('shows a skeleton of the label and the bar while loading', async () => {
    const el = await fixture<VipTierProgress>(html`<vip-tier-progress .view=${view()}></vip-tier-progress>`);
    expect(part(el, 'skeleton')!.children.length).to.equal(2);
    expect(part(el, 'skeleton')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(part(el, 'progress-bar')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says how much more to spend to reach the next tier', async () => {
    const el = await render(status());
    expect(text(part(el, 'progress-label'))).to.equal('$120.00 more to reach Gold');
    await expect(el).to.be.accessible();
  });

  it('exposes the bar as a progressbar with its range, value, text and name', async () => {
    const el = await render(status());
    const bar = part(el, 'progress-bar')!;
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('100000');
    expect(bar.getAttribute('aria-valuenow')).to.equal('88000');
    expect(bar.getAttribute('aria-valuetext')).to.equal('$120.00 more to reach Gold');
    expect(bar.getAttribute('aria-label')).to.equal('Progress to Gold');
  });

  it('fills the bar by the fraction through a custom property set from script', async () => {
    const el = await render(status());
    const bar = part(el, 'progress-bar')!;
    expect(bar.style.getPropertyValue('--vip-fraction')).to.equal('0.88');
    const fill = part(el, 'progress-fill')!;
    expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(0.88, 0.01);
  });

  it('words points in their unit', async () => {
    const el = await render(status({ unit: 'points', progress: { value: 8800, target: 10000, remaining: 1200, fraction: 0.88 } }));
    expect(text(part(el, 'progress-label'))).to.equal('1,200 points more to reach Gold');
    expect(part(el, 'progress-bar')!.getAttribute('aria-valuemax')).to.equal('10000');
  });

  it('words one order and several orders with their plural', async () => {
    const one = await render(status({ unit: 'orders', progress: { value: 4, target: 5, remaining: 1, fraction: 0.8 } }));
    expect(text(part(one, 'progress-label'))).to.equal('1 order more to reach Gold');
    const three = await render(status({ unit: 'orders', progress: { value: 2, target: 5, remaining: 3, fraction: 0.4 } }));
    expect(text(part(three, 'progress-label'))).to.equal('3 orders more to reach Gold');
  });

  it('shows yen without decimals and dinars with three', async () => {
    const yen = await render(status({ currency: 'JPY', progress: { value: 8800, target: 10000, remaining: 1200, fraction: 0.88 } }));
    expect(text(part(yen, 'progress-label'))).to.equal('¥1,200 more to reach Gold');
    const dinar = await render(status({ currency: 'KWD', progress: { value: 87655, target: 100000, remaining: 12345, fraction: 0.87655 } }));
    expect(text(part(dinar, 'progress-label'))).to.equal('KWD 12.345 more to reach Gold');
  });

  it('formats money in the shopper locale', async () => {
    const el = await render(status(), 'de-DE');
    expect(text(part(el, 'progress-label'))).to.equal('120,00 $ more to reach Gold');
  });

  it('says the top tier is reached, without a bar', async () => {
    const el = await render(status({ tier: gold, nextTier: null, progress: null }));
    expect(text(part(el, 'progress-label'))).to.equal("You've reached the top tier");
    expect(part(el, 'progress-bar')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says what to spend by the end of the year to keep a tier held from last year', async () => {
    const held = status({
      tierValidThrough: '2026-12-31',
      progress: { value: 10000, target: 100000, remaining: 90000, fraction: 0.1 },
      keep: { tierId: 'silver', remaining: 40000, by: '2027-01-01T05:00:00.000Z', byDate: '2026-12-31' },
    });
    const el = await render(held);
    expect(text(part(el, 'progress-label'))).to.equal('$900.00 more to reach Gold');
    expect(text(part(el, 'keep'))).to.equal('Spend $400.00 by Dec 31, 2026 to keep Silver in 2027');
    await expect(el).to.be.accessible();
  });

  it('words the keep sentence in points at the top tier', async () => {
    const held = status({
      unit: 'points', tier: gold, nextTier: null, progress: null,
      keep: { tierId: 'gold', remaining: 1, by: '2027-01-01T05:00:00.000Z', byDate: '2026-12-31' },
    });
    const el = await render(held);
    expect(text(part(el, 'progress-label'))).to.equal("You've reached the top tier");
    expect(text(part(el, 'keep'))).to.equal('Earn 1 point by Dec 31, 2026 to keep Gold in 2027');
  });

  it('shows progress to the first tier for a shopper with no tier yet', async () => {
    const el = await render(status({ tier: null, nextTier: silver, progress: { value: 2500, target: 50000, remaining: 47500, fraction: 0.05 } }));
    expect(text(part(el, 'progress-label'))).to.equal('$475.00 more to reach Silver');
    expect(part(el, 'progress-bar')!.getAttribute('aria-label')).to.equal('Progress to Silver');
  });

  it('shows nothing to a guest', async () => {
    const el = await render(guest());
    expect(el.hidden).to.equal(true);
    expect(part(el, 'progress-label')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const state of ['disabled', 'recalculating'] as const) {
    it(`shows no numbers when the program is ${state}`, async () => {
      const el = await render(hiddenProgram(state));
      expect(el.hidden).to.equal(true);
      expect(text(el.shadowRoot!.firstElementChild)).to.equal('');
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the same numbers when a refresh fails', async () => {
    const el = await fixture<VipTierProgress>(
      html`<vip-tier-progress .view=${view(status(), { phase: 'error', stale: true })}></vip-tier-progress>`,
    );
    expect(text(part(el, 'progress-label'))).to.equal('$120.00 more to reach Gold');
    await expect(el).to.be.accessible();
  });
});
