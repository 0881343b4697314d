import { expect } from '@open-wc/testing';

// The script tag runs on a page with no widget yet; the elements arrive later (a section reload, a SPA route).
const pageErrors: unknown[] = [];
window.addEventListener('error', (event) => pageErrors.push(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => pageErrors.push(event.reason));

/** Element code the page has downloaded: the loader's chunks and the element modules they import. */
function lazyChunksRequested(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /^\/src\/(?:elements\/|lazy\/(?!reserved-space))/.test(path))
    .sort();
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  ]);
}

describe('elements added after the script tag ran', () => {
  before(async () => {
    await import('../../src/loader.js');
  });

  it('downloads no element code while the page has no vip- element', () => {
    expect(lazyChunksRequested()).to.deep.equal([]);
  });

  it('holds block space for an account block until its code arrives, and none for the launcher', () => {
    const account = document.createElement('vip-account');
    const launcher = document.createElement('vip-launcher');
    document.body.append(account, launcher);
    // Measured before the chunk can arrive: what the shopper sees while the code downloads.
    expect(customElements.get('vip-account')).to.equal(undefined);
    expect(getComputedStyle(account).display).to.equal('block');
    expect(account.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(launcher.getBoundingClientRect().height).to.equal(0);
    expect(getComputedStyle(launcher).display).to.equal('none');
  });

  it('registers an account block added after load, with its pieces', async () => {
    await within(customElements.whenDefined('vip-account'), 8000, '<vip-account> registered');
    await within(customElements.whenDefined('vip-tier-progress'), 8000, '<vip-tier-progress> registered');
    expect(lazyChunksRequested()).to.include('/src/lazy/account.ts');
  });

  it('registers a custom layout inserted as markup deep inside another element', async () => {
    const section = document.createElement('section');
    section.innerHTML = '<div><vip-program><vip-tier-badge></vip-tier-badge></vip-program></div>';
    document.body.append(section);
    await within(customElements.whenDefined('vip-program'), 8000, '<vip-program> registered');
    expect(lazyChunksRequested()).to.include('/src/lazy/program.ts');
  });

  it("requests an element's code after the page's next frame, not before it", async () => {
    let frameAt = Number.POSITIVE_INFINITY;
    // Asked for before the element is added, so it runs first in the frame the loader waits for.
    requestAnimationFrame(() => (frameAt = performance.now()));
    document.body.append(document.createElement('vip-cart-progress'));
    await within(customElements.whenDefined('vip-cart-progress'), 8000, '<vip-cart-progress> registered');
    const request = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === '/src/lazy/cart.ts');
    expect(request, 'the cart chunk was requested').to.not.equal(undefined);
    expect(request!.startTime).to.be.greaterThan(frameAt);
  });

  it('raises no error on the page', () => {
    expect(pageErrors).to.deep.equal([]);
  });
});
