import { expect } from '@open-wc/testing';

// The README's snippet: vip-tiers.css linked in <head> before the script tag. Its rules hold the block's space, so
// the loader adds no constructed copy of them to the page's task.
const link = document.createElement('link');
link.rel = 'stylesheet';
// With a version query, as a theme's asset URLs have (Shopify's `asset_url`).
link.href = '/dist/vip-tiers.css?v=3';
const linked = new Promise((resolve, reject) => {
  link.addEventListener('load', resolve);
  link.addEventListener('error', () => reject(new Error('dist/vip-tiers.css did not load: run `npm run build` first')));
});
document.head.append(link);

const block = document.createElement('vip-account');
block.setAttribute('src', '/api/loader-linked/account.json');
document.body.append(block);

describe('the script tag on a page that links vip-tiers.css', () => {
  /** What the shopper sees while the code downloads: read in the task the loader ran in, before it asks for any. */
  let waiting: { defined: boolean; height: number; gradients: number } | undefined;

  before(async () => {
    await linked;
    await import('../../src/loader.js');
    // The loader requests the element's code only after the next frame, so nothing of it is here yet.
    waiting = {
      defined: customElements.get('vip-account') !== undefined,
      height: block.getBoundingClientRect().height,
      gradients: getComputedStyle(block).backgroundImage.match(/linear-gradient/g)?.length ?? 0,
    };
  });

  after(() => block.remove());

  it('adopts no style sheet of its own', () => {
    expect(document.adoptedStyleSheets).to.have.length(0);
  });

  it('still holds the block\u2019s space and draws its skeleton, from the linked rules', () => {
    expect(waiting).to.deep.equal({ defined: false, height: 704, gradients: 4 });
  });
});
