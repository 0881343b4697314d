// The built script tag on a storefront page, in Chromium: included twice from two addresses (two apps adding
// it), once `async`; the account block renders from inline data, one copy does the work, nothing fails.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { distDir } from '../../scripts/dist-sizes.mjs';

const account = {
  version: 1,
  generatedAt: '2026-11-25T10:00:00Z',
  program: {
    status: 'enabled', entryMethod: 'amount_spent', milestone: 'calendar_year', startDate: '2023-02-01',
    timeZone: 'America/New_York', currency: 'USD', rewardDistribution: 'highest_only',
    tiers: [
      { id: 'bronze', name: 'Bronze', goal: 0, entryRewards: [], perks: [] },
      { id: 'silver', name: 'Silver', goal: 50000, entryRewards: [], perks: [] },
    ],
  },
  customer: { id: '42', firstName: 'Ann', joinedAt: '2023-02-10T09:00:00Z' },
  activity: [
    { type: 'order', id: '1001', at: '2026-03-04T15:00:00Z', amount: 62000, refunded: 0, cancelled: false, points: 620 },
  ],
  coupons: [],
};

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="https://shop.test/apps/one/vip-tiers.css"></head><body>
<h1>Account</h1>
<vip-account><script type="application/json">${JSON.stringify(account)}</script></vip-account>
<p id="below">Order history</p>
<script type="module" async src="https://shop.test/apps/one/vip-tiers.js"></script>
<script type="module" src="https://shop.test/apps/two/vip-tiers.js"></script>
</body></html>`;

let browser;
before(async () => {
  assert.ok(existsSync(join(distDir, 'vip-tiers.js')), 'dist/ is missing: run `npm run build` first');
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(() => browser?.close());

describe('the built script tag on a storefront page', () => {
  it('renders the account block once when two apps each add the script tag', async () => {
    const tab = await browser.newPage();
    const errors = [];
    const requests = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.route('https://shop.test/**', (route) => {
      const { pathname } = new URL(route.request().url());
      requests.push(pathname);
      if (pathname === '/account') return route.fulfill({ contentType: 'text/html', body: page });
      const file = normalize(join(distDir, pathname.replace(/^\/apps\/(one|two)\//, '')));
      if (!file.startsWith(distDir) || !existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ path: file });
    });
    await tab.goto('https://shop.test/account');
    const tierName = tab.locator('vip-account [part~="tier-name"]').first();
    await tierName.waitFor({ timeout: 15_000 });
    assert.match(await tierName.textContent(), /\bSilver\b/);

    const chunks = requests.filter((path) => path.includes('/chunks/'));
    const copies = new Set(chunks.map((path) => path.split('/')[2]));
    assert.equal(copies.size, 1, `chunks came from both copies: ${chunks.join(', ')}`);
    assert.equal(new Set(chunks).size, chunks.length, 'a chunk was requested twice');
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
