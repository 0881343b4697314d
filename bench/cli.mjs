// The `vip-tiers recalculate` figure: a generated Shopify orders export of 1,000,000 orders (about 150,000
// customers, 1.6 M rows, all 79 of Shopify's columns, multi-row orders, quoted notes with commas and newlines)
// through the built command (dist/cli.js): wall time, rows/s and peak RSS. Goal ≤ 20 s and ≤ 400 MB.
//
//   node bench/cli.mjs                 (after `npm run build`; BENCH_ORDERS=n for another size)
//
// bench/run.mjs can call `recalculateFigure()` and print its rows. The export is generated once into .bench-tmp/
// (deterministic, about 700 MB) and reused while its size matches.
import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { random as mulberry32 } from './engine.mjs';

const repo = resolve(import.meta.dirname, '..');
const tmp = join(repo, '.bench-tmp');

const HEADER = ['Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing', 'Currency', 'Subtotal', 'Shipping', 'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem compare at price', 'Lineitem sku', 'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status', 'Billing Name', 'Billing Street', 'Billing Address1', 'Billing Address2', 'Billing Company', 'Billing City', 'Billing Zip', 'Billing Province', 'Billing Country', 'Billing Phone', 'Shipping Name', 'Shipping Street', 'Shipping Address1', 'Shipping Address2', 'Shipping Company', 'Shipping City', 'Shipping Zip', 'Shipping Province', 'Shipping Country', 'Shipping Phone', 'Notes', 'Note Attributes', 'Cancelled at', 'Payment Method', 'Payment Reference', 'Refunded Amount', 'Vendor', 'Outstanding Balance', 'Employee', 'Location', 'Device ID', 'Id', 'Tags', 'Risk Level', 'Source', 'Lineitem discount', 'Tax 1 Name', 'Tax 1 Value', 'Tax 2 Name', 'Tax 2 Value', 'Tax 3 Name', 'Tax 3 Value', 'Tax 4 Name', 'Tax 4 Value', 'Tax 5 Name', 'Tax 5 Value', 'Phone', 'Receipt Number', 'Duties', 'Billing Province Name', 'Shipping Province Name', 'Payment ID', 'Payment Terms Name', 'Next Payment Due At', 'Payment References'];

export const PROGRAM = {
  status: 'enabled', entryMethod: 'amount_spent', milestone: 'calendar_year', startDate: '2023-01-01',
  settingsSavedAt: '2023-01-01T12:00:00Z', timeZone: 'America/New_York', currency: 'USD', rewardDistribution: 'highest_only',
  tiers: [
    { id: 'bronze', name: 'Bronze', goal: 0, entryRewards: [], perks: [] },
    { id: 'silver', name: 'Silver', goal: 50000, entryRewards: [{ type: 'points', points: 500 }], perks: [] },
    { id: 'gold', name: 'Gold', goal: 100000, entryRewards: [], perks: [{ type: 'free_shipping' }] },
  ],
};


const pad = (n, w = 2) => String(n).padStart(w, '0');
const money = (cents) => `${Math.floor(cents / 100)}.${pad(cents % 100)}`;

/** Writes the export to `file`; returns its row count (without the header). */
export function generateExport(file, orders, customers = Math.round(orders * 0.15)) {
  const random = mulberry32(20_261_202);
  const fd = openSync(file, 'w');
  let out = `\uFEFF${HEADER.join(',')}\r\n`;
  let rows = 0;
  const start = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  for (let n = 0; n < orders; n += 1) {
    const customer = Math.floor(random() * customers);
    const email = random() < 0.01 ? '' : `customer${customer}@example.com`;
    const r = random();
    const status = r < 0.9 ? 'paid' : r < 0.93 ? 'partially_refunded' : r < 0.95 ? 'refunded' : r < 0.97 ? 'pending' : r < 0.98 ? 'voided' : r < 0.99 ? 'authorized' : 'expired';
    const d = new Date(start + Math.floor((n / orders) * span));
    const created = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} -0500`;
    const extra = random() < 0.4 ? (random() < 0.25 ? 2 : 1) : 0;
    const subtotal = 1000 + Math.floor(random() * 30000);
    const shipping = 500;
    const taxes = Math.floor(subtotal * 0.08);
    const total = subtotal + shipping + taxes;
    const refunded = status === 'refunded' ? total : status === 'partially_refunded' ? Math.floor(total / 3) : 0;
    const cancelled = random() < 0.02 ? created : '';
    const notes = random() < 0.05 ? '"Please gift wrap, thanks.\nLeave at the ""side"" door"' : '';
    const name = `#${100000 + n}`;
    const person = `Customer ${customer}`;
    const address = `${customer % 900 + 100} Main Street`;
    out += `${name},${email},${status},${status === 'pending' ? '' : created},fulfilled,${created},yes,USD,${money(subtotal)},${money(shipping)},${money(taxes)},${money(total)},,0.00,Standard Shipping,${created},1,"Organic Cotton Tee, Heather Grey / M",${money(subtotal)},,TEE-HG-M,true,true,fulfilled,${person},${address},${address},Apt 4,,Springfield,62704,IL,US,+15555550100,${person},${address},${address},Apt 4,,Springfield,62704,IL,US,+15555550100,${notes},,${cancelled},Shopify Payments,c${n}.1,${money(refunded)},Acme Apparel,0.00,,Main Warehouse,,${5_000_000_000 + n},"vip, newsletter",Low,web,0.00,IL State Tax 6.25%,${money(Math.floor(taxes * 0.7))},Springfield City Tax 1.75%,${money(taxes - Math.floor(taxes * 0.7))},,,,,,,+15555550100,,,Illinois,Illinois,c${n}.1,,,c${n}.1\r\n`;
    rows += 1;
    for (let i = 0; i < extra; i += 1) {
      const item = new Array(HEADER.length).fill('');
      item[0] = name; item[1] = email; item[16] = '1'; item[17] = '"Wool Socks, Charcoal"'; item[18] = '12.00';
      item[20] = 'SOCK-CH'; item[21] = 'true'; item[22] = 'true'; item[23] = 'fulfilled'; item[50] = 'Acme Apparel'; item[59] = '0.00';
      out += `${item.join(',')}\r\n`;
      rows += 1;
    }
    if (out.length > 1 << 22) {
      writeSync(fd, out);
      out = '';
    }
  }
  writeSync(fd, out);
  closeSync(fd);
  return rows;
}

/** Runs `dist/cli.js recalculate` on a generated export of `orders` orders; returns the figures. */
export async function recalculateFigure(orders = Number(process.env.BENCH_ORDERS ?? 1_000_000)) {
  mkdirSync(tmp, { recursive: true });
  const file = join(tmp, `orders-export-${orders}.csv`);
  const marker = `${file}.size`;
  if (!existsSync(file) || !existsSync(marker) || statSync(file).size !== Number(await import('node:fs').then((fs) => fs.readFileSync(marker, 'utf8')))) {
    const began = performance.now();
    generateExport(file, orders);
    writeFileSync(marker, String(statSync(file).size));
    console.error(`generated ${file} in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
  const programFile = join(tmp, 'bench-program.json');
  writeFileSync(programFile, JSON.stringify(PROGRAM));
  const began = performance.now();
  const stderr = await new Promise((done, fail) => {
    execFile(process.execPath, [join(repo, 'dist/cli.js'), 'recalculate', '--program', programFile, '--orders', file, '--now', '2025-12-31T12:00:00Z', '--out', join(tmp, 'tiers.csv')],
      { maxBuffer: 1 << 24 }, (error, _stdout, err) => (error ? fail(new Error(err || error.message)) : done(err)));
  });
  const seconds = (performance.now() - began) / 1000;
  const rows = Number(/\((\S+) rows\)/.exec(stderr)[1].replaceAll(',', ''));
  const peak = Number(/peak memory (\d+) MB/.exec(stderr)[1]);
  const cpuSeconds = Number(/\(CPU ([\d.]+) s\)/.exec(stderr)[1]);
  return { orders, rows, bytes: statSync(file).size, seconds, cpuSeconds, rowsPerSecond: rows / seconds, peakMB: peak, summary: stderr.trim() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = await recalculateFigure();
  console.log(f.summary);
  console.log(`\nvip-tiers recalculate, ${f.orders.toLocaleString('en-US')} orders (${f.rows.toLocaleString('en-US')} rows, ${Math.round(f.bytes / 1e6)} MB):`);
  console.log(`  wall time  ${f.seconds.toFixed(1)} s   (goal ≤ 20 s)  ${f.seconds <= 20 ? 'ok' : 'OVER'}`);
  console.log(`  CPU time   ${f.cpuSeconds.toFixed(1)} s   (the figure to read when the machine is shared)`);
  console.log(`  rows/s     ${Math.round(f.rowsPerSecond).toLocaleString('en-US')}   (${Math.round(f.rows / f.cpuSeconds).toLocaleString('en-US')} per CPU second)`);
  console.log(`  peak RSS   ${f.peakMB} MB   (goal ≤ 400 MB)  ${f.peakMB <= 400 ? 'ok' : 'OVER'}`);
  process.exitCode = f.seconds <= 20 && f.peakMB <= 400 ? 0 : 1;
}
