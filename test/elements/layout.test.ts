import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { account, silverAnn } from '../support/account.js';
import { deepAll, gate, part, settled, useQuickLoads } from '../support/elements.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { until } from '../support/wait.js';

// Ann spent $880.00 in March 2026: Silver, $120.00 short of Gold, with one coupon.
/** The key under which a block's size is remembered for `src` (README, "Layout stability"). */
const sizeKey = (src: string) => `vip-tiers:size:vip-account ${new URL(src, location.href).href}`;

/** A block on `src`, whose document arrives only when the test opens the gate; a paragraph below it. */
async function lateBlock(src: string, doc = silverAnn()) {
  const hold = gate();
  serve(src, async () => {
    await hold.opened;
    return HttpResponse.json(doc);
  });
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 600px"><vip-account src=${src}></vip-account><p>Below</p></div>`);
  const el = wrapper.querySelector('vip-account')!;
  const below = wrapper.querySelector('p')!;
  await settled(el);
  return { el, below, arrive: hold.open };
}

/** Space between the bottom of what the block shows and the bottom of the block itself. */
function emptyBand(el: VipAccount): number {
  const shown = [...part(el, 'content')!.children].filter((child) => child.getBoundingClientRect().height > 0);
  const bottom = Math.max(el.getBoundingClientRect().top, ...shown.map((child) => child.getBoundingClientRect().bottom));
  return el.getBoundingClientRect().bottom - bottom;
}

const EM = 16;

describe('layout stability', () => {
  useMockApi();
  useQuickLoads();
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('vip-tiers:')) localStorage.removeItem(key);
  });

  it('on a first visit holds the 44em estimate with a skeleton of the block\u2019s shape, then takes the size of what it shows', async () => {
    const src = uniquePath('first-visit');
    const { el, arrive } = await lateBlock(src);
    expect(part(el, 'content')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.closeTo(44 * EM, 0.5);
    const skeleton = part(el, 'skeleton')!;
    expect(skeleton.getBoundingClientRect().height).to.be.closeTo(44 * EM, 0.5);
    const [heading, badge, total, bar, card] = [...skeleton.children].map((line) => line.getBoundingClientRect());
    for (const line of [heading!, badge!, total!]) expect(line.width).to.be.closeTo(bar!.width / 2, 0.5);
    expect(bar!.height).to.be.closeTo(0.75 * EM, 0.5);
    expect(card!.height).to.be.closeTo(6 * EM, 0.5);
    arrive();
    await until(() => el.status);
    await settled(el);
    expect(emptyBand(el)).to.be.at.most(2 * EM);
  });

  it('is accessible while loading', async () => {
    // The document never arrives within this test: the loading state is what is checked, however long axe takes.
    const { el } = await lateBlock(uniquePath('loading-axe'));
    expect(part(el, 'content')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('remembers the size per src on this device, as a number only, and a repeat visit holds exactly it: nothing below moves', async () => {
    const src = uniquePath('repeat-visit');
    const first = await lateBlock(src);
    first.arrive();
    await until(() => first.el.status);
    await settled(first.el);
    await until(() => localStorage.getItem(sizeKey(src)));
    const shown = first.el.getBoundingClientRect().height;
    const stored = localStorage.getItem(sizeKey(src))!;
    expect(stored).to.match(/^\d+(\.\d+)?$/);
    expect(Number(stored)).to.be.closeTo(shown, 0.01);

    const again = await lateBlock(src);
    expect(again.el.getBoundingClientRect().height).to.be.closeTo(shown, 0.01);
    const belowBefore = again.below.getBoundingClientRect().top;
    again.arrive();
    await until(() => again.el.status);
    await settled(again.el);
    expect(again.below.getBoundingClientRect().top).to.be.closeTo(belowBefore, 0.01);
    expect(again.el.style.getPropertyValue('--vip-loading-block-size')).to.equal('');
    expect(again.el.style.getPropertyValue('min-block-size')).to.equal('');
  });

  it('ignores a stored value that is not a plain size, and works when storage throws', async () => {
    const src = uniquePath('bad-storage');
    localStorage.setItem(sizeKey(src), '{"firstName":"Ann"}');
    const bad = await lateBlock(src);
    expect(bad.el.getBoundingClientRect().height).to.be.closeTo(44 * EM, 0.5);

    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const { el, arrive } = await lateBlock(uniquePath('no-storage'));
      expect(el.getBoundingClientRect().height).to.be.closeTo(44 * EM, 0.5);
      arrive();
      await until(() => el.status);
      await settled(el);
      expect(el.status?.tier?.name).to.equal('Silver');
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('holds the remembered size through every stage, and keeps a min-block-size the theme set on the element', async () => {
    const src = uniquePath('stages');
    localStorage.setItem(sizeKey(src), '2000');
    const block = await lateBlock(src);
    const heights: number[] = [];
    const stages = new MutationObserver(() => heights.push(block.el.getBoundingClientRect().height));
    stages.observe(block.el.shadowRoot!, { childList: true, subtree: true });
    block.arrive();
    await until(() => block.el.status);
    await settled(block.el);
    stages.disconnect();
    // Until the last stage shows, the block is 2000 px tall; then it takes its content's size.
    expect(heights.length, 'renders seen while the stages show').to.be.above(3);
    expect(heights.slice(0, -1).every((height) => Math.abs(height - 2000) < 0.5), heights.join()).to.equal(true);
    expect(block.el.getBoundingClientRect().height).to.be.below(2000);

    const themed = await fixture<VipAccount>(html`<vip-account style="min-block-size: 120px" .account=${silverAnn()}></vip-account>`);
    await settled(themed);
    expect(themed.style.getPropertyValue('min-block-size')).to.equal('120px');
  });

  it('keeps a taller min-block-size from the theme\u2019s CSS through every stage: nothing moves', async () => {
    const src = uniquePath('themed-stages');
    localStorage.setItem(sizeKey(src), '2000');
    const hold = gate();
    serve(src, async () => {
      await hold.opened;
      return HttpResponse.json(silverAnn());
    });
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 600px"><style>.tall { min-block-size: 2500px }</style><vip-account class="tall" src=${src}></vip-account></div>`);
    const el = wrapper.querySelector('vip-account')!;
    await settled(el);
    const heights: number[] = [el.getBoundingClientRect().height];
    const stages = new MutationObserver(() => heights.push(el.getBoundingClientRect().height));
    stages.observe(el.shadowRoot!, { childList: true, subtree: true });
    hold.open();
    await until(() => el.status);
    await settled(el);
    stages.disconnect();
    heights.push(el.getBoundingClientRect().height);
    expect(heights.length, 'renders seen while the stages show').to.be.above(4);
    expect(heights.every((height) => Math.abs(height - 2500) < 0.5), heights.join()).to.equal(true);
    expect(el.style.getPropertyValue('min-block-size')).to.equal('');
  });

  it('leaves no empty band over 2em in any settled state', async () => {
    const states: [string, () => Promise<VipAccount>][] = [
      ['active', async () => fixture<VipAccount>(html`<vip-account .account=${silverAnn()}></vip-account>`)],
      ['guest', async () => fixture<VipAccount>(html`<vip-account .account=${account({ customer: null, coupons: [], activity: [] })}></vip-account>`)],
      ['recalculating', async () => fixture<VipAccount>(html`<vip-account .account=${account({ program: { status: 'recalculating' } })}></vip-account>`)],
      ['error', async () => {
        const src = uniquePath('layout-error');
        serve(src, () => new HttpResponse('nope', { status: 500 }));
        const el = await fixture<VipAccount>(html`<vip-account src=${src}></vip-account>`);
        await until(() => part(el, 'error'));
        return el;
      }],
      ['invalid document', async () => fixture<VipAccount>(html`<vip-account .account=${{ version: 1 }}></vip-account>`)],
    ];
    for (const [state, make] of states) {
      const el = await make();
      await settled(el);
      expect(deepAll(el, '[part~="skeleton"]'), state).to.have.length(0);
      expect(emptyBand(el), state).to.be.at.most(2 * EM);
    }
  });

  it('remembers an inline document\u2019s block per page', async () => {
    const el = await fixture<VipAccount>(html`<vip-account .account=${silverAnn()}></vip-account>`);
    await settled(el);
    const key = `vip-tiers:size:vip-account ${location.pathname}`;
    await until(() => localStorage.getItem(key));
    expect(Number(localStorage.getItem(key))).to.be.closeTo(el.getBoundingClientRect().height, 0.01);
  });
});
