// SPEC.md §5 byte budgets, checked on the built dist/ (run `npm run build` first; `npm test` does).
// Bytes are deterministic, so they are asserted here; timings are only reported by `npm run bench`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { budgets, distDir, dynamicImportsOf, importGraph, widgetBytes } from '../../scripts/dist-sizes.mjs';

assert.ok(existsSync(join(distDir, 'vip-tiers.js')), 'dist/vip-tiers.js is missing: run `npm run build` first');
const bytes = widgetBytes();

describe('bytes a storefront downloads', () => {
  it('keeps the script-tag entry within Shopify theme-check limit of 10,000 raw bytes', () => {
    assert.ok(bytes.loader.raw <= budgets.loaderRaw, `dist/vip-tiers.js is ${bytes.loader.raw} bytes`);
  });

  it('keeps the script-tag entry within 3,000 bytes brotli', () => {
    assert.ok(bytes.loader.brotli <= budgets.loaderBrotli, `dist/vip-tiers.js is ${bytes.loader.brotli} bytes brotli`);
  });

  it('renders an account block with at most 18,000 bytes brotli in all', () => {
    assert.ok(
      bytes.account.brotli <= budgets.accountBrotli,
      `${bytes.account.brotli} bytes brotli in ${bytes.account.files.join(', ')}`,
    );
  });

  it('loads at most 26,000 bytes brotli with the popup and every element', () => {
    assert.ok(
      bytes.everything.brotli <= budgets.everythingBrotli,
      `${bytes.everything.brotli} bytes brotli in ${bytes.everything.files.join(', ')}`,
    );
  });

  it('lets the script-tag entry import one chunk per provider and nothing up front', () => {
    const loader = readFileSync(join(distDir, 'vip-tiers.js'), 'utf8');
    assert.deepEqual(
      dynamicImportsOf('vip-tiers.js').map((file) => file.replace(/^chunks\/|-[\w-]+\.js$/g, '')),
      ['account', 'launcher', 'program'],
    );
    assert.doesNotMatch(loader, /^\s*import\s*[^(]/, 'the loader imports nothing statically');
  });

  it('downloads the pieces and Lit once for a page with both an account block and a custom layout', () => {
    const [account, , program] = dynamicImportsOf('vip-tiers.js');
    const programGraph = new Set(importGraph(program));
    const shared = importGraph(account).filter((file) => programGraph.has(file));
    assert.ok(shared.some((file) => /\bLitElement\b|_\$litElement\$/.test(readFileSync(join(distDir, file), 'utf8'))));
    for (const tag of ['vip-tier-badge', 'vip-tier-progress', 'vip-tier-rewards', 'vip-coupons', 'vip-tier-list']) {
      const registering = bytes.everything.files.filter((file) => registers(file, tag));
      assert.equal(registering.length, 1, `<${tag}> is registered in ${registering.join(', ') || 'no chunk'}`);
      assert.ok(shared.includes(registering[0]), `<${tag}> is registered outside the shared chunks`);
    }
  });
});

/** Whether a built file calls `defineElement("tag", …)` (the loader's own map has `"tag":` instead). */
function registers(file, tag) {
  return new RegExp(`\\(["'\`]${tag}["'\`],`).test(readFileSync(join(distDir, file), 'utf8'));
}
