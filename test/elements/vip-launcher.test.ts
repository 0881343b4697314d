import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse } from 'msw';
import '../../src/define.js';
import type { VipLauncher } from '../../src/elements/vip-launcher/vip-launcher.js';
import { account, silverAnn } from '../support/account.js';
import { inTopLayer, launcherParts, listen, popoverShown, part, partText, settled, useQuickLoads } from '../support/elements.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { until } from '../support/wait.js';

// Every module the page fetched stays listed, so the popup module's first fetch can be seen.
performance.setResourceTimingBufferSize(100_000);

const panelLoaded = (): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('vip-launcher-panel'));

/**
 * Replaces the page's idle callbacks until `restore()`: with stubs whose idle time comes only when a test runs
 * `callbacks`, or with none at all, as in Safari.
 */
function replaceIdleCallbacks(kind: 'stubbed' | 'absent'): { readonly callbacks: IdleRequestCallback[]; restore(): void } {
  const w = window as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  const original = { requestIdleCallback: w.requestIdleCallback, cancelIdleCallback: w.cancelIdleCallback };
  const callbacks: IdleRequestCallback[] = [];
  delete w.requestIdleCallback;
  delete w.cancelIdleCallback;
  if (kind === 'stubbed') {
    w.requestIdleCallback = (callback: IdleRequestCallback) => callbacks.push(callback);
    w.cancelIdleCallback = () => undefined;
  }
  const restore = (): void => {
    delete w.requestIdleCallback;
    delete w.cancelIdleCallback;
    if (original.requestIdleCallback) w.requestIdleCallback = original.requestIdleCallback;
    if (original.cancelIdleCallback) w.cancelIdleCallback = original.cancelIdleCallback;
  };
  return { callbacks, restore };
}

async function launcher(): Promise<VipLauncher> {
  const el = await fixture<VipLauncher>(html`<vip-launcher .account=${silverAnn()}></vip-launcher>`);
  await settled(el);
  return el;
}

/** A launcher whose popup `show()` has opened, with its parts. */
async function openLauncher(): Promise<{ el: VipLauncher } & ReturnType<typeof launcherParts>> {
  const el = await launcher();
  const parts = launcherParts(el);
  el.show();
  await el.updateComplete;
  expect(parts.dialog.open).to.equal(true);
  return { el, ...parts };
}

describe('<vip-launcher>', () => {
  useMockApi();
  useQuickLoads();

  // First in this file: the popup module is loaded at most once per page.
  it('loads the popup content only on the first interaction with the button', async () => {
    const idle = replaceIdleCallbacks('stubbed');
    try {
      const el = await launcher();
      // Rendered and settled, with the idle callback held back: only an interaction can load the popup now.
      expect(panelLoaded()).to.equal(false);
      expect(idle.callbacks).to.have.length(1);
      const { button, dialog } = launcherParts(el);
      expect(part(dialog, 'tier-name')).to.equal(undefined);
      button.focus();
      await until(() => panelLoaded());
      // The greeting and the badge are built while the popup is closed, so a click only opens it.
      await until(() => part(dialog, 'greeting'));
      expect(partText(dialog, 'greeting')).to.equal('Hi Ann');
      expect(dialog.open).to.equal(false);
      button.click();
      await until(() => part(el, 'progress-label'));
      await settled(el);
      expect(partText(el, 'tier-name')).to.contain('Silver');
      expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
      await expect(el).to.be.accessible();
      el.hide();
    } finally {
      fixtureCleanup();
      idle.restore();
    }
  });

  it('renders the popup content once the browser is idle, without any interaction', async () => {
    const idle = replaceIdleCallbacks('stubbed');
    try {
      const el = await launcher();
      const { dialog } = launcherParts(el);
      expect(dialog.querySelector('vip-tier-badge')).to.equal(null);
      expect(idle.callbacks).to.have.length(1);
      idle.callbacks[0]!({ didTimeout: false, timeRemaining: () => 50 });
      await until(() => dialog.querySelector('vip-tier-badge'));
      await settled(el);
      expect(partText(el, 'tier-name')).to.contain('Silver');
    } finally {
      fixtureCleanup();
      idle.restore();
    }
  });

  it('renders the popup content without any interaction in a browser without idle callbacks', async () => {
    const idle = replaceIdleCallbacks('absent');
    try {
      expect(typeof window.requestIdleCallback).to.equal('undefined');
      const el = await launcher();
      const { dialog } = launcherParts(el);
      expect(dialog.querySelector('vip-tier-badge')).to.equal(null);
      await until(() => dialog.querySelector('vip-tier-badge'), 5000);
      await settled(el);
      expect(partText(el, 'tier-name')).to.contain('Silver');
    } finally {
      fixtureCleanup();
      idle.restore();
    }
  });

  it('is a real button announcing a dialog, collapsed until clicked', async () => {
    const el = await launcher();
    const { button, dialog } = launcherParts(el);
    expect(button.localName).to.equal('button');
    expect(button.textContent?.trim()).to.equal('Rewards');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(dialog.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens a labelled modal dialog on click, fires vip-open and reflects `open`', async () => {
    const el = await launcher();
    const opens = listen('vip-open');
    const { button, dialog } = launcherParts(el);
    // The popup opens as the next frame starts, not in the click's task: its layout is that frame's. A frame callback
    // asked for before the click runs first in that frame.
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    const openedInFrame = oneEvent(el, 'vip-open').then(() => framed);
    button.click();
    expect(dialog.open).to.equal(false);
    await el.updateComplete;
    opens.stop();
    expect(await openedInFrame).to.equal(true);
    expect(dialog.open).to.equal(true);
    expect(inTopLayer(dialog)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.hasAttribute('open')).to.equal(true);
    expect(opens.events).to.have.length(1);
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('VIP rewards');
    await until(() => part(el, 'progress-label'));
    await settled(el);
    await expect(el).to.be.accessible();
    el.hide();
  });

  it("puts the popup's sections under its own title: <h3> headings, shop-url and register-url as on the block", async () => {
    const el = await fixture<VipLauncher>(html`<vip-launcher shop-url="/collections/all" .account=${silverAnn()}></vip-launcher>`);
    await settled(el);
    el.show();
    await until(() => part(el, 'section-status'));
    await settled(el);
    const headings = [...el.shadowRoot!.querySelectorAll('[part~="heading"]')];
    expect(headings.map((heading) => heading.tagName)).to.deep.equal(['H3', 'H3', 'H3', 'H3', 'H3', 'H3', 'H3']);
    expect(headings[0]!.textContent).to.equal('Your status');
    const useNow = el.shadowRoot!.querySelector('vip-coupons')!.shadowRoot!.querySelector('[part~="use-now"]');
    expect(useNow?.getAttribute('href')).to.equal('/collections/all');
    el.hide();
    const guest = await fixture<VipLauncher>(html`<vip-launcher register-url="/pages/join" .account=${account({ customer: null })}></vip-launcher>`);
    await settled(guest);
    guest.show();
    await until(() => part(guest, 'register'));
    expect(part(guest, 'register')!.getAttribute('href')).to.equal('/pages/join');
    expect(part(guest, 'heading')!.tagName).to.equal('H3');
    guest.hide();
  });

  // ' ' is the space bar's key value; puppeteer's WebDriver BiDi keyboard does not know the name 'Space'.
  for (const [name, key] of [['Enter', 'Enter'], ['Space', ' ']] as const) {
    it(`opens from the keyboard with ${name}`, async () => {
      const el = await launcher();
      const { button, dialog } = launcherParts(el);
      button.focus();
      const opened = oneEvent(el, 'vip-open');
      await sendKeys({ press: key });
      await opened;
      expect(dialog.open).to.equal(true);
      const closed = oneEvent(el, 'vip-close');
      el.hide();
      await closed;
    });
  }

  it('closes on Escape, fires vip-close and returns focus to the button', async () => {
    const el = await launcher();
    const { button, dialog } = launcherParts(el);
    button.focus();
    const opened = oneEvent(el, 'vip-open');
    await sendKeys({ press: 'Enter' });
    await opened;
    const closes = listen('vip-close');
    // The dialog's `close` event comes in a task of its own after Escape; vip-close follows it.
    const closed = oneEvent(el, 'vip-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    closes.stop();
    expect(dialog.open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(closes.events).to.have.length(1);
    // Nothing left over the page.
    expect(popoverShown(dialog)).to.equal(false);
    expect(popoverShown(launcherParts(el).backdrop)).to.equal(false);
  });

  it('closes on Escape wherever focus is', async () => {
    const { el, dialog } = await openLauncher();
    // Focus on the page's body, as after a click on the popup's text or a control that went away.
    (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).to.equal(document.body);
    const closed = oneEvent(el, 'vip-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialog.open).to.equal(false);
    expect(el.open).to.equal(false);
  });

  it('stays open on a close event left over from before it opened again', async () => {
    const { el, dialog } = await openLauncher();
    const closes = listen('vip-close');
    dialog.dispatchEvent(new Event('close'));
    await el.updateComplete;
    closes.stop();
    expect(dialog.open).to.equal(true);
    expect(el.open).to.equal(true);
    expect(popoverShown(launcherParts(el).backdrop)).to.equal(true);
    expect(closes.events).to.have.length(0);
    el.hide();
    await el.updateComplete;
  });

  it('taken out of the page while open: closed, and put back closed, with nothing left over the page', async () => {
    const { el, dialog } = await openLauncher();
    const { backdrop } = launcherParts(el);
    expect(popoverShown(backdrop)).to.equal(true);
    const parent = el.parentElement!;
    el.remove();
    expect(dialog.open).to.equal(false);
    expect(el.open).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(popoverShown(dialog)).to.equal(false);
    expect(popoverShown(backdrop)).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('stays closed after Escape when an update comes before the dialog\u2019s close event, with one vip-close', async () => {
    const { el, dialog } = await openLauncher();
    const opens = listen('vip-open');
    const closes = listen('vip-close');
    // What Escape does, as Firefox was seen doing it while the content's stages still came: cancel, the dialog
    // closed, a stage's update (the popup opens a frame later), and only then the close event. The browser's own close
    // event is held back until after that frame.
    const held = new Promise<void>((resolve) => {
      const hold = (event: Event): void => {
        if (event.target !== dialog) return;
        event.stopImmediatePropagation();
        el.shadowRoot!.removeEventListener('close', hold, true);
        resolve();
      };
      el.shadowRoot!.addEventListener('close', hold, true);
    });
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    dialog.close();
    await held;
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    dialog.dispatchEvent(new Event('close'));
    await el.updateComplete;
    opens.stop();
    closes.stop();
    expect(dialog.open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(opens.events).to.have.length(0);
    expect(closes.events).to.have.length(1);
  });

  it('closes with its close button and returns focus to the launcher', async () => {
    const { el, button, dialog, close } = await openLauncher();
    const closes = listen('vip-close');
    const closed = oneEvent(el, 'vip-close');
    close.click();
    await closed;
    await el.updateComplete;
    closes.stop();
    expect(dialog.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(closes.events).to.have.length(1);
    expect(popoverShown(dialog)).to.equal(false);
    expect(popoverShown(launcherParts(el).backdrop)).to.equal(false);
  });

  it('opens and closes with show() and hide()', async () => {
    const el = await launcher();
    const { dialog } = launcherParts(el);
    el.show();
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    const closed = oneEvent(el, 'vip-close');
    el.hide();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    await closed;
    expect(el.open).to.equal(false);
  });

  it('sits fixed at the bottom right, or the bottom left, and above the theme', async () => {
    const el = await launcher();
    const style = getComputedStyle(el);
    expect(style.position).to.equal('fixed');
    expect(style.right).to.equal('20px');
    expect(Number(style.zIndex)).to.be.greaterThan(1000000);
    el.setAttribute('position', 'bottom-left');
    await el.updateComplete;
    expect(getComputedStyle(el).left).to.equal('20px');
  });

  it('shares its request with an account block on the same src', async () => {
    const path = uniquePath('launcher');
    const api = serve(path, () => HttpResponse.json(silverAnn()));
    const wrapper = await fixture(html`<div><vip-account src=${path}></vip-account><vip-launcher src=${path}></vip-launcher></div>`);
    const el = wrapper.querySelector('vip-launcher')!;
    await until(() => el.status && wrapper.querySelector('vip-account')!.status);
    expect(api.seen).to.have.length(1);
    expect(el.status?.tier?.id).to.equal('silver');
  });

  it('hides itself while the program is disabled', async () => {
    const el = await fixture<VipLauncher>(html`<vip-launcher .account=${account({ program: { status: 'disabled' } })}></vip-launcher>`);
    await settled(el);
    expect(el.hidden).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
