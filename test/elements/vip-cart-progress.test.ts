import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../../src/define.js';
import type { VipCartProgress } from '../../src/elements/vip-cart-progress/vip-cart-progress.js';
import { account, coupon, order, silverAnn } from '../support/account.js';
import { part, partText, settled, useQuickLoads } from '../support/elements.js';
import { serve, useMockApi } from '../support/msw.js';

// The README's example shopper: $129.99 spent in 2026, Bronze, $370.01 short of Silver ($500.00); Gold $1,000.00.
const bronzeAnn = () => account();
// $880.00 in March 2026: Silver, $120.00 short of Gold.
async function cartWith(doc: unknown, attrs: Record<string, string> = {}): Promise<VipCartProgress> {
  const el = document.createElement('vip-cart-progress');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.account = doc;
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

const line = (el: VipCartProgress) => partText(el, 'cart-progress') ?? '';

describe('<vip-cart-progress>', () => {
  useMockApi();
  useQuickLoads();

  it('says when the cart\'s order reaches the next tier, from a cart-total attribute', async () => {
    const el = await cartWith(silverAnn([coupon()]), { 'cart-total': '12000' });
    expect(line(el)).to.equal('This order takes you to Gold!');
    const sentence = part(el, 'cart-progress')!;
    expect(sentence.getAttribute('aria-live')).to.equal('polite');
    expect(sentence.getAttribute('part')).to.equal('cart-progress cart-reaches');
    await expect(el).to.be.accessible();
  });

  it('says what to add to this order, and follows the cart total in the same live region', async () => {
    const el = await cartWith(silverAnn([coupon()]), { 'cart-total': '2000' });
    const sentence = part(el, 'cart-progress');
    expect(line(el)).to.equal('Add $100.00 to this order to reach Gold');
    expect(sentence?.getAttribute('part')).to.equal('cart-progress cart-toward');
    el.cartTotal = 11999;
    await settled(el);
    expect(line(el)).to.equal('Add $0.01 to this order to reach Gold');
    expect(part(el, 'cart-progress')).to.equal(sentence);
    const bronze = await cartWith(bronzeAnn(), { 'cart-total': '37001' });
    expect(line(bronze)).to.equal('This order takes you to Silver!');
    await expect(el).to.be.accessible();
  });

  it('counts the order, not its amount, in an orders program', async () => {
    const tiers = [
      { id: 'regular', name: 'Regular', goal: 0, entryRewards: [], perks: [] },
      { id: 'roaster', name: 'Roaster', goal: 5, entryRewards: [], perks: [] },
      { id: 'master', name: 'Master', goal: 20, entryRewards: [], perks: [] },
    ];
    const doc = account({ program: { entryMethod: 'orders_placed', milestone: 'lifetime', tiers } });
    // One order so far: this one makes 2, so 3 more after it.
    expect(line(await cartWith(doc, { 'cart-total': '4500' }))).to.equal('This order counts toward Roaster: 3 more orders after it');
    const four = account({ program: { entryMethod: 'orders_placed', milestone: 'lifetime', tiers },
      activity: ['2026-01-05', '2026-02-05', '2026-03-05'].map((day) => order(`${day}T15:00:00Z`, 1000)) });
    expect(line(await cartWith(four, { 'cart-total': '4500' }))).to.equal('This order counts toward Roaster: 1 more order after it');
    // An empty cart is no order.
    expect(line(await cartWith(doc, { 'cart-total': '0' }))).to.equal('');
  });

  it('counts cart-points in a points program', async () => {
    const tiers = [{ id: 'insider', name: 'Insider', goal: 0, entryRewards: [], perks: [] }, { id: 'vip', name: 'VIP', goal: 1000, entryRewards: [], perks: [] }];
    const doc = account({ program: { entryMethod: 'points_earned', milestone: 'lifetime', tiers } });
    // 130 + 200 points so far; 300 more from this order leave 370.
    expect(line(await cartWith(doc, { 'cart-points': '300' }))).to.equal('This order\'s points count toward VIP: 370 points more after it');
    expect(line(await cartWith(doc, { 'cart-points': '670' }))).to.equal('This order takes you to VIP!');
  });

  it('says nothing to a guest, for a hidden program or at the top tier, unless top-tier-line asks', async () => {
    const guest = await cartWith(account({ customer: null }), { 'cart-total': '50000' });
    expect(line(guest)).to.equal('');
    await expect(guest).to.be.accessible();
    const hidden = await cartWith(account({ program: { status: 'disabled' } }), { 'cart-total': '50000' });
    expect([line(hidden), hidden.hidden]).to.deep.equal(['', true]);
    const gold = account({ activity: [order('2026-03-04T15:00:00Z', 100000)] });
    expect(line(await cartWith(gold, { 'cart-total': '5000' }))).to.equal('');
    const thanked = await cartWith(gold, { 'cart-total': '5000', 'top-tier-line': '' });
    expect(line(thanked)).to.equal("You're at Gold, our top tier. Thank you!");
    expect(part(thanked, 'cart-progress')?.getAttribute('part')).to.equal('cart-progress cart-top-tier');
    await expect(thanked).to.be.accessible();
  });

  it('reads Shopify\'s /cart.js on connect, again on refresh() and on a cart event', async () => {
    let total = 2000;
    const cart = serve('/cart.js', () => HttpResponse.json({ token: 'c1', item_count: 1, total_price: total, currency: 'USD' }));
    const el = await cartWith(silverAnn([coupon()]), { cart: 'shopify', 'cart-events': 'cart:updated cart:refresh' });
    expect(cart.seen).to.have.length(1);
    expect(cart.seen[0]!.request.credentials).to.equal('same-origin');
    expect(line(el)).to.equal('Add $100.00 to this order to reach Gold');
    total = 12000;
    el.refresh();
    await settled(el);
    expect(cart.seen).to.have.length(2);
    expect(line(el)).to.equal('This order takes you to Gold!');
    total = 5000;
    document.dispatchEvent(new Event('cart:refresh'));
    await settled(el);
    expect(cart.seen).to.have.length(3);
    expect(line(el)).to.equal('Add $70.00 to this order to reach Gold');
    await expect(el).to.be.accessible();
    // Removed from the page, it no longer listens.
    el.remove();
    document.dispatchEvent(new Event('cart:updated'));
    // A request of the test's own, sent after the event: the only one the mock sees.
    await fetch('/cart.js');
    expect(cart.seen).to.have.length(4);
  });

  it('reads /cart.js when cart="shopify" is set after the element is on the page, and again when it is added back', async () => {
    const cart = serve('/cart.js', () => HttpResponse.json({ total_price: 12000, currency: 'USD' }));
    const el = await cartWith(silverAnn([coupon()]), { 'cart-total': '2000' });
    expect([cart.seen.length, line(el)]).to.deep.equal([0, 'Add $100.00 to this order to reach Gold']);
    el.cart = 'shopify';
    await settled(el);
    expect([cart.seen.length, line(el)]).to.deep.equal([1, 'This order takes you to Gold!']);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settled(el);
    expect(cart.seen).to.have.length(2);
  });

  it('shows nothing for a cart in another currency or one that cannot be read', async () => {
    serve('/cart.js', () => HttpResponse.json({ total_price: 12000, currency: 'EUR' }));
    expect(line(await cartWith(silverAnn([coupon()]), { cart: 'shopify' }))).to.equal('');
    serve('/cart.js', () => new HttpResponse('<html>', { status: 500 }));
    expect(line(await cartWith(silverAnn([coupon()]), { cart: 'shopify' }))).to.equal('');
  });
});
