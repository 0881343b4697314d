import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { loadMessages } from '../../src/data/index.js';
import '../../src/define.js';
import type { VipErrorEvent } from '../../src/elements/events.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { account, coupon, order } from '../support/account.js';
import { captureWarnings, deepAll, listen, part, partText, settled, useQuickLoads } from '../support/elements.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { until } from '../support/wait.js';

// Ann spent $880.00 in March 2026: Silver since then (valid through 2027), $120.00 short of Gold.
const silverAnn = () =>
  account({ activity: [order('2026-03-04T15:00:00Z', 88000)], coupons: [coupon({ expiresAt: '2027-02-28T15:00:00Z' })] });

async function accountWith(doc: unknown): Promise<VipAccount> {
  const el = await fixture<VipAccount>(html`<vip-account .account=${doc}></vip-account>`);
  await settled(el);
  return el;
}

describe('<vip-account>', () => {
  useMockApi();
  useQuickLoads();

  it('greets the shopper and shows tier, progress, rewards, coupons and every tier', async () => {
    const el = await accountWith(silverAnn());
    expect(partText(el, 'greeting')).to.equal('Hi Ann');
    expect(partText(el, 'tier-name')).to.contain('Silver');
    expect(partText(el, 'valid-until')).to.equal('Valid until Dec 31, 2027');
    expect(partText(el, 'progress-label')).to.equal('$120.00 more to reach Gold');
    expect(part(el, 'progress-bar')!.getAttribute('role')).to.equal('progressbar');
    expect(partText(el, 'coupon-code')).to.equal('VIP-8F3K');
    const tiers = deepAll(el, '[part~="tier"]');
    expect(tiers.map((tier) => tier.querySelector('[part~="tier-title"]')?.textContent)).to.deep.equal(['Bronze', 'Silver', 'Gold']);
    await expect(el).to.be.accessible();
  });

  it('forwards the pieces\u2019 parts, so vip-account::part(progress-bar) styles the bar', async () => {
    const style = document.createElement('style');
    style.textContent = 'vip-account::part(progress-bar) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const el = await accountWith(silverAnn());
      expect(getComputedStyle(part(el, 'progress-bar')!).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('shows a guest every tier and a sign-in link', async () => {
    const el = await fixture<VipAccount>(
      html`<vip-account login-url="/account/login?return_url=/pages/rewards" .account=${account({ customer: null, coupons: [], activity: [] })}></vip-account>`,
    );
    await settled(el);
    expect(el.status?.state).to.equal('guest');
    const login = part(el, 'login')!;
    expect(login.getAttribute('href')).to.equal('/account/login?return_url=/pages/rewards');
    expect(login.textContent).to.equal('Sign in to see your VIP tier');
    expect(deepAll(el, '[part~="tier"]')).to.have.length(3);
    expect(part(el, 'progress-label')).to.equal(undefined);
    expect(part(el, 'greeting')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows the sign-in link, and no error, when the store answers 401', async () => {
    const path = uniquePath('account-401');
    serve(path, () => new HttpResponse(null, { status: 401 }));
    const el = await fixture<VipAccount>(html`<vip-account src=${path}></vip-account>`);
    await until(() => el.status);
    await settled(el);
    expect(part(el, 'login')!.getAttribute('href')).to.equal('/account/login');
    expect(part(el, 'error')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows nothing at all while the program is disabled', async () => {
    const el = await accountWith(account({ program: { status: 'disabled' } }));
    expect(el.hidden).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('shows a polite notice and no numbers while tiers are recalculating', async () => {
    const el = await accountWith(account({ program: { status: 'recalculating' } }));
    const notice = part(el, 'notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.equal('Your VIP tier is being updated. Please check back soon.');
    expect(el.shadowRoot!.textContent).not.to.match(/\d/);
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry button that loads again and recovers', async () => {
    const path = uniquePath('account-retry');
    const warn = captureWarnings();
    const errors = listen<VipErrorEvent>('vip-error');
    const api = serve(path, (_request, index) =>
      index === 0 ? new HttpResponse('<html>Bad gateway</html>', { status: 502 }) : HttpResponse.json(silverAnn()),
    );
    const el = await fixture<VipAccount>(html`<vip-account src=${path}></vip-account>`);
    await until(() => part(el, 'error'));
    await settled(el);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(partText(el, 'error')).to.equal("We couldn't load your VIP status.");
    expect(errors.events).to.have.length(1);
    expect(errors.events[0]!.detail.message).to.equal(loadMessages.unavailable);
    expect(warn.warnings).to.have.length(1);
    await expect(el).to.be.accessible();
    part(el, 'retry')!.click();
    await until(() => el.status);
    await settled(el);
    errors.stop();
    warn.restore();
    expect(api.seen).to.have.length(2);
    expect(part(el, 'error')).to.equal(undefined);
    expect(partText(el, 'progress-label')).to.equal('$120.00 more to reach Gold');
  });

  it('keeps showing the saved status, marked as such, when a refresh fails', async () => {
    const path = uniquePath('account-stale');
    const warn = captureWarnings();
    serve(path, (_request, index) => (index === 0 ? HttpResponse.json(silverAnn()) : new HttpResponse(null, { status: 503 })));
    const el = await fixture<VipAccount>(html`<vip-account src=${path}></vip-account>`);
    await until(() => el.status);
    el.retry();
    await until(() => part(el, 'stale'));
    await settled(el);
    warn.restore();
    expect(partText(el, 'stale')).to.equal('Showing your last saved status.');
    expect(partText(el, 'tier-name')).to.contain('Silver');
    expect(partText(el, 'progress-label')).to.equal('$120.00 more to reach Gold');
    expect(warn.warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('lists coupons with their validity, active first', async () => {
    const el = await accountWith(
      account({
        activity: [order('2026-03-04T15:00:00Z', 88000)],
        coupons: [
          coupon({ id: 'c-1', code: 'OLD-1', expiresAt: '2026-08-31T15:00:00Z' }),
          coupon({ id: 'c-2', code: 'NEW-2', expiresAt: '2026-12-07T15:00:00Z' }),
        ],
      }),
    );
    const codes = deepAll(el, '[part~="coupon-code"]').map((code) => code.textContent?.trim());
    expect(codes).to.deep.equal(['NEW-2', 'OLD-1']);
    expect(deepAll(el, '[part~="coupon-status"]').map((s) => s.textContent?.trim())).to.deep.equal(['Expires in 12 days', 'Expired']);
  });
});
