// The packed tarball, used the way a consumer project uses it: the engine in plain Node 20, and
// `vip-tiers/define` bundled by a Vite app (then run in Chromium). Needs a built dist/ (`npm test` builds first).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const consumer = mkdtempSync(join(tmpdir(), 'vip-tiers-consumer-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The README's example account document: in 2026 Ann has spent $129.99 of the $500.00 Silver needs. */
const sample = {
  version: 1,
  generatedAt: '2026-11-25T10:00:00Z',
  program: {
    status: 'enabled', entryMethod: 'amount_spent', milestone: 'calendar_year', startDate: '2023-02-01',
    settingsSavedAt: '2023-03-10T12:00:00Z', timeZone: 'America/New_York', currency: 'USD',
    rewardDistribution: 'highest_only',
    tiers: [
      { id: 'bronze', name: 'Bronze', goal: 0, color: '#a0522d', entryRewards: [],
        perks: [{ type: 'points_multiplier', multiplier: 1 }] },
      { id: 'silver', name: 'Silver', goal: 50000, color: '#8a8d91',
        entryRewards: [{ type: 'points', points: 500 }], perks: [{ type: 'birthday_points', points: 200 }] },
      { id: 'gold', name: 'Gold', goal: 100000, color: '#b8860b', entryRewards: [], perks: [{ type: 'free_shipping' }] },
    ],
  },
  customer: { id: '42', firstName: 'Ann', joinedAt: '2023-02-10T09:00:00Z' },
  activity: [
    { type: 'order', id: '1001', at: '2026-03-04T15:00:00Z', amount: 12999, refunded: 0, cancelled: false, points: 130 },
    { type: 'points', id: 'p-7', at: '2026-05-04T12:00:00Z', points: 200, source: 'birthday' },
  ],
  coupons: [],
};

before(async () => {
  assert.ok(existsSync(join(repo, 'dist/vip-tiers.js')), 'dist/ is missing: run `npm run build` first');
  const { stdout } = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', consumer], { cwd: repo });
  const [{ filename }] = JSON.parse(stdout);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'storefront', private: true, type: 'module', dependencies: { 'vip-tiers': `file:./${filename}` } }),
  );
  // lit, @lit/context and zod are bundled into dist/, but stay dependencies for the type declarations;
  // the npm cache holds them after the repository's own install, so no network is needed.
  const install = ['install', '--no-audit', '--no-fund', '--ignore-scripts'];
  await run(npm, [...install, '--offline'], { cwd: consumer }).catch(() => run(npm, install, { cwd: consumer }));
});

after(() => rmSync(consumer, { recursive: true, force: true }));

describe('the packed package in a consumer project', () => {
  it('ships the built entries, the schema, the manifest and the type declarations, and no sources', () => {
    const installed = join(consumer, 'node_modules/vip-tiers');
    const files = readdirSync(installed, { recursive: true, encoding: 'utf8' });
    for (const file of ['dist/vip-tiers.js', 'dist/index.js', 'dist/define.js', 'dist/engine.js',
      'dist/account.schema.json', 'dist/custom-elements.json', 'dist/types/index.d.ts',
      'dist/types/define.d.ts', 'dist/types/engine/index.d.ts', 'README.md', 'package.json']) {
      assert.ok(files.includes(file), `${file} is not in the package`);
    }
    assert.ok(!files.some((file) => file.startsWith('src') || file.startsWith('test')), 'sources are packed');
  });

  it('evaluates an account document with vip-tiers/engine in plain Node 20', async () => {
    const script = `
      import { parseAccount, evaluate, minorUnitExponent, toDecimal, toMinorUnits } from 'vip-tiers/engine';
      import schema from 'vip-tiers/account.schema.json' with { type: 'json' };
      if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('DOM globals present');
      const parsed = parseAccount(${JSON.stringify(sample)});
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const status = evaluate(parsed.account);
      const rejected = parseAccount({ version: 1 });
      console.log(JSON.stringify({
        tier: status.tier?.id, next: status.nextTier?.id, progress: status.progress,
        rejected: !rejected.ok && rejected.issues.length > 0, schemaType: schema.type,
        money: [toMinorUnits('15,000', 'IDR'), toDecimal(1250, 'KWD'), minorUnitExponent('IQD')],
      }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer });
    const result = JSON.parse(stdout);
    assert.equal(result.tier, 'bronze');
    assert.equal(result.next, 'silver');
    assert.equal(result.progress.value, 12999);
    assert.equal(result.progress.remaining, 37001);
    assert.equal(result.rejected, true);
    assert.equal(result.schemaType, 'object');
    assert.deepEqual(result.money, [1500000, '1.250', 3]);
  });

  it('gives a TypeScript consumer the types of the engine, the elements, the events and the tag names', async () => {
    writeFileSync(
      join(consumer, 'check.ts'),
      `import { parseAccount, evaluate, type VipStatus } from 'vip-tiers/engine';
      import { VipAccount, VipLoadEvent } from 'vip-tiers';
      const parsed = parseAccount({});
      const tier: string | undefined = parsed.ok ? evaluate(parsed.account, { now: 0 }).tier?.name : parsed.issues[0]?.path;
      const block: VipAccount = document.createElement('vip-account');
      block.addEventListener('vip-load', (event: VipLoadEvent) => {
        const status: VipStatus = event.detail;
        console.log(tier, status.progress?.remaining);
      });
      export { block };
      `,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true,
          noEmit: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: false },
        files: ['check.ts'],
      }),
    );
    await run(join(repo, 'node_modules/.bin/tsc'), ['-p', consumer], { cwd: consumer }).catch((error) => {
      assert.fail(`the declarations do not type-check in a consumer:\n${error.stdout}${error.stderr}`);
    });
  });

  it('registers every element when a Vite app imports vip-tiers/define', async () => {
    writeFileSync(join(consumer, 'main.js'), "import 'vip-tiers/define';\n");
    writeFileSync(
      join(consumer, 'index.html'),
      '<!doctype html><html lang="en"><body><vip-account></vip-account><script type="module" src="./main.js"></script></body></html>',
    );
    writeFileSync(
      join(consumer, 'vite.config.mjs'),
      `export default { root: ${JSON.stringify(consumer)}, logLevel: 'error', build: { outDir: 'app' } };\n`,
    );
    await run(join(repo, 'node_modules/.bin/vite'), ['build', '--config', join(consumer, 'vite.config.mjs')], {
      cwd: consumer,
    });
    const assets = join(consumer, 'app/assets');
    const bundle = readdirSync(assets).filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
    assert.match(bundle, /\(["'`]vip-account["'`],/, 'the bundle has no vip-account registration');

    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route('http://storefront.test/**', (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = join(consumer, 'app', path === '/' ? 'index.html' : path);
        return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
      });
      await page.goto('http://storefront.test/');
      await page.waitForFunction(() => customElements.get('vip-account') !== undefined, null, { timeout: 10_000 });
      const undefinedTags = await page.evaluate(() =>
        ['vip-account', 'vip-launcher', 'vip-program', 'vip-tier-badge', 'vip-tier-progress', 'vip-tier-rewards',
          'vip-coupons', 'vip-tier-list'].filter((tag) => customElements.get(tag) === undefined),
      );
      assert.deepEqual(undefinedTags, []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
