// Its own page (each test file has one): no French catalog part may have been loaded before these tests.
// README, "Languages": a catalog's cart sentences are a part of their own, loaded only by <vip-cart-progress>.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import type { VipCartProgress } from '../../src/elements/vip-cart-progress/vip-cart-progress.js';
import french from '../../src/i18n/catalogs/fr.json';
import { formatMoney } from '../../src/i18n/format.js';
import { catalogPending } from '../../src/i18n/locales.js';
import { silverAnn } from '../support/account.js';
import { gate, partText, settled, useQuickLoads } from '../support/elements.js';
import { serve, uniquePath, useMockApi, worker } from '../support/msw.js';
import { until } from '../support/wait.js';

// $880.00 in March 2026: Silver, $120.00 short of Gold ($1,000.00).
/**
 * Records the French catalog parts the page requests (`fr.json?main`, `fr.json?cart`); with `holdCart`, holds the
 * cart part until `releaseCart()`.
 */
function frenchParts(holdCart = false): { readonly requested: string[]; readonly cartAsked: Promise<void>; releaseCart(): void } {
  const requested: string[] = [];
  const asked = gate();
  const release = gate();
  worker.use(
    http.get('*/src/i18n/catalogs/fr.json', async ({ request }) => {
      const part = new URL(request.url).search.slice(1);
      requested.push(`fr.json?${part}`);
      if (part === 'cart' && holdCart) {
        asked.open();
        await release.opened;
      }
      return passthrough();
    }),
  );
  return { requested, cartAsked: asked.opened, releaseCart: release.open };
}

const line = (el: Element) => partText(el, 'cart-progress') ?? '';
/** A French sentence of the catalog with its placeholders filled, spaced as `partText` reads it (no-break spaces too). */
const frenchText = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '').replace(/\s+/g, ' ');
const addToReachGold = () => frenchText(french.cartAddToReach, { amount: formatMoney(10000, 'USD', 'fr'), tier: 'Gold' });

describe('the cart part of a catalog', () => {
  useMockApi();
  useQuickLoads();

  it('is never requested by a French account page, and comes with a French cart sentence that waits for it', async () => {
    const parts = frenchParts(true);
    const block = await fixture<VipAccount>(html`<vip-account locale="fr" .account=${silverAnn()}></vip-account>`);
    await settled(block);
    expect(partText(block, 'copy')).to.equal(french.copy);
    expect(parts.requested, 'an account page loads the main part alone').to.deep.equal(['fr.json?main']);

    const cart = document.createElement('vip-cart-progress') as VipCartProgress;
    const path = uniquePath('cart-fr');
    const api = serve(path, () => HttpResponse.json(silverAnn()));
    cart.setAttribute('locale', 'fr');
    cart.setAttribute('cart-total', '2000');
    cart.src = path;
    block.after(cart);
    const shown: string[] = [];
    const recorder = new MutationObserver(() => shown.push(cart.shadowRoot!.textContent ?? ''));
    recorder.observe(cart.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await parts.cartAsked;
    // The document is requested and evaluated meanwhile; nothing is shown while the cart part is on its way.
    await until(() => api.seen.length === 1);
    expect(cart.shadowRoot!.textContent).to.equal('');
    parts.releaseCart();
    await until(() => line(cart));
    await settled(cart);
    recorder.disconnect();
    expect(shown.filter((text) => /order|reach/.test(text)), 'no English sentence first').to.deep.equal([]);
    expect(line(cart)).to.equal(addToReachGold());
    expect(parts.requested).to.deep.equal(['fr.json?main', 'fr.json?cart']);
    await expect(cart).to.be.accessible();
  });

  it('serves later cart elements from the parts already here, without another request', async () => {
    // Both parts here first, as a page that showed a French cart line already has them (whatever ran before).
    await catalogPending('fr', true);
    const parts = frenchParts();
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const carts = ['12000', '2000'].map((total) => {
      const cart = document.createElement('vip-cart-progress') as VipCartProgress;
      cart.setAttribute('cart-total', total);
      cart.account = silverAnn();
      return cart;
    });
    wrapper.append(...carts);
    await Promise.all(carts.map((cart) => settled(cart)));
    expect(carts.map(line)).to.deep.equal([
      frenchText(french.cartReaches, { tier: 'Gold' }),
      addToReachGold(),
    ]);
    expect(parts.requested, 'both parts are here already').to.deep.equal([]);
  });
});
