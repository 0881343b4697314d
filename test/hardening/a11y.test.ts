import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse } from 'msw';
import '../../src/define.js';
import type { VipCouponCopyEvent } from '../../src/elements/events.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import type { VipLauncher } from '../../src/elements/vip-launcher/vip-launcher.js';
import { account, silverAnn } from '../support/account.js';
import { captureWarnings, deepActive as focused, listen, part, partText, settled, useQuickLoads } from '../support/elements.js';
import { stubClipboard } from '../support/hardening.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { until } from '../support/wait.js';

describe('accessibility of every view under faults', () => {
  useMockApi();
  useQuickLoads();
  let warn: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warn = captureWarnings()));
  afterEach(() => warn.restore());

  it('the error view of an invalid document passes axe', async () => {
    const el = await fixture<VipAccount>(html`<vip-account .account=${{ version: 1, program: {} }}></vip-account>`);
    await settled(el);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('the error view of a failed load passes axe', async () => {
    const path = uniquePath('a11y-500');
    serve(path, () => new HttpResponse('<h1>Oops</h1>', { status: 500, headers: { 'content-type': 'text/html' } }));
    const el = await fixture<VipAccount>(html`<vip-account src=${path}></vip-account>`);
    await until(() => part(el, 'error'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('the guest view of a 401 passes axe', async () => {
    const path = uniquePath('a11y-401');
    serve(path, () => new HttpResponse(null, { status: 401 }));
    const el = await fixture<VipAccount>(html`<vip-account src=${path}></vip-account>`);
    await until(() => part(el, 'login'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('the guest view (a guest document) passes axe and shows the sign-in link', async () => {
    const el = await fixture<VipAccount>(html`<vip-account .account=${account({ customer: null, activity: [], coupons: [] })}></vip-account>`);
    await settled(el);
    expect(el.status?.state).to.equal('guest');
    expect(partText(el, 'login')).to.equal('Sign in');
    await expect(el).to.be.accessible();
  });

  it('the disabled view hides the block and passes axe', async () => {
    const el = await fixture<VipAccount>(html`<vip-account .account=${account({ program: { status: 'disabled' } })}></vip-account>`);
    await settled(el);
    expect(el.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the recalculating view passes axe', async () => {
    const el = await fixture<VipAccount>(html`<vip-account .account=${account({ program: { status: 'recalculating' } })}></vip-account>`);
    await settled(el);
    expect(part(el, 'notice')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('the stale view passes axe', async () => {
    const path = uniquePath('a11y-stale');
    serve(path, (_request, index) => (index === 0 ? HttpResponse.json(silverAnn()) : HttpResponse.error()));
    const el = await fixture<VipAccount>(html`<vip-account src=${path}></vip-account>`);
    await until(() => part(el, 'tier-name'));
    el.retry();
    await until(() => part(el, 'stale'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('the popup\u2019s error view passes axe', async () => {
    const path = uniquePath('a11y-popup-error');
    serve(path, () => HttpResponse.error());
    const el = await fixture<VipLauncher>(html`<vip-launcher src=${path}></vip-launcher>`);
    el.show();
    await until(() => part(el, 'retry'));
    await settled(el);
    await expect(el).to.be.accessible();
    el.hide();
  });
});

/** Presses Tab until `target()` has focus (at most `limit` presses), checking the focus is visible each time. */
async function tabTo(target: () => Element | undefined, limit = 10): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const now = focused();
    if (now && now !== document.body) expect(now.matches(':focus-visible'), `focus visible on ${now.localName}`).to.equal(true);
    if (now && now === target()) return;
  }
  throw new Error('the element was not reached with Tab');
}

describe('a keyboard-only walk through the rewards popup', () => {
  useMockApi();
  useQuickLoads();

  it('opens the popup, retries after an error, copies a coupon and closes, focus visible and returned', async () => {
    const warn = captureWarnings();
    const clipboard = stubClipboard();
    const copies = listen<VipCouponCopyEvent>('vip-coupon-copy');
    const path = uniquePath('a11y-walk');
    serve(path, (_request, index) => (index === 0 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(silverAnn())));
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><a href="#top">Store</a><vip-launcher src=${path}></vip-launcher></div>`);
      const el = wrapper.querySelector('vip-launcher')!;
      await until(() => el.shadowRoot?.querySelector('[part~="error"]'));
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="launcher"]')!;
      wrapper.querySelector('a')!.focus();

      await tabTo(() => button);
      // The popup opens at the start of the frame after the key press, and says so with vip-open.
      const opened = oneEvent(el, 'vip-open');
      await sendKeys({ press: 'Enter' });
      await opened;
      await until(() => part(el, 'retry'));
      const dialog = part(el, 'panel') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect(dialog.contains(focused())).to.equal(true);

      await tabTo(() => part(el, 'retry'));
      await sendKeys({ press: 'Enter' });
      await until(() => part(el, 'copy'));
      await settled(el);
      expect(partText(el, 'tier-name')).to.equal('VIP tier: Silver');

      await tabTo(() => part(el, 'copy'), 20);
      await sendKeys({ press: 'Enter' });
      await until(() => copies.events.length === 1);
      expect(clipboard.written).to.deep.equal(['VIP-8F3K']);
      expect(copies.events[0]!.detail.code).to.equal('VIP-8F3K');

      // The dialog's close event, which the launcher answers, comes in a task after it closes.
      const closed = oneEvent(el, 'vip-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(dialog.open).to.equal(false);
      expect(el.open).to.equal(false);
      expect(focused()).to.equal(button);
      expect(button.matches(':focus-visible')).to.equal(true);
    } finally {
      copies.stop();
      clipboard.restore();
      warn.restore();
    }
  });
});
