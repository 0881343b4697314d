import { expect } from '@open-wc/testing';
import { catalogIds } from '../../src/i18n/catalogs.js';
import { chooseLocale } from '../../src/i18n/locales.js';

/** The demo page's markup and stylesheet, as the dev server sends them. */
async function demoFile(path: string): Promise<string> {
  const response = await fetch(new URL(`/demo/${path}`, location.origin));
  expect(response.status, path).to.equal(200);
  return response.text();
}

async function demoPage(): Promise<Document> {
  return new DOMParser().parseFromString(await demoFile('index.html'), 'text/html');
}

describe('demo page', () => {
  it('has no inline style attributes and no inline scripts, so a strict CSP allows it', async () => {
    const page = await demoPage();
    expect(page.querySelectorAll('[style]')).to.have.length(0);
    // The test server injects its own reload script; the page itself has one module script.
    const scripts = [...page.querySelectorAll('script')].filter((s) => !s.src.includes('/__web-dev-server'));
    expect(scripts.map((s) => [s.type, s.getAttribute('src')])).to.deep.equal([['module', './main.ts']]);
    expect(page.querySelectorAll('style')).to.have.length(0);
    expect([...page.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).to.deep.equal([
      './themes.css',
    ]);
  });

  it('labels every control of the picker', async () => {
    const page = await demoPage();
    const controls = [...page.querySelectorAll('#picker select, #picker input')];
    expect(controls.map((c) => c.id)).to.deep.equal([
      'pick-shopper', 'pick-program', 'pick-fault', 'pick-now', 'pick-theme', 'pick-locale', 'pick-position',
    ]);
    for (const control of controls) {
      expect(page.querySelector(`label[for="${control.id}"]`)?.textContent?.trim(), control.id).to.not.be.empty;
    }
    expect(page.querySelector('#pick-now')?.getAttribute('type')).to.equal('date');
  });

  it('offers every built-in language in the locale picker, each named in its own language', async () => {
    const options = [...(await demoPage()).querySelectorAll<HTMLOptionElement>('#pick-locale option')].filter((o) => o.value);
    const catalogs = options.map((option) => chooseLocale(option.value).catalog);
    expect([...new Set(catalogs)]).to.have.members(['en', ...catalogIds()]);
    for (const option of options) expect(option.lang, option.value).to.equal(option.value);
  });

  it('puts the account block and the launcher on the page, inside landmarks', async () => {
    const page = await demoPage();
    expect(page.querySelector('main vip-account')).to.exist;
    expect(page.querySelector('aside[aria-label] vip-launcher')).to.exist;
    expect(page.querySelector('main vip-program vip-tier-badge')).to.exist;
    // The mock cart: an amount control with its label, and the cart element beside it.
    expect(page.querySelector('label[for="cart-amount"]')?.closest('section')?.querySelector('vip-cart-progress')).to.exist;
    expect(page.querySelector('header')).to.exist;
    expect(page.querySelector('footer')).to.exist;
    expect(page.querySelector('[role="log"]')?.getAttribute('aria-labelledby')).to.equal('log-heading');
    expect(page.documentElement.lang).to.equal('en');
  });

  it('styles the widgets in the brand themes only through ::part() and --vip-* properties', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await demoFile('themes.css'));
    const widgetRules = [...sheet.cssRules].filter(
      // Rules that select a vip-* element (not the page's own classes that merely mention an event name).
      (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && /(^|[\s,(>+~])vip-[a-z-]+/.test(rule.selectorText),
    );
    const themes = new Set(widgetRules.map((rule) => /data-theme="?'?(\w+)/.exec(rule.selectorText)?.[1]));
    expect([...themes]).to.have.members(['noir', 'sprout']);
    for (const rule of widgetRules) {
      if (rule.selectorText.includes('::part(')) continue;
      const properties = [...rule.style];
      expect(properties.length, rule.selectorText).to.be.above(0);
      for (const property of properties) expect(property, rule.selectorText).to.match(/^--vip-/);
    }
  });
});
