// What the Shopify export reader computes by hand-written fast paths, held to the engine's own readers by fast-check:
// Shopify's times against the ISO-8601 instant they stand for, plain amounts against toMinorUnits (exact digits).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { toMinorUnits } from '../../dist/engine.js';
import { ORDER_COLUMNS, parseShopifyTime, readShopifyOrders } from '../../dist/node.js';

const work = mkdtempSync(join(tmpdir(), 'vip-tiers-export-'));
after(() => rmSync(work, { recursive: true, force: true }));
const pad = (n, w = 2) => String(n).padStart(w, '0');

describe('the Shopify orders export reader', () => {
  it('reads a Shopify time as the instant it stands for', () => {
    fc.assert(fc.property(
      fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.integer({ min: -12 * 60, max: 14 * 60 }),
      (date, offset) => {
        const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000);
        const sign = offset < 0 ? '-' : '+';
        const text = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${sign}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
        assert.equal(parseShopifyTime(text), Math.floor(date.getTime() / 1000) * 1000, text);
      },
    ), { numRuns: 2000 });
    for (const bad of ['2024-02-30 10:00:00 -0500', '2024-03-01 24:00:00 -0500', '2024-03-01 10:00:00 0500', '2024-03-01 10:00:60 -0500', '']) {
      assert.equal(parseShopifyTime(bad), undefined, bad);
    }
  });

  it('converts every amount exactly, as toMinorUnits does, in USD, JPY and KWD', async () => {
    const amounts = fc.sample(fc.oneof(
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.nat(999)).map(([whole, cents]) => `${whole}.${pad(cents, 2)}`),
      fc.nat(10_000_000).map(String),
      fc.constantFrom('0.29', '0.1', '1,234.50', '1.250', '500.000', '0'),
    ), { numRuns: 300, seed: 12 });
    for (const currency of ['USD', 'JPY', 'KWD']) {
      const expected = amounts.map((a) => {
        try { return toMinorUnits(a, currency); } catch { return undefined; }
      });
      const rows = amounts.map((amount, i) => ORDER_COLUMNS.map((column) => ({
        Name: `#${i}`, Email: `c${i}@example.com`, 'Financial Status': 'paid', Currency: currency, Subtotal: amount,
        Total: expected[i] === undefined ? '1' : amount, 'Created at': '2024-03-01 10:15:32 -0500',
      })[column] ?? '').map((f) => (f.includes(',') ? `"${f}"` : f)).join(','));
      const file = join(work, `${currency}.csv`);
      writeFileSync(file, `${ORDER_COLUMNS.join(',')}\n${rows.join('\n')}\n`);
      const read = await readShopifyOrders(file, { currency });
      amounts.forEach((amount, i) => {
        if (expected[i] !== undefined) assert.equal(read.customers.get(`c${i}@example.com`).orders[0].amount, expected[i], `${amount} ${currency}`);
      });
      assert.ok(expected.filter((e) => e !== undefined).length > 100);
    }
  });
});
