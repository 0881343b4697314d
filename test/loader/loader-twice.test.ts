import { expect } from '@open-wc/testing';

// The page as a theme leaves it: an account block, a launcher whose tag the theme's own code already registered,
// and the script tag included twice (the second copy from another URL, as when two apps each add it).
const pageErrors: unknown[] = [];
window.addEventListener('error', (event) => pageErrors.push(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => pageErrors.push(event.reason));

const registrations: string[] = [];
const define = customElements.define.bind(customElements);
customElements.define = (tag, ctor, options) => {
  registrations.push(tag);
  define(tag, ctor, options);
};

class ThemeLauncher extends HTMLElement {}

function requested(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === path);
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  ]);
}

describe('the script tag included twice on a page', () => {
  before(async () => {
    customElements.define('vip-launcher', ThemeLauncher);
    document.body.insertAdjacentHTML('beforeend', '<vip-account></vip-account><vip-launcher></vip-launcher>');
    const secondCopy = '../../src/loader.ts?copy=2';
    await import('../../src/loader.js');
    await import(/* @vite-ignore */ secondCopy);
    await within(customElements.whenDefined('vip-account'), 8000, '<vip-account> registered');
    // The pieces of the block's later sections come with their code, after the block.
    await within(customElements.whenDefined('vip-tier-list'), 8000, '<vip-tier-list> registered');
  });

  it('registers the account block and each piece exactly once', () => {
    for (const tag of ['vip-account', 'vip-tier-badge', 'vip-tier-progress', 'vip-tier-rewards', 'vip-coupons', 'vip-tier-list']) {
      expect(registrations.filter((t) => t === tag), tag).to.have.length(1);
    }
  });

  it('reserves the loading space with one style sheet, not one per copy', () => {
    const reserving = document.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('vip-account:not(:defined)')),
    );
    expect(reserving).to.have.length(1);
  });

  it('leaves a tag registered by the theme to the theme and never downloads its chunk', () => {
    expect(customElements.get('vip-launcher')).to.equal(ThemeLauncher);
    expect(registrations.filter((t) => t === 'vip-launcher')).to.have.length(1);
    expect(requested('/src/lazy/launcher.ts')).to.equal(false);
  });

  it('downloads only the account chunk for a page with an account block', () => {
    expect(requested('/src/lazy/account.ts')).to.equal(true);
    expect(requested('/src/lazy/program.ts')).to.equal(false);
    expect(customElements.get('vip-program')).to.equal(undefined);
  });

  it('raises no error on the page', () => {
    expect(pageErrors).to.deep.equal([]);
  });
});
