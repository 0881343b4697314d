import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../../src/define.js';
import type { VipCouponCopyEvent, VipErrorEvent } from '../../src/elements/events.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { account, bronze, coupon, gold, order, program, silver } from '../support/account.js';
import { captureWarnings, deepAll, listen, part, settled, useQuickLoads } from '../support/elements.js';
import { stubClipboard, watchPageErrors } from '../support/hardening.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { until } from '../support/wait.js';

// Each string would run script or break out of markup if it were ever parsed as HTML or a template.
const tierName = '<img src=x onerror="window.vipPwned=1">Silver';
const perkTitle = '<script>window.vipPwned=1</script>Lounge';
const rewardTitle = '"quoted" \'single\' `tick` ${window.vipPwned=1}';
const couponTitle = '</code><img src=x onerror=window.vipPwned=1>';
const couponCode = 'VIP-<b>"${1+1}"</b>`\'<script>';

const hostileDoc = () =>
  account({
    program: program({
      tiers: [
        bronze,
        {
          ...silver,
          name: tierName,
          perks: [{ type: 'custom', title: perkTitle }],
          // A reward type this version does not know is shown by its title (README, "The account document").
          entryRewards: [{ type: 'gift_card', title: rewardTitle }],
        },
        gold,
      ],
    }),
    activity: [order('2026-03-04T15:00:00Z', 88000)],
    coupons: [coupon({ code: couponCode, title: couponTitle, expiresAt: '2027-02-28T15:00:00Z' })],
  });

const text = (element: Element | undefined): string | undefined => element?.textContent?.trim();

describe('hostile merchant strings', () => {
  useMockApi();
  let page: ReturnType<typeof watchPageErrors>;

  beforeEach(() => {
    page = watchPageErrors();
    delete (window as { vipPwned?: unknown }).vipPwned;
  });

  afterEach(() => {
    page.stop();
    expect(page.errors).to.deep.equal([]);
  });

  async function hostileBlock(): Promise<VipAccount> {
    const el = await fixture<VipAccount>(html`<vip-account .account=${hostileDoc()}></vip-account>`);
    await settled(el);
    return el;
  }

  it('renders tier names, perk and reward titles and coupon codes as the literal text', async () => {
    const el = await hostileBlock();
    const titles = deepAll(el, '[part~="tier-title"]').map(text);
    expect(titles).to.deep.equal(['Bronze', tierName, 'Gold']);
    expect(text(part(el, 'tier-name'))).to.equal(`VIP tier: ${tierName}`);
    expect(text(part(el, 'coupon-code'))).to.equal(couponCode);
    expect(text(part(el, 'coupon-title'))).to.equal(couponTitle);
    const current = el.shadowRoot!.querySelector('vip-tier-rewards')!;
    const rewards = deepAll(current, '[part~="reward"]').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(rewards.some((reward) => reward.includes(perkTitle)), rewards.join(' | ')).to.equal(true);
    expect(rewards.some((reward) => reward.includes(rewardTitle)), rewards.join(' | ')).to.equal(true);
    expect(part(el, 'progress-label')!.textContent).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
  });

  it('creates no img, script or b element from them and runs none of their code', async () => {
    const el = await hostileBlock();
    expect(deepAll(el, 'img, script, b')).to.have.length(0);
    // A broken image of the same address, added after the block rendered: once its error event has come, the
    // `onerror` of an image the block had made would have run.
    serve('/x', () => new HttpResponse(null, { status: 404 }));
    const control = document.createElement('img');
    const failed = oneEvent(control, 'error');
    control.src = 'x';
    await failed;
    expect((window as { vipPwned?: unknown }).vipPwned).to.equal(undefined);
  });

  it('puts them into accessible names verbatim', async () => {
    const el = await fixture<VipAccount>(
      html`<vip-account .account=${account({ program: program({ tiers: [bronze, silver, { ...gold, name: tierName }] }), activity: [order('2026-03-04T15:00:00Z', 88000)] })}></vip-account>`,
    );
    await settled(el);
    expect(part(el, 'progress-bar')!.getAttribute('aria-label')).to.equal(`Progress to ${tierName}`);
    expect(part(el, 'progress-bar')!.getAttribute('aria-valuetext')).to.equal('$880.00 of $1,000.00 this year');
    expect(part(el, 'progress-label')!.textContent).to.equal(`Spend $120.00 more by Dec 31, 2026 to reach ${tierName}`);
    expect(deepAll(el, 'img')).to.have.length(0);
  });

  it('copies a hostile coupon code exactly, to the clipboard and in vip-coupon-copy', async () => {
    const el = await hostileBlock();
    const clipboard = stubClipboard();
    const copies = listen<VipCouponCopyEvent>('vip-coupon-copy');
    try {
      part(el, 'copy')!.click();
      await until(() => copies.events.length === 1);
    } finally {
      copies.stop();
      clipboard.restore();
    }
    expect(clipboard.written).to.deep.equal([couponCode]);
    expect(copies.events[0]!.detail.code).to.equal(couponCode);
  });
});

describe('hostile sign-in links and document addresses', () => {
  useMockApi();
  useQuickLoads();
  const refused = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

  /** The guest's sign-in links (the block's and a badge's) for a store that answers 401. */
  async function guestLinks(loginUrl: string): Promise<(string | null)[]> {
    const path = uniquePath('h-guest');
    serve(path, () => new HttpResponse(null, { status: 401 }));
    const wrapper = await fixture<HTMLElement>(html`<div>
      <vip-account src=${path} login-url=${loginUrl}></vip-account>
      <vip-program src=${path} login-url=${loginUrl}><vip-tier-badge></vip-tier-badge></vip-program>
    </div>`);
    const block = wrapper.querySelector('vip-account')!;
    const provider = wrapper.querySelector('vip-program')!;
    await until(() => part(block, 'login') && part(provider, 'sign-in'));
    return [part(block, 'login')!.getAttribute('href'), part(provider, 'sign-in')!.getAttribute('href')];
  }

  for (const url of refused) {
    it(`refuses login-url ${JSON.stringify(url)}: the guest links go to /account/login`, async () => {
      expect(await guestLinks(url)).to.deep.equal(['/account/login', '/account/login']);
    });
  }

  for (const url of ['https://shop.example/account/login', '/account/login?return_url=/pages/vip', 'login']) {
    it(`keeps login-url ${url}`, async () => {
      expect(await guestLinks(url)).to.deep.equal([url, url]);
    });
  }

  it('refuses a javascript: document address with the error view and loads nothing', async () => {
    const warn = captureWarnings();
    const errors = listen<VipErrorEvent>('vip-error');
    try {
      const el = await fixture<VipAccount>(html`<vip-account src="javascript:alert(1)"></vip-account>`);
      await until(() => part(el, 'error'));
      expect(errors.events[0]?.detail.message).to.equal('The rewards address is not valid.');
    } finally {
      errors.stop();
      warn.restore();
    }
  });
});

describe('hostile tier colours', () => {
  const withColor = (color: string) =>
    account({ program: program({ tiers: [bronze, { ...silver, color }, gold] }), activity: [order('2026-03-04T15:00:00Z', 88000)] });

  for (const color of ['red;background:url(//x)', 'url(//x)', 'var(--x)', 'red}:host{display:none', 'expression(alert(1))']) {
    it(`ignores the colour ${JSON.stringify(color)}: no --vip-tier-color from it, no request`, async () => {
      const el = await fixture<VipAccount>(html`<vip-account .account=${withColor(color)}></vip-account>`);
      await settled(el);
      const badge = el.shadowRoot!.querySelector<HTMLElement>('vip-tier-badge')!;
      expect(badge.style.getPropertyValue('--vip-tier-color')).to.equal('');
      const silverItem = deepAll(el, '[part~="tier"]')[1] as HTMLElement;
      expect(silverItem.style.getPropertyValue('--vip-tier-color')).to.equal('');
      expect(getComputedStyle(badge).backgroundImage).to.equal('none');
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('//x'))).to.equal(false);
      expect(el.checkVisibility()).to.equal(true);
    });
  }

  it('sets --vip-tier-color from a plain colour', async () => {
    const el = await fixture<VipAccount>(html`<vip-account .account=${withColor('#123456')}></vip-account>`);
    await settled(el);
    // As given in the light scheme, where it reaches 3:1; lightened for the dark one (test/elements/contrast.test.ts).
    expect(el.shadowRoot!.querySelector<HTMLElement>('vip-tier-badge')!.style.getPropertyValue('--vip-tier-color')).to.equal(
      'light-dark(#123456, rgb(137 154 171))',
    );
  });
});
