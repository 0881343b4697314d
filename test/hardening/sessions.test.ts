/**
 * One shopper's document is never shown to the next: sign-out and sign-in in the same JavaScript context (a kiosk,
 * a theme that swaps pages without a load), failures and 401s on a shared `src`, the browser's HTTP cache, the
 * token's origin, and nothing of a token left in the page once its elements have gone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import {
  LoadError,
  clearAccountCache,
  configureRequests,
  loadMessages,
  pendingRequestCount,
  pendingTimerCount,
  requestAccount,
  type RequestSettings,
} from '../../src/data/index.js';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import type { VipLauncher } from '../../src/elements/vip-launcher/vip-launcher.js';
import { account, order } from '../support/account.js';
import { captureWarnings, part, settled } from '../support/elements.js';
import { until } from '../support/wait.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';

// Ann is Silver ($880.00 this year), Bob is Gold ($1,200.00): a shopper sees at a glance whose status it is.
const ann = () => account({ customer: { id: 'ann-1', firstName: 'Ann' }, activity: [order('2026-03-04T15:00:00Z', 88000)], coupons: [] });
const bob = () => account({ customer: { id: 'bob-2', firstName: 'Bob' }, activity: [order('2026-03-04T15:00:00Z', 120000)], coupons: [] });

/**
 * A rewards service with a cookie session, as the README's app-proxy setup: the same address answers for whoever
 * is signed in on the device (`signedIn`), 401 for nobody, 503 during an outage.
 */
function cookieService(path: string) {
  const state = { signedIn: 'ann' as 'ann' | 'bob' | null, outage: false };
  const api = serve(path, () => {
    if (state.outage) return new HttpResponse(null, { status: 503 });
    if (state.signedIn === null) return new HttpResponse(null, { status: 401 });
    return HttpResponse.json(state.signedIn === 'ann' ? ann() : bob());
  });
  return { state, api };
}

/** Everything a shopper can read in an element, through its shadow roots. */
function shownText(root: Element | ShadowRoot): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

const whose = (el: VipAccount | VipLauncher): string | null | undefined => el.status?.customer?.id ?? (el.status ? null : undefined);

describe('one shopper\u2019s document, never another\u2019s', () => {
  useMockApi();
  let previous: RequestSettings;
  let warn: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    previous = configureRequests({ maxAttempts: 3, backoffMs: 5, random: () => 0.5, timeoutMs: 2000 });
    warn = captureWarnings();
  });

  afterEach(async () => {
    configureRequests(previous);
    warn.restore();
    clearAccountCache();
    await until(() => pendingRequestCount() === 0 && pendingTimerCount() === 0);
  });

  it('loads the next shopper\u2019s document after a sign-out and sign-in without a page load', async () => {
    const path = uniquePath('session-swap');
    const { state, api } = cookieService(path);
    const first = await fixture<VipAccount>(html`<vip-account src=${path}></vip-account>`);
    await until(() => whose(first) === 'ann-1');
    // The theme swaps the page: Ann's block leaves, Bob signs in, a new block of the same src arrives.
    first.remove();
    state.signedIn = 'bob';
    // The block lets go of its src a task after it leaves (a move keeps it); this timer is queued after that one.
    await new Promise((resolve) => setTimeout(resolve));
    const next = await fixture<VipAccount>(html`<vip-account src=${path}></vip-account>`);
    await until(() => next.status);
    expect(whose(next)).to.equal('bob-2');
    // Every stage shown, not only the first.
    await settled(next);
    expect(shownText(next.shadowRoot!)).to.contain('Gold').and.not.contain('Ann');
    expect(api.seen, 'a request for the new page').to.have.length(2);
  });

  it('with customer-id, never gives a kept document of another shopper, and tells the launcher that kept it', async () => {
    const path = uniquePath('session-launcher');
    const { state, api } = cookieService(path);
    // The launcher stays in the header across page swaps and says nothing of who is signed in.
    const launcher = await fixture<VipLauncher>(html`<vip-launcher src=${path}></vip-launcher>`);
    await until(() => whose(launcher) === 'ann-1');
    state.signedIn = 'bob';
    const block = await fixture<VipAccount>(html`<vip-account src=${path} customer-id="bob-2"></vip-account>`);
    await until(() => whose(block) === 'bob-2');
    await settled(block);
    expect(shownText(block.shadowRoot!)).to.contain('Gold').and.not.contain('Ann');
    // Bob's document replaced Ann's for this src: the launcher that showed Ann's loads again and shows Bob's.
    await until(() => whose(launcher) === 'bob-2');
    expect(api.seen.length).to.be.at.least(2);
  });

  it('shows the error view, not the last shopper\u2019s status, when the next shopper\u2019s load fails', async () => {
    const path = uniquePath('session-outage');
    const { state } = cookieService(path);
    const launcher = await fixture<VipLauncher>(html`<vip-launcher src=${path}></vip-launcher>`);
    await until(() => whose(launcher) === 'ann-1');
    state.signedIn = 'bob';
    state.outage = true;
    const told = await fixture<VipAccount>(html`<vip-account src=${path} customer-id="bob-2"></vip-account>`);
    const untold = await fixture<VipAccount>(html`<vip-account src=${path}></vip-account>`);
    // Past the reuse period, a block that does not say who is signed in loads too.
    configureRequests({ maxAgeMs: 0 });
    untold.retry();
    await until(() => part(told, 'retry') && part(untold, 'retry'));
    for (const block of [told, untold]) {
      expect(block.status, 'no status at all').to.equal(undefined);
      expect(part(block, 'stale'), 'no "last saved status"').to.equal(undefined);
      expect(shownText(block.shadowRoot!)).not.to.contain('Ann');
    }
  });

  it('after a 401, a retry during an outage shows the error view, never the signed-out shopper\u2019s status', async () => {
    const path = uniquePath('session-401');
    const { state } = cookieService(path);
    const launcher = await fixture<VipLauncher>(html`<vip-launcher src=${path}></vip-launcher>`);
    await until(() => whose(launcher) === 'ann-1');
    state.signedIn = null;
    const guest = await fixture<VipAccount>(html`<vip-account src=${path} customer-id=""></vip-account>`);
    await until(() => guest.status?.state === 'guest');
    // The 401 dropped Ann's document for the launcher too: it loads again and becomes a guest's.
    await until(() => launcher.status?.state === 'guest');
    state.outage = true;
    guest.retry();
    await until(() => part(guest, 'retry'));
    expect(guest.status).to.equal(undefined);
    expect(part(guest, 'stale')).to.equal(undefined);
    expect(shownText(guest.shadowRoot!)).not.to.contain('Ann').and.not.contain('Silver');
  });

  it('refuses an answer for another shopper than the customer-id the page renders', async () => {
    const path = uniquePath('session-mismatch');
    cookieService(path);
    const block = await fixture<VipAccount>(html`<vip-account src=${path} customer-id="bob-2"></vip-account>`);
    const error = new Promise<CustomEvent>((resolve) => block.addEventListener('vip-error', resolve as EventListener, { once: true }));
    await until(() => part(block, 'retry'));
    expect((await error).detail.message).to.equal(loadMessages.otherShopper);
    expect(shownText(block.shadowRoot!)).not.to.contain('Ann');
  });
});

describe('the token and the browser\u2019s HTTP cache', () => {
  useMockApi();
  afterEach(() => clearAccountCache());

  // Answered by the test server (web-test-runner.config.mjs), not the mock API: only a real response can be
  // stored in the HTTP cache. It names the token it saw and counts the requests it got.
  for (const caching of ['last-modified', 'private-max-age'] as const) {
    it(`sends each shopper's request to the server when the backend sends ${caching === 'last-modified' ? 'Last-Modified without Cache-Control' : 'private, max-age without Vary'}`, async () => {
      const url = `/__cache/${caching}/${Math.random().toString(36).slice(2)}`;
      const first = await requestAccount(url, { token: 'token-ann' });
      // A full reload with another shopper's token: a new page context, the same HTTP cache.
      clearAccountCache();
      const second = await requestAccount(url, { token: 'token-bob' });
      expect(first.kind === 'document' && first.body).to.deep.include({ token: 'Bearer token-ann' });
      expect(second.kind === 'document' && second.body).to.deep.include({ token: 'Bearer token-bob', seen: 2 });
    });
  }

  it('never sends the token to another origin without token-origin', async () => {
    const api = serve('https://rewards.example.test/account', ({ headers }) => HttpResponse.json({ token: headers.get('authorization') }));
    const refused = await requestAccount('https://rewards.example.test/account', { token: 'secret-1' }).catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(LoadError);
    expect((refused as LoadError).message).to.equal(loadMessages.tokenOrigin);
    expect(api.seen, 'nothing sent').to.have.length(0);
    const other = await requestAccount('https://rewards.example.test/account', { token: 'secret-1', tokenOrigin: 'https://elsewhere.example.test' }).catch((error: unknown) => error);
    expect(other).to.be.instanceOf(LoadError);
    const allowed = await requestAccount('https://rewards.example.test/account', { token: 'secret-1', tokenOrigin: 'https://rewards.example.test' });
    expect(allowed.kind === 'document' && allowed.body).to.deep.equal({ token: 'Bearer secret-1' });
  });

  it('does not send the token when src changes to another origin after a load', async () => {
    const path = uniquePath('token-move');
    serve(path, () => HttpResponse.json(ann()));
    const foreign = serve('https://tracker.example.test/account', () => HttpResponse.json(bob()));
    const warn = captureWarnings();
    try {
      const block = await fixture<VipAccount>(html`<vip-account src=${path} token="secret-2"></vip-account>`);
      await until(() => whose(block) === 'ann-1');
      block.src = 'https://tracker.example.test/account';
      await until(() => part(block, 'retry'));
      expect(foreign.seen).to.have.length(0);
      expect(warn.warnings.join('\n')).to.contain('token-origin');
    } finally {
      warn.restore();
    }
  });

  it('leaves no token string in any global once its elements have left', async () => {
    const token = `tok-${Math.random().toString(36).slice(2)}-secret`;
    const path = uniquePath('token-globals');
    serve(path, () => HttpResponse.json(ann()));
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    for (const tag of ['vip-account', 'vip-launcher']) {
      const el = document.createElement(tag) as VipAccount;
      el.src = path;
      el.token = token;
      wrapper.append(el);
    }
    await until(() => [...wrapper.children].every((el) => (el as VipAccount).status));
    expect(globalsHolding(token), 'while the elements are on the page').not.to.deep.equal([]);
    wrapper.replaceChildren();
    await until(() => globalsHolding(token).length === 0);
    expect(globalsHolding(token)).to.deep.equal([]);
  });
});

/**
 * Paths of the globals the widget could keep state in (symbol-keyed and `vip…` properties of window, a few levels
 * deep) whose value holds `needle`.
 */
function globalsHolding(needle: string): string[] {
  const found: string[] = [];
  const seen = new WeakSet<object>();
  const visit = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') {
      if (value.includes(needle)) found.push(path);
      return;
    }
    if (typeof value !== 'object' || value === null || depth > 6 || seen.has(value)) return;
    if (value instanceof Node || value === window) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [key, item] of value) {
        visit(key, `${path}<key>`, depth + 1);
        visit(item, `${path}.${String(key)}`, depth + 1);
      }
      return;
    }
    if (value instanceof Set) {
      for (const item of value) visit(item, `${path}<item>`, depth + 1);
      return;
    }
    for (const key of Reflect.ownKeys(value)) {
      let item: unknown;
      try {
        item = (value as Record<PropertyKey, unknown>)[key];
      } catch {
        continue;
      }
      visit(item, `${path}.${String(key)}`, depth + 1);
    }
  };
  for (const key of Reflect.ownKeys(window)) {
    if (typeof key === 'string' && !/^vip/i.test(key)) continue;
    visit((window as unknown as Record<PropertyKey, unknown>)[key], `window.${String(key)}`, 0);
  }
  return found;
}
