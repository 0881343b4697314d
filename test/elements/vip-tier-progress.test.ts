import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/elements/define-element.js';
import { VipTierProgress } from '../../src/elements/vip-tier-progress/vip-tier-progress.js';
import type { VipStatus } from '../../src/engine/types.js';
import { bronze, gold, order, points, silver } from '../support/account.js';
import { part } from '../support/elements.js';
import {
  evaluated, goldShopper, guest, heldFromLastYear, hiddenProgram, silverShopper, text, view, withProgram,
} from './pieces.support.js';

const at = '2026-06-01T15:00:00Z';

/** Tiers of a points or orders program: Silver at `silverGoal`, Gold at `goldGoal`. */
const goals = (silverGoal: number, goldGoal: number) => [bronze, { ...silver, goal: silverGoal }, { ...gold, goal: goldGoal }];

const pointsShopper = (earned: number) =>
  evaluated(withProgram({ entryMethod: 'points_earned', tiers: goals(5000, 10000) }, { activity: [points(at, earned)] }));

const ordersShopper = (count: number) =>
  evaluated(withProgram(
    { entryMethod: 'orders_placed', tiers: goals(2, 5) },
    { activity: Array.from({ length: count }, () => order(at, 1000)) },
  ));

/** Goals in the currency's ISO 4217 minor units (yen, fils, sen): Silver 50,000, Gold 100,000. */
const spentIn = (currency: string, spent: number) =>
  evaluated(withProgram({ currency }, { activity: [order(at, spent)] }));

defineElement('vip-tier-progress', VipTierProgress);

const render = (value: VipStatus, locale = 'en-US') =>
  fixture<VipTierProgress>(html`<vip-tier-progress .view=${view(value, { locale })}></vip-tier-progress>`);

describe('<vip-tier-progress>', () => {
  it('shows a skeleton of the label and the bar while loading', async () => {
    const el = await fixture<VipTierProgress>(html`<vip-tier-progress .view=${view()}></vip-tier-progress>`);
    expect(part(el, 'skeleton')!.children.length).to.equal(2);
    expect(part(el, 'skeleton')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(part(el, 'progress-bar')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says how much more to spend to reach the next tier', async () => {
    const el = await render(silverShopper());
    expect(text(part(el, 'progress-label'))).to.equal('$120.00 more to reach Gold');
    await expect(el).to.be.accessible();
  });

  it('exposes the bar as a progressbar with its range, value, text and name', async () => {
    const el = await render(silverShopper());
    const bar = part(el, 'progress-bar')!;
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('100000');
    expect(bar.getAttribute('aria-valuenow')).to.equal('88000');
    expect(bar.getAttribute('aria-valuetext')).to.equal('$120.00 more to reach Gold');
    expect(bar.getAttribute('aria-label')).to.equal('Progress to Gold');
  });

  it('fills the bar by the fraction through a custom property set from script', async () => {
    const el = await render(silverShopper());
    const bar = part(el, 'progress-bar')!;
    expect(bar.style.getPropertyValue('--vip-fraction')).to.equal('0.88');
    const fill = part(el, 'progress-fill')!;
    expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(0.88, 0.01);
  });

  it('words points in their unit', async () => {
    const el = await render(pointsShopper(8800));
    expect(text(part(el, 'progress-label'))).to.equal('1,200 points more to reach Gold');
    expect(part(el, 'progress-bar')!.getAttribute('aria-valuemax')).to.equal('10000');
  });

  it('words one order and several orders with their plural', async () => {
    const one = await render(ordersShopper(4));
    expect(text(part(one, 'progress-label'))).to.equal('1 order more to reach Gold');
    const three = await render(ordersShopper(2));
    expect(text(part(three, 'progress-label'))).to.equal('3 orders more to reach Gold');
  });

  it('shows yen without decimals and dinars with three', async () => {
    const yen = await render(spentIn('JPY', 98800));
    expect(text(part(yen, 'progress-label'))).to.equal('¥1,200 more to reach Gold');
    const dinar = await render(spentIn('KWD', 87655));
    expect(text(part(dinar, 'progress-label'))).to.equal('KWD 12.345 more to reach Gold');
  });

  it('reads rupiah in hundredths and Iraqi dinars in thousandths (ISO 4217), shown with the digits Intl shows', async () => {
    // 12,000 minor units left: IDR 120 and IQD 12, in this engine's display digits (Chromium: none; Firefox and
    // Safari: two for IDR, three for IQD).
    const shown = (currency: string, major: string): string =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(major as unknown as number).replace(/\s+/g, ' ');
    const rupiah = await render(spentIn('IDR', 88000));
    expect(text(part(rupiah, 'progress-label'))).to.equal(`${shown('IDR', '120')} more to reach Gold`);
    const iraqiDinar = await render(spentIn('IQD', 88000));
    expect(text(part(iraqiDinar, 'progress-label'))).to.equal(`${shown('IQD', '12')} more to reach Gold`);
    if (navigator.userAgent.includes('Chrome')) expect(shown('IDR', '120')).to.equal('IDR 120');
  });

  it('formats money in the shopper locale', async () => {
    const el = await render(silverShopper(), 'de-DE');
    expect(text(part(el, 'progress-label'))).to.equal('120,00 $ more to reach Gold');
  });

  it('says the top tier is reached, without a bar', async () => {
    const el = await render(goldShopper());
    expect(text(part(el, 'progress-label'))).to.equal("You've reached the top tier");
    expect(part(el, 'progress-bar')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says what to spend by the end of the year to keep a tier held from last year', async () => {
    const el = await render(heldFromLastYear());
    expect(text(part(el, 'progress-label'))).to.equal('$900.00 more to reach Gold');
    expect(text(part(el, 'keep'))).to.equal('Spend $400.00 by Dec 31, 2026 to keep Silver in 2027');
    await expect(el).to.be.accessible();
  });

  it('says what keeps a rolling 12-month tier, by its last valid day (R11)', async () => {
    // $600.00 on 10 June 2025 left the window on 11 June 2026: Silver is held through 10 June 2027.
    const el = await render(evaluated(withProgram({ milestone: 'rolling_12_months' }, { activity: [order('2025-06-10T15:00:00Z', 60000)] })));
    expect(text(part(el, 'keep'))).to.equal('Spend $500.00 by Jun 10, 2027 to keep Silver');
    await expect(el).to.be.accessible();
  });

  it('words the keep sentence in points at the top tier', async () => {
    const held = evaluated(withProgram(
      { entryMethod: 'points_earned', tiers: goals(5000, 10000) },
      { activity: [points('2025-05-01T15:00:00Z', 10000), points('2026-05-01T15:00:00Z', 9999)] },
    ));
    const el = await render(held);
    expect(text(part(el, 'progress-label'))).to.equal("You've reached the top tier");
    expect(text(part(el, 'keep'))).to.equal('Earn 1 point by Dec 31, 2026 to keep Gold in 2027');
  });

  it('shows progress to the first tier for a shopper with no tier yet', async () => {
    const el = await render(evaluated(withProgram({ tiers: [silver, gold] }, { activity: [order(at, 2500)] })));
    expect(text(part(el, 'progress-label'))).to.equal('$475.00 more to reach Silver');
    expect(part(el, 'progress-bar')!.getAttribute('aria-label')).to.equal('Progress to Silver');
  });

  it('shows nothing to a guest', async () => {
    const el = await render(guest());
    expect(el.hidden).to.equal(true);
    expect(part(el, 'progress-label')).to.equal(undefined);
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
      html`<vip-tier-progress .view=${view(silverShopper(), { phase: 'error', stale: true })}></vip-tier-progress>`,
    );
    expect(text(part(el, 'progress-label'))).to.equal('$120.00 more to reach Gold');
    await expect(el).to.be.accessible();
  });
});
