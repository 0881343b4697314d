import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VipLauncher } from '../../src/elements/vip-launcher/vip-launcher.js';
import { account, coupon, silverAnn } from '../support/account.js';
import { deepActive, inTopLayer, launcherParts, part, settled } from '../support/elements.js';
import { until } from '../support/wait.js';

async function launcher(attributes = ''): Promise<VipLauncher> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<vip-launcher ${attributes}></vip-launcher>`;
  const el = wrapper.querySelector('vip-launcher')!;
  el.account = silverAnn(Array.from({ length: 6 }, (_, i) => coupon({ id: `c${i}`, code: `VIP-${i}000`, expiresAt: '2027-02-28T15:00:00Z' })));
  await settled(el);
  return el;
}

async function openPopup(el: VipLauncher): Promise<void> {
  const opened = oneEvent(el, 'vip-open');
  el.show();
  await opened;
  await until(() => part(el, 'progress-label'));
  await settled(el);
}

async function closePopup(el: VipLauncher): Promise<void> {
  const closed = oneEvent(el, 'vip-close');
  el.hide();
  await closed;
}

/** The page's viewport for a test; Chromium and Firefox resize it, WebKitWebDriver has no such command (skipped). */
async function viewport(context: Mocha.Context, width: number, height: number): Promise<void> {
  try {
    await setViewport({ width, height });
  } catch {
    context.skip();
  }
  await until(() => innerWidth === width);
}

/**
 * Shift+Tab: Playwright (Chromium) takes a chord, Firefox's driver Shift held down around Tab, WebKitWebDriver
 * WebDriver's key codes (Shift stays down through the sequence).
 */
async function shiftTab(): Promise<void> {
  if (navigator.userAgent.includes('Chrome/')) return sendKeys({ press: 'Shift+Tab' });
  if (!navigator.userAgent.includes('Firefox/')) return sendKeys({ press: '\uE008\uE004' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const noFragment = () => history.replaceState(history.state, '', location.pathname + location.search);

describe('<vip-launcher> popup', () => {
  afterEach(async () => {
    noFragment();
    try {
      await setViewport({ width: 800, height: 600 });
    } catch {
      // WebKit: never resized.
    }
  });

  describe('on a wide screen', () => {
    it('is a modal panel anchored above the launcher, at its outer corner, not a centred dialog', async function () {
      await viewport(this, 1280, 800);
      const el = await launcher();
      await openPopup(el);
      const { button, dialog } = launcherParts(el);
      expect(inTopLayer(dialog)).to.equal(true);
      const b = button.getBoundingClientRect();
      const p = dialog.getBoundingClientRect();
      expect(p.bottom).to.be.closeTo(b.top - 8, 1);
      expect(p.right).to.be.closeTo(b.right, 1);
      expect(p.width).to.be.closeTo(416, 1);
      // Far from the centre of the screen, and within it.
      expect(p.left).to.be.above(1280 / 2);
      expect(p.top).to.be.at.least(0);
      await closePopup(el);
    });

    it('anchors to the bottom-left launcher, and mirrors in a right-to-left page', async function () {
      await viewport(this, 1280, 800);
      const left = await launcher('position="bottom-left"');
      await openPopup(left);
      let b = launcherParts(left).button.getBoundingClientRect();
      let p = launcherParts(left).dialog.getBoundingClientRect();
      expect(p.left).to.be.closeTo(b.left, 1);
      expect(p.bottom).to.be.closeTo(b.top - 8, 1);
      await closePopup(left);

      const rtl = await launcher('dir="rtl"');
      await openPopup(rtl);
      b = launcherParts(rtl).button.getBoundingClientRect();
      p = launcherParts(rtl).dialog.getBoundingClientRect();
      expect(b.left).to.be.below(200);
      expect(p.left).to.be.closeTo(b.left, 1);
      await closePopup(rtl);
    });

    it('opens below a launcher a theme moved to the top of the screen, within the screen', async function () {
      await viewport(this, 1280, 800);
      const el = await launcher();
      el.style.insetBlock = '20px auto';
      await openPopup(el);
      const b = launcherParts(el).button.getBoundingClientRect();
      const p = launcherParts(el).dialog.getBoundingClientRect();
      expect(b.top).to.be.closeTo(20, 1);
      expect(p.top).to.be.closeTo(b.bottom + 8, 1);
      expect(p.right).to.be.closeTo(b.right, 1);
      expect(p.bottom).to.be.at.most(800);
      await closePopup(el);

      // Back at the bottom, it opens above again.
      el.style.insetBlock = '';
      await openPopup(el);
      const b2 = launcherParts(el).button.getBoundingClientRect();
      expect(launcherParts(el).dialog.getBoundingClientRect().bottom).to.be.closeTo(b2.top - 8, 1);
      await closePopup(el);
    });

    it('keeps Tab inside: Shift+Tab on Close goes to the last control, Tab there back to Close', async () => {
      const el = await launcher();
      await openPopup(el);
      const { dialog, close } = launcherParts(el);
      close.focus();
      // Focus never leaves the popup on the way, not even to come back.
      const outside: EventTarget[] = [];
      const watch = (event: FocusEvent): void => {
        if (!event.composedPath().includes(dialog)) outside.push(event.composedPath()[0]!);
      };
      document.addEventListener('focusin', watch, true);
      await shiftTab();
      const last = deepActive()!;
      // A control: not Close, nor the popup itself (a scrolling box the browser may stop at), nor the page's.
      expect(['A', 'BUTTON', 'SUMMARY']).to.include(last.tagName);
      expect(last).to.not.equal(close);
      expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
      // Chromium and Firefox: the summary of "How it works", the popup's last section.
      if (last.tagName === 'SUMMARY') expect(last.textContent).to.contain('How it works');
      // Tab on the last control: back to Close.
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(close);
      // Forward from Close the browser's own order goes on, inside the popup.
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.not.equal(close);
      expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
      document.removeEventListener('focusin', watch, true);
      expect(outside).to.deep.equal([]);
      await closePopup(el);
    });

    it('dims the page behind; a click there lands on the backdrop, not on the page, and closes the popup', async () => {
      const el = await launcher();
      const page = document.createElement('button');
      page.textContent = 'On the page';
      page.style.cssText = 'position: fixed; inset: 10px auto auto 10px';
      let pageClicks = 0;
      page.addEventListener('click', () => (pageClicks += 1));
      document.body.append(page);
      try {
        await openPopup(el);
        expect(document.elementFromPoint(20, 20)).to.equal(el);
        const hit = el.shadowRoot!.elementFromPoint(20, 20) as HTMLElement;
        // The backdrop of its own where the browser has popovers, else the native modal's, whose clicks land on the dialog.
        expect(['backdrop', 'panel']).to.include(hit.getAttribute('part'));
        if (hit.getAttribute('part') === 'backdrop') expect(getComputedStyle(hit).backgroundColor).to.equal('rgba(0, 0, 0, 0.25)');
        const closed = oneEvent(el, 'vip-close');
        hit.click();
        await closed;
        expect(launcherParts(el).dialog.open).to.equal(false);
        expect(pageClicks).to.equal(0);
        // Closed, the page takes its clicks again.
        expect(document.elementFromPoint(20, 20)).to.equal(page);
      } finally {
        page.remove();
      }
    });

    it('traps focus inside and returns it to the launcher', async function () {
      await viewport(this, 1280, 800);
      const el = await launcher();
      const { button, dialog, close } = launcherParts(el);
      button.click();
      await oneEvent(el, 'vip-open');
      // Nothing outside it keeps focus: not the page's, nor the launcher's own button.
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      expect(document.activeElement).to.not.equal(outside);
      outside.remove();
      expect(dialog.contains(el.shadowRoot!.activeElement) || el.shadowRoot!.activeElement === close).to.equal(true);
      const closed = oneEvent(el, 'vip-close');
      close.click();
      await closed;
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });
  });

  describe('on a 390 px phone', () => {
    it('is a full-width bottom sheet with a sticky header, scrolling inside while the page stays still', async function () {
      await viewport(this, 390, 844);
      document.documentElement.style.overflow = 'clip';
      const el = await launcher();
      await openPopup(el);
      const { dialog, close } = launcherParts(el);
      const p = dialog.getBoundingClientRect();
      expect(p.left).to.equal(0);
      expect(p.width).to.equal(document.documentElement.clientWidth);
      expect(p.bottom).to.be.closeTo(844, 0.5);
      expect(p.top).to.be.at.least(32 - 0.5);
      const header = close.closest('header')!;
      expect(getComputedStyle(header).position).to.equal('sticky');
      // Six coupons and three tiers are taller than the sheet: it scrolls, and its header with Close stays in view.
      expect(dialog.scrollHeight).to.be.above(dialog.clientHeight);
      dialog.scrollTop = 300;
      await until(() => dialog.scrollTop === 300);
      expect(header.getBoundingClientRect().top).to.be.closeTo(p.top + 1, 1);
      // The page behind is held still, and given back its own overflow afterwards.
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      await expect(el).to.be.accessible();
      await closePopup(el);
      expect(document.documentElement.style.overflow).to.equal('clip');
      document.documentElement.style.removeProperty('overflow');
    });

    it('gives Close and the launcher targets of 44 px or more', async function () {
      await viewport(this, 390, 844);
      const el = await launcher();
      expect(launcherParts(el).button.getBoundingClientRect().height).to.be.at.least(44);
      el.style.setProperty('--vip-target-size', '44px');
      await openPopup(el);
      const close = launcherParts(el).close.getBoundingClientRect();
      expect(close.height).to.be.at.least(44);
      expect(close.width).to.be.at.least(44);
      await closePopup(el);
    });
  });

  describe('deep links', () => {
    it('opens on load when the URL ends in #vip-rewards, and closing drops the fragment without a history entry', async () => {
      history.replaceState(history.state, '', '#vip-rewards');
      const entries = history.length;
      const el = await launcher();
      await until(() => launcherParts(el).dialog.open);
      expect(el.open).to.equal(true);
      await closePopup(el);
      expect(location.hash).to.equal('');
      expect(location.href.endsWith('#')).to.equal(false);
      expect(history.length).to.equal(entries);
    });

    it('opens nothing while the program is disabled', async () => {
      history.replaceState(history.state, '', '#vip-rewards');
      const el = await fixture<VipLauncher>(html`<vip-launcher .account=${account({ program: { status: 'disabled' } })}></vip-launcher>`);
      await settled(el);
      expect(el.hidden).to.equal(true);
      expect(launcherParts(el).dialog.open).to.equal(false);
      expect(getComputedStyle(document.documentElement).overflow).to.not.equal('hidden');
    });

    it('opens when the fragment changes to #vip-rewards', async () => {
      const el = await launcher();
      expect(launcherParts(el).dialog.open).to.equal(false);
      const opened = oneEvent(el, 'vip-open');
      location.hash = 'vip-rewards';
      await opened;
      expect(launcherParts(el).dialog.open).to.equal(true);
      const entries = history.length;
      await closePopup(el);
      expect(location.hash).to.equal('');
      expect(history.length).to.equal(entries);
    });

    it('opens from any [data-vip-open] element of the page and returns focus to it', async () => {
      const el = await launcher();
      const link = document.createElement('a');
      link.href = '#vip-rewards';
      link.dataset.vipOpen = '';
      link.textContent = 'See my rewards';
      document.body.append(link);
      try {
        const entries = history.length;
        link.focus();
        const opened = oneEvent(el, 'vip-open');
        link.click();
        await opened;
        // The click opened the popup itself: no fragment, no history entry.
        expect(location.hash).to.equal('');
        expect(history.length).to.equal(entries);
        const closed = oneEvent(el, 'vip-close');
        launcherParts(el).close.click();
        await closed;
        expect(document.activeElement).to.equal(link);
      } finally {
        link.remove();
      }
    });
  });

  describe('the launcher button', () => {
    it('shows a hidden icon beside its text, and no ring that could pass for a focus ring', async () => {
      const el = await launcher();
      const { button } = launcherParts(el);
      const icon = part(el, 'launcher-icon')!;
      expect(icon.localName).to.equal('svg');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(button.contains(icon)).to.equal(true);
      expect(button.textContent?.trim()).to.equal('Rewards');
      const style = getComputedStyle(button);
      expect(style.borderTopWidth).to.equal('0px');
      expect(style.outlineStyle).to.equal('none');
      await expect(el).to.be.accessible();
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe with the popup open in the ${scheme} scheme`, async () => {
        const el = await launcher(`style="--vip-color-scheme: ${scheme}"`);
        await openPopup(el);
        await expect(el).to.be.accessible();
        await closePopup(el);
      });
    }
  });
});
