import { expect } from '@open-wc/testing';
import { loadFrame } from '../support/hardening.js';

// The script tag on a page whose account blocks are in the markup: before their code arrives, each holds the size it
// had last time on this device for its src, or the first-visit estimate, drawn as a skeleton.
const remembered = new URL('/api/loader-reserve/remembered.json', location.href).href;
localStorage.setItem(`vip-tiers:size:vip-account ${remembered}`, '612.5');
localStorage.setItem(`vip-tiers:size:vip-account ${new URL('/api/loader-reserve/odd.json', location.href).href}`, 'Ann');

const blocks = ['remembered', 'first', 'odd'].map((name) => {
  const block = document.createElement('vip-account');
  block.setAttribute('src', `/api/loader-reserve/${name}.json`);
  document.body.append(block);
  return block;
});

describe('space held by the script tag before the account block\u2019s code arrives', () => {
  let heights: number[] = [];
  let backgrounds: string[] = [];

  before(async () => {
    await import('../../src/loader.js');
    // Measured before the chunk can arrive: what the shopper sees while the code downloads.
    expect(customElements.get('vip-account')).to.equal(undefined);
    heights = blocks.map((block) => block.getBoundingClientRect().height);
    backgrounds = blocks.map((block) => getComputedStyle(block).backgroundImage);
  });

  after(() => {
    for (const block of blocks) block.remove();
    for (const key of Object.keys(localStorage)) if (key.includes('/api/loader-reserve/')) localStorage.removeItem(key);
  });

  it('holds exactly the size remembered for the src', () => {
    expect(heights[0]).to.equal(612.5);
  });

  it('holds the 44em estimate on a first visit, and when the stored value is not a number', () => {
    expect(heights[1]).to.equal(704);
    expect(heights[2]).to.equal(704);
  });

  it('draws a skeleton in the block\u2019s shape while it waits', () => {
    expect(backgrounds[1]!.match(/linear-gradient/g)).to.have.length(4);
  });
});

describe('the script tag at the end of the body', () => {
  after(() => {
    for (const key of Object.keys(localStorage)) if (key.includes('/api/loader-deferred/')) localStorage.removeItem(key);
  });

  it('holds the remembered size from the first paint, read as that frame begins and not in the task that ends the parse', async () => {
    const frame = loadFrame('/test/loader/pages/deferred.html', () => true);
    try {
      const report = await frame.report;
      // The page's parse ends with the loader's module, then the page's first layout, in one task: no storage read there.
      expect(report['beforeDomContentLoaded']).to.equal(true);
      expect(report['asEvaluated']).to.equal(0);
      expect(report['beforePaint']).to.equal(1);
      expect(report['defined']).to.equal(false);
      expect(report['height']).to.equal(612.5);
    } finally {
      frame.close();
    }
  });
});
