import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { loadMessages } from '../../src/data/index.js';
import '../../src/define.js';
import type { VipErrorEvent } from '../../src/elements/events.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { account, coupon, order, silver, silverAnn } from '../support/account.js';
import { captureWarnings, deepAll, listen, part, parts, partText, settled, useQuickLoads, visible } from '../support/elements.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { until } from '../support/wait.js';

// Ann spent $880.00 in March 2026: Silver since then (valid through 2027), $120.00 short of Gold.
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
    expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
    expect(part(el, 'progress-bar')!.getAttribute('role')).to.equal('progressbar');
    expect(partText(el, 'coupon-code')).to.equal('VIP-8F3K');
    const tiers = deepAll(el, '[part~="tier"]');
    expect(tiers.map((tier) => tier.querySelector('[part~="tier-title"]')?.textContent)).to.deep.equal(['Bronze', 'Silver', 'Gold']);
    await expect(el).to.be.accessible();
  });

  it('lays the block out in labelled sections with real headings, in order, two of them collapsed', async () => {
    const el = await accountWith(silverAnn());
    const sections = parts(el, 'section');
    expect(sections.map((section) => section.getAttribute('part'))).to.deep.equal([
      'section section-status', 'section section-why', 'section section-benefits', 'section section-coupons',
      'section section-tiers', 'section section-history', 'section section-how',
    ]);
    const headings = sections.map((section) => section.querySelector('[part~="heading"]')!);
    expect(headings.map((heading) => heading.tagName)).to.deep.equal(['H2', 'H2', 'H2', 'H2', 'H2', 'H2', 'H2']);
    expect(headings.map((heading) => heading.textContent)).to.deep.equal([
      'Your status', 'Why you are here', 'Your benefits', 'Your coupons', 'All tiers', 'Your history', 'How it works',
    ]);
    for (const [i, section] of sections.entries()) {
      expect(section.tagName).to.equal('SECTION');
      expect(el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)).to.equal(headings[i]);
    }
    // "Why you are here", "Your history" and "How it works" are closed <details> whose summary is the heading.
    const collapsed = sections.filter((section) => section.querySelector('details'));
    expect(collapsed.map((section) => section.getAttribute('part'))).to.deep.equal([
      'section section-why', 'section section-history', 'section section-how',
    ]);
    for (const section of collapsed) {
      const details = section.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary > [part~="heading"]')).to.not.equal(null);
      expect(visible(details.querySelector('ul, ol')!)).to.equal(false);
    }
    await expect(el).to.be.accessible();
  });

  it('sets its text in at most 7 faces (family, size and weight), so few fonts are looked up as it shows', async () => {
    // Each face the page has not used yet costs a font lookup in the frame that first shows it (README, "Performance").
    const el = await accountWith(silverAnn([coupon({ id: 'a', expiresAt: '2027-02-28T15:00:00Z' }), coupon({ id: 'b', code: 'SHIP-12', expiresAt: null })]));
    const faces = new Set<string>();
    for (const element of deepAll(el, '*')) {
      if (![...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())) continue;
      const style = getComputedStyle(element);
      faces.add(`${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
    }
    expect(faces.size, [...faces].join(' | ')).to.be.within(4, 7);
  });

  it('takes its heading level from heading-level', async () => {
    const el = await fixture<VipAccount>(html`<vip-account heading-level="3" .account=${silverAnn()}></vip-account>`);
    await settled(el);
    expect(parts(el, 'heading').map((heading) => heading.tagName)).to.deep.equal(['H3', 'H3', 'H3', 'H3', 'H3', 'H3', 'H3']);
    el.headingLevel = 9;
    await settled(el);
    expect(part(el, 'heading')!.tagName).to.equal('H6');
    await expect(el).to.be.accessible();
  });

  it('explains why the shopper is here from the engine: what counted, what did not, when the tier was reached', async () => {
    const el = await accountWith(
      account({
        activity: [
          order('2025-06-10T15:00:00Z', 60000),
          order('2026-02-01T15:00:00Z', 30000),
          order('2026-03-01T15:00:00Z', 20000, { refunded: 5000 }),
          order('2026-04-01T15:00:00Z', 10000),
          order('2026-05-01T15:00:00Z', 9000, { cancelled: true }),
        ],
        coupons: [],
      }),
    );
    const why = part(el, 'section-why')!;
    const details = why.querySelector('details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(visible(why.querySelector('li')!)).to.equal(true);
    expect([...why.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
      '$550.00 from 3 orders since Jan 1, 2026',
      '1 cancelled order and $50.00 refunded not counted.',
      'Silver reached Apr 1, 2026',
    ]);
    await expect(el).to.be.accessible();
  });

  it("lists the tier's benefits once: received entry rewards and perks, not again in the ladder", async () => {
    const el = await accountWith(silverAnn());
    const benefits = part(el, 'section-benefits')!;
    expect(parts(benefits, 'reward').map((item) => item.textContent)).to.deep.equal([
      '500 bonus points, received Mar 4, 2026',
      '$10.00 off coupon, valid 180 days, received Mar 4, 2026',
      '1.5× points',
      '200 points on your birthday',
    ]);
    const current = part(part(el, 'section-tiers')!, 'current')!;
    expect(current.querySelector('[part~="rewards"]')).to.equal(null);
    expect(parts(el, 'rewards').map((list) => list.getAttribute('aria-label'))).to.deep.equal([
      'Silver rewards and perks', 'Bronze rewards and perks', 'Gold rewards and perks',
    ]);
  });

  it('explains how the program works, one sentence per setting', async () => {
    const el = await accountWith(silverAnn());
    expect([...part(el, 'section-how')!.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
      'Tiers are based on what you spend.',
      'A tier reached this year lasts until the end of next year.',
      'The program counts from Feb 1, 2023.',
      'Your total starts again from zero on January 1.',
      'Passing several tiers at once earns the entry rewards of the highest only.',
    ]);
    const lifetime = await accountWith(
      account({ program: { milestone: 'lifetime', entryMethod: 'orders_placed', rewardDistribution: 'all_tiers', tiers: [{ ...silver, goal: 2 }] } }),
    );
    expect([...part(lifetime, 'section-how')!.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
      'Tiers are based on the orders you place.',
      'A tier you reach is yours to keep.',
      'The program counts from Feb 1, 2023.',
      'Nothing resets on January 1.',
      'Passing several tiers at once earns the entry rewards of each.',
    ]);
    const rolling = await accountWith(account({ program: { milestone: 'rolling_12_months' } }));
    expect([...part(rolling, 'section-how')!.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
      'Tiers are based on what you spend.',
      'A tier lasts 12 months from the last day your total reached it.',
      'The program counts from Feb 1, 2023.',
      'Your total counts the last 12 months, day by day.',
      'Passing several tiers at once earns the entry rewards of the highest only.',
    ]);
  });

  it('shows the tier history, newest first, collapsed under "Your history"', async () => {
    const el = await accountWith(silverAnn());
    const history = part(el, 'section-history')!;
    expect(history.querySelector('summary')!.textContent).to.equal('Your history');
    const details = history.querySelector('details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    expect([...history.querySelectorAll('[part~="history-item"]')].map((item) => [item.getAttribute('part'), item.textContent])).to.deep.equal([
      ['history-item history-entry', 'Reached Silver · Mar 4, 2026'],
      ['history-item history-entry', 'Reached Bronze · Feb 10, 2023'],
    ]);
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

  it("shows a guest the program's pitch, Sign in and Join, and the ladder", async () => {
    const el = await fixture<VipAccount>(
      html`<vip-account login-url="/account/login?return_url=/pages/rewards" register-url="/account/register?return_url=/pages/rewards"
        .account=${account({ customer: null, coupons: [], activity: [] })}></vip-account>`,
    );
    await settled(el);
    expect(el.status?.state).to.equal('guest');
    expect(parts(el, 'section').map((section) => section.getAttribute('part'))).to.deep.equal(['section section-guest', 'section section-tiers']);
    expect(parts(el, 'heading').map((heading) => [heading.tagName, heading.textContent])).to.deep.equal([
      ['H2', 'Join our VIP program'], ['H2', 'All tiers'],
    ]);
    expect(partText(el, 'pitch')).to.equal('Gold members enjoy: Free shipping.');
    const login = part(el, 'login')!;
    expect(login.getAttribute('href')).to.equal('/account/login?return_url=/pages/rewards');
    expect(login.textContent).to.equal('Sign in');
    const join = part(el, 'register')!;
    expect(join.getAttribute('href')).to.equal('/account/register?return_url=/pages/rewards');
    expect(join.textContent).to.equal('Join');
    // Drawn as buttons: padded boxes with a border, not inline links.
    expect(parseFloat(getComputedStyle(join).paddingTop)).to.be.greaterThan(4);
    expect(getComputedStyle(join).borderTopStyle).to.equal('solid');
    expect(deepAll(el, '[part~="tier"]')).to.have.length(3);
    expect(part(el, 'progress-label')).to.equal(undefined);
    expect(part(el, 'greeting')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows the same guest panel, and no error, when the store answers 401', async () => {
    const path = uniquePath('account-401');
    serve(path, () => new HttpResponse(null, { status: 401 }));
    const el = await fixture<VipAccount>(html`<vip-account src=${path} register-url="javascript:alert(1)"></vip-account>`);
    await until(() => el.status);
    await settled(el);
    expect(partText(el, 'heading')).to.equal('Join our VIP program');
    expect(partText(el, 'pitch')).to.equal('Earn rewards and perks with every order.');
    expect(part(el, 'login')!.getAttribute('href')).to.equal('/account/login');
    // A refused register-url falls back, as login-url does.
    expect(part(el, 'register')!.getAttribute('href')).to.equal('/account/register');
    expect(part(el, 'error')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows nothing at all while the program is disabled', async () => {
    const el = await accountWith(account({ program: { status: 'disabled' } }));
    expect(el.hidden).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('shows a polite notice and no numbers while tiers are recalculating, but still the coupons', async () => {
    const el = await accountWith(
      account({ program: { status: 'recalculating' }, coupons: [coupon({ code: 'KEEP-ME', expiresAt: '2026-12-31T15:00:00Z' })] }),
    );
    const notice = part(el, 'notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.equal('Your VIP tier is being updated. Please check back soon.');
    expect(el.shadowRoot!.textContent).not.to.match(/\d/);
    for (const name of ['tier-name', 'progress-bar', 'progress-total', 'tier-list', 'section-why']) expect(part(el, name), name).to.equal(undefined);
    expect(parts(el, 'section').map((section) => section.getAttribute('part'))).to.deep.equal(['section section-coupons']);
    expect(partText(el, 'coupon-code')).to.equal('KEEP-ME');
    // The coupon stays usable: its copy button, named by the code it copies.
    const copy = part(el, 'copy')!;
    expect(copy.textContent!.trim()).to.equal('Copy');
    expect(el.shadowRoot!.querySelector('vip-coupons')!.shadowRoot!.getElementById(copy.getAttribute('aria-describedby')!)!.textContent).to.equal('KEEP-ME');
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
    expect(partText(el, 'error')).to.equal("We couldn't load your VIP status just now. Your tier and rewards are safe.");
    // A normal-sized button, not a link-sized one.
    expect(part(el, 'retry')!.getBoundingClientRect().height).to.be.greaterThan(30);
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
    expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
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
    expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
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
    expect(partText(el, 'past-coupons')).to.contain('Past coupons (1)');
  });

  it('adds "Use now" to active coupons with shop-url', async () => {
    const el = await fixture<VipAccount>(html`<vip-account shop-url="/collections/all" .account=${silverAnn()}></vip-account>`);
    await settled(el);
    expect(part(el, 'use-now')!.getAttribute('href')).to.equal('/collections/all');
    expect(partText(el, 'use-now')).to.equal('Use now');
  });

  it('shows the tier image in the badge and the ladder', async () => {
    const el = await accountWith(
      account({
        program: { tiers: [{ ...silver, goal: 0, image: '/test/support/tier.svg' }] },
        activity: [],
        coupons: [],
      }),
    );
    const images = parts(el, 'tier-image') as HTMLImageElement[];
    expect(images.map((img) => [img.alt, img.getAttribute('src')])).to.deep.equal([
      ['Silver', '/test/support/tier.svg'], ['Silver', '/test/support/tier.svg'],
    ]);
    // Base tier: nothing to lose, so no validity.
    expect(part(el, 'valid-until')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('leads with the keep goal for a tier at risk, then the next tier', async () => {
    const el = await accountWith(
      account({ activity: [order('2025-05-01T15:00:00Z', 60000), order('2026-05-01T15:00:00Z', 10000)], coupons: [] }),
    );
    expect(partText(el, 'progress-total')).to.equal('$100.00 of $500.00 this year');
    expect(partText(el, 'keep')).to.equal('Spend $400.00 by Dec 31, 2026 to keep Silver in 2027');
    expect(partText(el, 'next-step')).to.equal('Spend $900.00 more by Dec 31, 2026 to reach Gold');
    await expect(el).to.be.accessible();
  });
});
