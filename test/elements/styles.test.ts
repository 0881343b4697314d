import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defineElement } from '../../src/elements/define-element.js';
import { hostStyles } from '../../src/elements/styles.js';
import { VipTierBadge } from '../../src/elements/vip-tier-badge/vip-tier-badge.js';
import { VipTierProgress } from '../../src/elements/vip-tier-progress/vip-tier-progress.js';
import { part } from '../support/elements.js';
import { silverShopper, view } from './pieces.support.js';

defineElement('vip-tier-badge', VipTierBadge);
defineElement('vip-tier-progress', VipTierProgress);

const container = (markup = html`<div></div>`) => fixture<HTMLElement>(markup);

async function progressIn(container: HTMLElement): Promise<VipTierProgress> {
  const el = document.createElement('vip-tier-progress') as VipTierProgress;
  el.view = view(silverShopper());
  container.append(el);
  await el.updateComplete;
  return el;
}

// Chromium only: emulating prefers-color-scheme, forced-colors and prefers-reduced-motion takes DevTools commands
// that Firefox over WebDriver BiDi and WebKitWebDriver do not have.
const canEmulateMedia = navigator.userAgent.includes('Chrome/');
const itEmulatingMedia = canEmulateMedia ? it : it.skip;

describe('theming', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it("ignores a theme's root font size: sizes come from the host", async () => {
    document.documentElement.style.fontSize = '62.5%';
    const el = await progressIn(await container());
    expect(getComputedStyle(el).fontSize).to.equal('16px');
    expect(part(el, 'progress-bar')!.getBoundingClientRect().height).to.equal(12);
  });

  it('takes the brand colours set on an outer element', async () => {
    const outer = await container(html`<div style="--vip-accent: rgb(200, 0, 100); --vip-font-size: 20px"></div>`);
    const el = await progressIn(outer);
    expect(getComputedStyle(part(el, 'progress-fill')!).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(el).fontSize).to.equal('20px');
  });

  it('resolves its light and dark defaults by the colour scheme a theme sets', async () => {
    const light = await progressIn(await container(html`<div style="--vip-color-scheme: light"></div>`));
    const dark = await progressIn(await container(html`<div style="--vip-color-scheme: dark"></div>`));
    expect(getComputedStyle(light).color).to.equal('rgb(31, 35, 40)');
    expect(getComputedStyle(dark).color).to.equal('rgb(236, 238, 241)');
    expect(getComputedStyle(part(dark, 'progress-fill')!).backgroundColor).to.equal('rgb(138, 180, 248)');
  });

  itEmulatingMedia('follows a dark colour scheme', async () => {
    const el = await progressIn(await container());
    const light = getComputedStyle(el).color;
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(el).color).to.not.equal(light);
    expect(getComputedStyle(el).color).to.equal('rgb(236, 238, 241)');
  });

  itEmulatingMedia('keeps the bar visible in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await progressIn(await container());
    const fill = getComputedStyle(part(el, 'progress-fill')!);
    expect(fill.forcedColorAdjust).to.equal('none');
    expect(fill.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(part(el, 'progress-bar')!).borderTopStyle).to.equal('solid');
  });

  itEmulatingMedia('stops the skeleton shimmer and the bar transition when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const loading = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view()}></vip-tier-badge>`);
    expect(getComputedStyle(part(loading, 'skeleton')!.firstElementChild!).animationName).to.equal('none');
    const el = await progressIn(await container());
    expect(getComputedStyle(part(el, 'progress-fill')!).transitionDuration).to.equal('0s');
  });

  it('gives every button a 44 px target on touch screens, or the size a theme sets', async () => {
    const media = [...hostStyles.styleSheet!.cssRules].filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule);
    const coarse = media.find((rule) => rule.conditionText === '(pointer: coarse)');
    expect(coarse?.cssRules[0]?.cssText.replace(/\s+/g, '')).to.equal(':host{--_target:var(--vip-target-size,44px);}');
    const el = await fixture<VipTierBadge>(html`<vip-tier-badge .view=${view(silverShopper())}></vip-tier-badge>`);
    const button = el.shadowRoot!.appendChild(document.createElement('button'));
    const fine = matchMedia('(pointer: coarse)').matches ? 44 : 0;
    expect(button.getBoundingClientRect().height).to.be.at.least(fine);
    el.style.setProperty('--vip-target-size', '44px');
    expect(button.getBoundingClientRect().height).to.equal(44);
    expect(button.getBoundingClientRect().width).to.equal(44);
  });

  it('fills the bar from the inline start, on the right in a right-to-left page', async () => {
    const el = await progressIn(await container(html`<div dir="rtl" style="inline-size: 400px"></div>`));
    const bar = part(el, 'progress-bar')!.getBoundingClientRect();
    const fill = part(el, 'progress-fill')!.getBoundingClientRect();
    expect(fill.right).to.be.closeTo(bar.right, 0.5);
    expect(fill.width).to.be.closeTo(bar.width * 0.88, 1);
  });
});
