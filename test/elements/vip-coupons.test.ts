import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineElement } from '../../src/elements/define-element.js';
import { VipCoupons } from '../../src/elements/vip-coupons/vip-coupons.js';
import type { VipStatus } from '../../src/engine/types.js';
import { coupon } from '../support/account.js';
import { part, parts, visible } from '../support/elements.js';
import { stubClipboard } from '../support/hardening.js';
import { until } from '../support/wait.js';
import { guest, hiddenProgram, silverShopper, text, view } from './pieces.support.js';

defineElement('vip-coupons', VipCoupons);

/** As of Nov 25, 2026 in New York: one coupon of each kind, given in no particular order. */
const wallet = () =>
  silverShopper({
    coupons: [
      coupon({ id: 'used', code: 'USED-1', title: '$10 off', usedAt: '2026-07-01T12:00:00Z' }),
      coupon({ id: 'later', code: 'SHIP-12', title: 'Free shipping', expiresAt: '2026-12-07T15:00:00Z' }),
      coupon({ id: 'expired', code: 'OLD-9', title: '$5 off', expiresAt: '2026-08-31T15:00:00Z' }),
      coupon({ id: 'today', code: 'LAST-0', title: '15% off', expiresAt: '2026-11-26T04:00:00Z' }),
      coupon({ id: 'tomorrow', code: 'NEXT-1', title: '$20 off', expiresAt: '2026-11-26T15:00:00Z' }),
      coupon({ id: 'forever', code: 'KEEP-ME', title: 'Welcome gift', expiresAt: null }),
    ],
  });

const render = (value: VipStatus) => fixture<VipCoupons>(html`<vip-coupons .view=${view(value)}></vip-coupons>`);

const codes = (el: Element) => parts(el, 'coupon-code').map(text);

describe('<vip-coupons>', () => {
  let restore: (() => unknown) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('shows a skeleton of two coupons while loading', async () => {
    const el = await fixture<VipCoupons>(html`<vip-coupons .view=${view()}></vip-coupons>`);
    expect(part(el, 'skeleton')!.children.length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it("lists coupons in the engine's order, active first by soonest expiry, with title, code and status", async () => {
    const status = wallet();
    const el = await render(status);
    expect(part(el, 'coupons')!.getAttribute('aria-label')).to.equal('Your coupons');
    expect(codes(el)).to.deep.equal(status.coupons.map((c) => c.code));
    expect(codes(el).slice(0, 4)).to.deep.equal(['LAST-0', 'NEXT-1', 'SHIP-12', 'KEEP-ME']);
    const shown = Object.fromEntries(
      parts(el, 'coupon').map((item) => [
        text(item.querySelector('[part~="coupon-code"]')),
        [text(item.querySelector('[part~="coupon-title"]')), text(item.querySelector('[part~="coupon-status"]'))],
      ]),
    );
    expect(shown).to.deep.equal({
      'LAST-0': ['15% off', 'Expires today'],
      'NEXT-1': ['$20 off', 'Expires in 1 day'],
      'SHIP-12': ['Free shipping', 'Expires in 12 days'],
      'KEEP-ME': ['Welcome gift', 'No expiry date'],
      'USED-1': ['$10 off', 'Used'],
      'OLD-9': ['$5 off', 'Expired'],
    });
    expect(parts(el, 'coupon-active')).to.have.length(4);
    expect(parts(el, 'coupon-used').map((item) => text(item.querySelector('[part~="coupon-code"]')))).to.deep.equal(['USED-1']);
    expect(parts(el, 'coupon-expired').map((item) => text(item.querySelector('[part~="coupon-code"]')))).to.deep.equal(['OLD-9']);
    await expect(el).to.be.accessible();
  });

  it('emphasises active coupons, marks two weeks or less left, and collapses past ones under "Past coupons (2)"', async () => {
    const el = await render(wallet());
    const [active, past] = parts(el, 'coupons');
    expect(active!.closest('details')).to.equal(null);
    expect([...active!.querySelectorAll('[part~="coupon-code"]')].map(text)).to.deep.equal(['LAST-0', 'NEXT-1', 'SHIP-12', 'KEEP-ME']);
    expect(parts(el, 'coupon-soon').map((item) => text(item.querySelector('[part~="coupon-code"]')))).to.deep.equal([
      'LAST-0', 'NEXT-1', 'SHIP-12',
    ]);
    const soonStatus = getComputedStyle(parts(el, 'coupon-soon')[0]!.querySelector('[part~="coupon-status"]')!);
    const laterStatus = getComputedStyle(parts(el, 'coupon-active')[3]!.querySelector('[part~="coupon-status"]')!);
    expect(Number(soonStatus.fontWeight)).to.be.greaterThan(Number(laterStatus.fontWeight));
    expect(getComputedStyle(parts(el, 'coupon-active')[0]!).borderTopWidth).to.equal('2px');
    const details = part(el, 'past-coupons') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Past coupons (2)');
    expect(past!.closest('details')).to.equal(details);
    expect([...past!.querySelectorAll('[part~="coupon-code"]')].map(text)).to.deep.equal(['OLD-9', 'USED-1']);
    expect(visible(past!)).to.equal(false);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(visible(past!)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('adds "Use now" to active coupons with shop-url, and refuses a script URL', async () => {
    const el = await fixture<VipCoupons>(html`<vip-coupons shop-url="/collections/all" .view=${view(wallet())}></vip-coupons>`);
    const links = parts(el, 'use-now') as HTMLAnchorElement[];
    expect(links.map(text)).to.deep.equal(['Use now', 'Use now', 'Use now', 'Use now']);
    expect(links[0]!.getAttribute('href')).to.equal('/collections/all');
    el.shopUrl = 'javascript:alert(1)';
    await el.updateComplete;
    expect(parts(el, 'use-now')).to.have.length(0);
    const plain = await render(wallet());
    expect(parts(plain, 'use-now')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('offers a copy button for active coupons only, described by the code', async () => {
    const el = await render(wallet());
    const buttons = parts(el, 'copy');
    expect(buttons.map(text)).to.deep.equal(['Copy', 'Copy', 'Copy', 'Copy']);
    const described = el.shadowRoot!.getElementById(buttons[2]!.getAttribute('aria-describedby')!);
    expect(text(described)).to.equal('SHIP-12');
  });

  it('copies the code, fires vip-coupon-copy and announces "Copied"', async () => {
    const clipboard = stubClipboard();
    restore = clipboard.restore;
    const el = await render(wallet());
    const button = parts(el, 'copy')[2]!;
    const copied = oneEvent(el, 'vip-coupon-copy');
    button.click();
    const event = await copied;
    expect(event.detail).to.deep.equal({ code: 'SHIP-12' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(clipboard.written).to.deep.equal(['SHIP-12']);
    await el.updateComplete;
    // A visible check mark, kept out of what is announced.
    expect(text(parts(el, 'copy')[2])).to.equal('✓ Copied');
    expect(parts(el, 'copy')[2]!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('✓ ');
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(text(region)).to.equal('Copied');
    await expect(el).to.be.accessible();
  });

  it('copies from the keyboard', async () => {
    restore = stubClipboard().restore;
    const el = await render(wallet());
    parts(el, 'copy')[0]!.focus();
    const copied = oneEvent(el, 'vip-coupon-copy');
    await sendKeys({ press: 'Enter' });
    expect((await copied).detail.code).to.equal('LAST-0');
  });

  it('selects the code and says so when the clipboard refuses, without a copy event', async () => {
    restore = stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError'))).restore;
    const el = await render(wallet());
    let events = 0;
    el.addEventListener('vip-coupon-copy', () => (events += 1));
    const announced = () => text(el.shadowRoot!.querySelector('[role="status"]'));
    parts(el, 'copy')[1]!.click();
    // The announcement is the copy's last step: a copy event would have been sent before it.
    await until(() => announced() === 'Code selected: copy it with your keyboard');
    expect(events).to.equal(0);
    expect(getSelection()!.toString()).to.equal('NEXT-1');
    expect(text(parts(el, 'copy')[1])).to.equal('Copy');
  });

  it('copes with a page that has no clipboard at all', async () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    restore = () => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.deep.equal(original);
    };
    const el = await render(wallet());
    parts(el, 'copy')[0]!.click();
    await until(() => text(el.shadowRoot!.querySelector('[role="status"]')) === 'Code selected: copy it with your keyboard');
    expect(getSelection()!.toString()).to.equal('LAST-0');
  });

  it('says so when there are no coupons', async () => {
    const el = await render(silverShopper({ coupons: [] }));
    expect(part(el, 'coupons')).to.equal(undefined);
    expect(text(part(el, 'coupons-empty'))).to.equal('You have no coupons yet.');
    await expect(el).to.be.accessible();
  });

  it('shows nothing to a guest', async () => {
    const el = await render(guest());
    expect(el.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows nothing when the program is disabled', async () => {
    const el = await render(hiddenProgram('disabled'));
    expect(el.hidden).to.equal(true);
    expect(part(el, 'coupons')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it("still lists the shopper's coupons while tiers are recalculating", async () => {
    const el = await render(hiddenProgram('recalculating'));
    expect(el.hidden).to.equal(false);
    expect(codes(el)).to.deep.equal(['VIP-8F3K']);
    expect(text(part(el, 'past-coupons')!.querySelector('summary'))).to.equal('Past coupons (1)');
    await expect(el).to.be.accessible();
  });

  it('keeps listing the coupons when a refresh fails', async () => {
    const el = await fixture<VipCoupons>(
      html`<vip-coupons .view=${view(wallet(), { phase: 'error', stale: true })}></vip-coupons>`,
    );
    expect(codes(el)).to.have.length(6);
  });
});
