import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import type { VipLauncher } from '../../src/elements/vip-launcher/vip-launcher.js';
import { silverAnn } from '../support/account.js';
import { captureWarnings, part, settled } from '../support/elements.js';
import { loadFrame, watchPageErrors } from '../support/hardening.js';
import { until } from '../support/wait.js';

describe('the built script tag included twice next to a tag the theme already defined', () => {
  it('renders the account block once, leaves the theme\u2019s vip-launcher alone and raises no error', async () => {
    const frame = loadFrame('/test/hardening/pages/twice.html', () => true, 12000);
    try {
      const report = await frame.report;
      expect(report['failed']).to.equal(undefined);
      expect(report['tierName']).to.equal('VIP tier: Silver');
      expect(report['progressLabel']).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
      expect(report['launcherTag']).to.equal('ThemeLauncher');
      expect(report['errors']).to.deep.equal([]);
      const inFrame = frame.frame.contentDocument!;
      expect(inFrame.querySelectorAll('vip-account')).to.have.length(1);
      expect(inFrame.querySelector('vip-launcher')!.shadowRoot).to.equal(null);
      expect(inFrame.querySelector('vip-launcher')!.textContent).to.equal('Theme launcher');
    } finally {
      frame.close();
    }
  });
});

// A theme that styles everything it can reach, as many do.
const hostileTheme = 'html{font-size:62.5%} *{line-height:3;color:red} button{padding:40px} dialog{display:block}';

type Box = { x: number; y: number; width: number; height: number };

/** Boxes of the named parts, relative to `origin`'s box, so a theme moving the block itself does not count. */
function boxes(root: Element, names: readonly string[], origin: Element): Record<string, Box | null> {
  const base = origin.getBoundingClientRect();
  return Object.fromEntries(
    names.map((name) => {
      const el = part(root, name);
      if (!el) return [name, null];
      const box = el.getBoundingClientRect();
      return [name, { x: box.x - base.x, y: box.y - base.y, width: box.width, height: box.height }];
    }),
  );
}

function expectSameLayout(actual: Record<string, Box | null>, expected: Record<string, Box | null>): void {
  for (const [name, box] of Object.entries(expected)) {
    expect(box, `${name} is shown`).not.to.equal(null);
    const now = actual[name]!;
    expect(now, `${name} is still shown`).not.to.equal(null);
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(now[key], `${name} ${key}`).to.be.closeTo(box![key], 1);
    }
  }
}

async function withThemeSheet<T>(css: string, run: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    // Reading a computed style or a box applies the sheet at once: nothing to wait for.
    return await run();
  } finally {
    style.remove();
  }
}

describe('a hostile theme stylesheet', () => {
  let page: ReturnType<typeof watchPageErrors>;
  beforeEach(() => (page = watchPageErrors()));
  afterEach(() => {
    page.stop();
    expect(page.errors).to.deep.equal([]);
  });

  it('leaves the layout of the account block unchanged', async () => {
    const el = await fixture<VipAccount>(html`<vip-account style="width: 600px" .account=${silverAnn()}></vip-account>`);
    await settled(el);
    const names = ['greeting', 'tier-name', 'progress-label', 'progress-bar', 'reward', 'coupon-code', 'copy', 'tier-list', 'tier'];
    const plain = boxes(el, names, el);
    const color = getComputedStyle(part(el, 'greeting')!).color;
    const themed = await withThemeSheet(hostileTheme, async () => {
      expect(getComputedStyle(part(el, 'greeting')!).color, 'greeting colour').to.equal(color);
      return boxes(el, names, el);
    });
    expectSameLayout(themed, plain);
  });

  it('leaves the layout of the error view unchanged', async () => {
    const warn = captureWarnings();
    const el = await fixture<VipAccount>(html`<vip-account style="width: 600px" .account=${{ version: 1 }}></vip-account>`);
    await settled(el);
    warn.restore();
    const names = ['error', 'retry'];
    const plain = boxes(el, names, el);
    const themed = await withThemeSheet(hostileTheme, async () => boxes(el, names, el));
    expectSameLayout(themed, plain);
  });

  it('leaves the launcher button and the open popup unchanged', async () => {
    const el = await fixture<VipLauncher>(html`<vip-launcher .account=${silverAnn()}></vip-launcher>`);
    el.show();
    await until(() => part(el, 'tier-name'));
    await settled(el);
    const names = ['launcher', 'panel', 'close', 'tier-name', 'progress-label', 'copy'];
    const plain = boxes(el, names, document.documentElement);
    const themed = await withThemeSheet(hostileTheme, async () => boxes(el, names, document.documentElement));
    expectSameLayout(themed, plain);
    el.hide();
  });

  it('shows the popup above a theme header with z-index 2147483647', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <header id="theme-header">Free shipping over $50</header>
      <vip-launcher .account=${silverAnn()}></vip-launcher>
    </div>`);
    const header = wrapper.querySelector('header')!;
    Object.assign(header.style, { position: 'fixed', inset: '0', zIndex: '2147483647', background: 'black' });
    const el = wrapper.querySelector('vip-launcher')!;
    el.show();
    await until(() => part(el, 'tier-name'));
    await settled(el);
    const panel = part(el, 'panel')!;
    const box = panel.getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    expect(box.width).to.be.greaterThan(0);
    expect(document.elementFromPoint(x, y)).to.equal(el);
    const hit = el.shadowRoot!.elementFromPoint(x, y)!;
    expect(panel.contains(hit), `hit ${hit.localName}`).to.equal(true);
    el.hide();
  });
});
