import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../../src/define.js';
import { pendingRequestCount } from '../../src/data/index.js';
import { safeUrl } from '../../src/elements/view.js';
import type { VipErrorEvent, VipLoadEvent } from '../../src/elements/events.js';
import type { VipProgram } from '../../src/elements/vip-program/vip-program.js';
import { account, order, silverAnn } from '../support/account.js';
import { captureWarnings, gate, listen, part, partText, settled, useQuickLoads } from '../support/elements.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { until } from '../support/wait.js';

// Ann spent $880.00 in March 2026: Silver since then, $120.00 short of Gold's $1,000.00 (calendar year).
async function programWith(doc: unknown, attrs = ''): Promise<VipProgram> {
  const el = document.createElement('vip-program');
  el.innerHTML = `<vip-tier-badge></vip-tier-badge><vip-tier-progress></vip-tier-progress>`;
  for (const [name, value] of attrs ? attrs.split(' ').map((a) => a.split('=')) : []) el.setAttribute(name!, value!);
  el.account = doc;
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

describe('<vip-program>', () => {
  useMockApi();
  useQuickLoads();

  it('hands the evaluated account to the pieces inside it: Silver, $120.00 more to reach Gold', async () => {
    const el = await programWith(silverAnn());
    expect(partText(el, 'tier-name')).to.contain('Silver');
    expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
    const bar = part(el, 'progress-bar')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('88000');
    expect(bar.getAttribute('aria-valuemax')).to.equal('100000');
    expect(el.status?.tier?.name).to.equal('Silver');
    await expect(el).to.be.accessible();
  });

  it('exposes the status read-only', async () => {
    const el = await programWith(silverAnn());
    expect(() => ((el as unknown as { status: unknown }).status = undefined)).to.throw(TypeError);
    expect(el.status?.state).to.equal('active');
  });

  it('reads a document rendered into a child <script type="application/json"> without any request', async () => {
    const api = serve('/never', () => HttpResponse.json({}));
    const el = await fixture<VipProgram>(html`<vip-program src="/never">
      <script type="application/json">${JSON.stringify(silverAnn())}</script>
      <vip-tier-badge></vip-tier-badge><vip-tier-progress></vip-tier-progress>
    </vip-program>`);
    await settled(el);
    expect(partText(el, 'tier-name')).to.contain('Silver');
    expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
    expect(api.seen).to.have.length(0);
  });

  it('reads an inline document added after the element, and follows it when the theme replaces it', async () => {
    const el = await fixture<VipProgram>(html`<vip-program><vip-tier-badge></vip-tier-badge></vip-program>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(silverAnn());
    el.append(script);
    await until(() => el.status);
    await settled(el);
    expect(partText(el, 'tier-name')).to.contain('Silver');
    script.textContent = JSON.stringify(account({ activity: [order('2026-03-04T15:00:00Z', 120000)] }));
    await until(() => el.status?.tier?.id === 'gold');
    await settled(el);
    expect(partText(el, 'tier-name')).to.contain('Gold');
  });

  it('previews the program at the `now` instant, and follows it when it changes', async () => {
    // On 1 June 2025 none of 2026's spending has happened: Bronze, $500.00 short of Silver.
    const el = await programWith(silverAnn(), 'now=2025-06-01T00:00:00Z');
    expect(partText(el, 'tier-name')).to.contain('Bronze');
    expect(partText(el, 'progress-label')).to.equal('Spend $500.00 more by Dec 31, 2025 to reach Silver');
    el.now = '2026-11-25T10:00:00Z';
    await settled(el);
    expect(partText(el, 'tier-name')).to.contain('Silver');
    expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
  });

  it('says so at the top tier instead of a next goal', async () => {
    const el = await programWith(account({ activity: [order('2026-03-04T15:00:00Z', 120000)] }));
    expect(partText(el, 'tier-name')).to.contain('Gold');
    expect(partText(el, 'progress-label')).to.equal("You've reached our top tier. Enjoy every perk!");
  });

  it('fires vip-load with the status', async () => {
    const loads = listen<VipLoadEvent>('vip-load');
    const el = await programWith(silverAnn());
    loads.stop();
    expect(loads.events).to.have.length(1);
    expect(loads.events[0]!.detail.tier?.id).to.equal('silver');
    expect(loads.events[0]!.detail.progress?.remaining).to.equal(12000);
    expect(loads.events[0]!.composed).to.equal(true);
    expect(el.status).to.equal(loads.events[0]!.detail);
  });

  it('shows a short error with a retry button for an invalid document, fires vip-error and warns once naming the field', async () => {
    const warn = captureWarnings();
    const errors = listen<VipErrorEvent>('vip-error');
    const bad = account({ program: { tiers: [{ id: 'bronze', name: 'Bronze', goal: 'lots', entryRewards: [], perks: [] }] } });
    const el = await programWith(bad);
    errors.stop();
    warn.restore();
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.equal("We couldn't load your VIP status just now. Your tier and rewards are safe.");
    expect(partText(el, 'retry')).to.equal('Try again');
    expect(errors.events).to.have.length(1);
    expect(errors.events[0]!.detail.issues.map((issue) => issue.path)).to.include('program.tiers.0.goal');
    expect(warn.warnings).to.have.length(1);
    expect(warn.warnings[0]).to.contain('program.tiers.0.goal');
    expect(el.status).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('treats an inline script that is not JSON as an error, not a crash', async () => {
    const warn = captureWarnings();
    const errors = listen<VipErrorEvent>('vip-error');
    const el = await fixture<VipProgram>(html`<vip-program><script type="application/json">{"version": 1,</script></vip-program>`);
    await settled(el);
    errors.stop();
    warn.restore();
    expect(partText(el, 'error')).to.equal("We couldn't load your VIP status just now. Your tier and rewards are safe.");
    expect(errors.events).to.have.length(1);
    expect(warn.warnings).to.have.length(1);
  });

  it('hides itself while the program is disabled', async () => {
    const el = await programWith(account({ program: { status: 'disabled' } }));
    expect(el.hidden).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('shows a polite notice and no numbers while tiers are recalculating', async () => {
    const el = await programWith(silverAnn());
    el.account = account({ program: { status: 'recalculating' }, activity: [order('2026-03-04T15:00:00Z', 88000)] });
    await settled(el);
    const notice = part(el, 'notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.equal('Your VIP tier is being updated. Please check back soon.');
    expect(part(el, 'progress-label')).to.equal(undefined);
    expect(part(el, 'tier-name')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('speaks and formats money in the locale of the nearest lang, and in its `locale` attribute first', async () => {
    const wrapper = await fixture(html`<div lang="de-DE"></div>`);
    const el = document.createElement('vip-program');
    el.innerHTML = '<vip-tier-progress></vip-tier-progress>';
    el.account = silverAnn();
    wrapper.append(el);
    await settled(el);
    const euroStyle = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'USD' }).format(120);
    expect(euroStyle).to.match(/^120,00\s\$$/);
    expect(partText(el, 'progress-label')).to.equal(`Noch ${euroStyle.replace(/\s+/g, ' ')} ausgeben, um bis zum 31.12.2026 Gold zu erreichen`);
    el.setAttribute('locale', 'en-US');
    await settled(el);
    expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
  });

  it('merges its `messages` over the built-in ones', async () => {
    const el = await programWith(silverAnn());
    el.messages = { spendMore: (amount: string) => `Only ${amount}`, toNext: (more: string, tier: string) => `${more} to go until ${tier}!` };
    await settled(el);
    expect(partText(el, 'progress-label')).to.equal('Only $120.00 to go until Gold!');
  });

  it('loads `src` with the token as a Bearer header', async () => {
    const path = uniquePath('program');
    const api = serve(path, () => HttpResponse.json(silverAnn()));
    const el = await fixture<VipProgram>(html`<vip-program src=${path} token="t-42"><vip-tier-badge></vip-tier-badge></vip-program>`);
    await until(() => el.status);
    await settled(el);
    expect(partText(el, 'tier-name')).to.contain('Silver');
    expect(api.seen).to.have.length(1);
    expect(api.seen[0]!.request.headers.get('authorization')).to.equal('Bearer t-42');
  });

  it('shows the guest view on a 401, with the sign-in link', async () => {
    const path = uniquePath('guest');
    serve(path, () => new HttpResponse(null, { status: 401 }));
    const errors = listen('vip-error');
    const el = await fixture<VipProgram>(html`<vip-program src=${path} login-url="/login?return=/rewards"><vip-tier-badge></vip-tier-badge></vip-program>`);
    await until(() => el.status);
    await settled(el);
    errors.stop();
    expect(el.status?.state).to.equal('guest');
    expect(part(el, 'sign-in')?.getAttribute('href')).to.equal('/login?return=/rewards');
    expect(part(el, 'error')).to.equal(undefined);
    expect(errors.events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shares one request between elements with the same src', async () => {
    const path = uniquePath('shared');
    const api = serve(path, () => HttpResponse.json(silverAnn()));
    const wrapper = await fixture(html`<div>
      <vip-program src=${path}><vip-tier-badge></vip-tier-badge></vip-program>
      <vip-account src=${path}></vip-account>
    </div>`);
    const [first, second] = [...wrapper.children] as VipProgram[];
    await until(() => first!.status && second!.status);
    expect(api.seen).to.have.length(1);
    expect(second!.status?.tier?.id).to.equal('silver');
  });

  it('recovers through the retry button after a failed load', async () => {
    const path = uniquePath('retry');
    const warn = captureWarnings();
    const api = serve(path, (_request, index) =>
      index === 0 ? new HttpResponse('oops', { status: 500 }) : HttpResponse.json(silverAnn()),
    );
    const el = await fixture<VipProgram>(html`<vip-program src=${path}><vip-tier-badge></vip-tier-badge></vip-program>`);
    await until(() => part(el, 'error'));
    warn.restore();
    expect(warn.warnings).to.have.length(1);
    part(el, 'retry')!.click();
    await until(() => el.status);
    await settled(el);
    expect(api.seen).to.have.length(2);
    expect(part(el, 'error')).to.equal(undefined);
    expect(partText(el, 'tier-name')).to.contain('Silver');
  });

  it('aborts its request when removed while loading, and reports nothing', async () => {
    const path = uniquePath('removed');
    const hold = gate();
    const answered = gate();
    const api = serve(path, async () => {
      await hold.opened;
      answered.open();
      return HttpResponse.json(silverAnn());
    });
    const events = [listen('vip-load'), listen('vip-error')];
    const el = await fixture<VipProgram>(html`<vip-program src=${path}></vip-program>`);
    await until(() => api.seen.length === 1);
    el.remove();
    await until(() => pendingRequestCount() === 0);
    // The server answers only now, to a request the page has already given up.
    hold.open();
    await answered.opened;
    await el.updateComplete;
    for (const { events: seen, stop } of events) {
      stop();
      expect(seen).to.have.length(0);
    }
    expect(el.status).to.equal(undefined);
  });

  it('keeps its request when moved in the page, and does not fetch again', async () => {
    const path = uniquePath('moved');
    const hold = gate();
    const api = serve(path, async () => {
      await hold.opened;
      return HttpResponse.json(silverAnn());
    });
    const wrapper = await fixture(html`<div><section></section><vip-program src=${path}></vip-program></div>`);
    const el = wrapper.querySelector('vip-program')!;
    await until(() => api.seen.length === 1);
    expect(el.status).to.equal(undefined);
    await expect(el).to.be.accessible();
    wrapper.querySelector('section')!.append(el);
    // The element checks whether it really left the page in a zero-delay timer set when it was disconnected; a
    // zero-delay timer set now runs after that one, so the request has outlived the check when the server answers.
    await new Promise((resolve) => setTimeout(resolve));
    hold.open();
    await until(() => el.status);
    wrapper.append(el);
    await settled(el);
    expect(api.seen).to.have.length(1);
    expect(el.status?.tier?.id).to.equal('silver');
  });

  it('accepts only http(s) and relative sign-in links', () => {
    expect(safeUrl('/account/login?x=1')).to.equal('/account/login?x=1');
    expect(safeUrl('https://shop.example/login')).to.equal('https://shop.example/login');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', ' javascript:x']) {
      expect(safeUrl(bad), bad).to.equal('/account/login');
    }
    expect(safeUrl(undefined)).to.equal('/account/login');
  });

  it('falls back to /account/login when login-url is a javascript: URL', async () => {
    const el = await programWith(account({ customer: null }), 'login-url=javascript:alert(1)');
    expect(el.status?.state).to.equal('guest');
    expect(part(el, 'sign-in')?.getAttribute('href')).to.equal('/account/login');
  });
});


