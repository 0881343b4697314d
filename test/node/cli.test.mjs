// The `vip-tiers` command run for real (dist/cli.js, as `npx vip-tiers` runs it) on exports in Shopify's format
// (test/node/fixtures, 79 columns), every figure worked by hand. Needs a built dist/ (`npm test` builds first).
//
// The store (program.json): amount_spent, calendar year from 1 January 2024, America/New_York, USD, highest_only;
// Bronze 0, Silver $500.00 (points 500), Gold $1,000.00 (Free shipping coupon). Evaluated at 2025-06-30T12:00:00Z.
// orders_export.csv (BOM, CRLF, a quoted newline, two orders of two line items each):
//   ann  #1001 2024-03-01 $300.00 (2 rows) + #1002 2024-11-20 $250.00 → Silver in 2024; #1010 2025-02-01 $1,200.00
//        partially refunded $300.00 → $900.00 in 2025: Silver again on 1 Feb 2025, $100.00 short of Gold.
//        Her email is written "  Ann@Example.com " once: the same customer.
//   bob  #1003 $1,000.00 cancelled → 0; #1004 2025-03-05 $600.00 → Silver; #1005 $400.00 refunded in full → 0.
//   cara #1006 voided, #1007 pending, #1008 authorized, #1011 expired (skipped); #1009 $99.99 → Bronze, $400.01 short.
//   dan  #1013 2024-06-01 $1,250.00 → Gold in 2024, held through 2025; nothing in 2025: $1,000.00 to keep it.
//   fay  #1014 2025-04-10 $100.00 → Bronze; grants.csv: Silver on 1 May 2025 with rewards → Silver from a grant.
//   eve  no orders; grants.csv: Gold on 15 January 2025 without rewards → Gold from a grant.
//   #1012 has no email: skipped.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { evaluate, parseAccount } from '../../dist/engine.js';
import { readProgram, readShopifyOrders, recalculate } from '../../dist/node.js';

const repo = resolve(import.meta.dirname, '../..');
const fixtures = join(repo, 'test/node/fixtures');
const work = mkdtempSync(join(tmpdir(), 'vip-tiers-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

const NOW = '2025-06-30T12:00:00Z';
const pad = (n) => String(n).padStart(2, '0');

/** Runs the command in the fixtures folder: its exit status, stdout and stderr. */
function vipTiers(...args) {
  return new Promise((done) => {
    execFile(process.execPath, [join(repo, 'dist/cli.js'), ...args], { cwd: fixtures }, (error, stdout, stderr) => {
      done({ status: error ? error.code : 0, stdout, stderr });
    });
  });
}

const HEADER = 'customer,email,tier_id,tier_name,entered_at,grant_id,unit,progress_value,progress_target,progress_remaining,next_tier_id,tier_valid_through,keep_remaining,keep_by_date';
const EXPECTED = [
  'ann@example.com,Ann@Example.com,silver,Silver,2025-02-01T17:00:00.000Z,,USD,900.00,1000.00,100.00,gold,2026-12-31,,',
  'bob@example.com,bob@example.com,silver,Silver,2025-03-05T17:00:00.000Z,,USD,600.00,1000.00,400.00,gold,2026-12-31,,',
  'cara@example.com,cara@example.com,bronze,Bronze,2025-01-01T05:00:00.000Z,,USD,99.99,500.00,400.01,silver,2026-12-31,,',
  'dan@example.com,dan@example.com,gold,Gold,2024-06-01T19:30:00.000Z,,USD,,,,,2025-12-31,1000.00,2025-12-31',
  'fay@example.com,fay@example.com,silver,Silver,2025-05-01T12:00:00.000Z,grant-3,USD,100.00,1000.00,900.00,gold,2026-12-31,,',
  'eve@example.com,eve@example.com,gold,Gold,2025-01-15T00:00:00.000Z,grant-2,USD,,,,,2026-12-31,,',
];
const leftovers = (dir) => readdirSync(dir).filter((name) => name.includes('.partial-'));
/** A folder of the test's own: tests in a group run at once, so a leftover is only looked for where one test wrote. */
const ownFolder = () => mkdtempSync(join(work, 'case-'));

describe('vip-tiers recalculate', { concurrency: true }, () => {
  it('gives every customer of a Shopify export the hand-worked tier, grants included', async () => {
    const { status, stdout, stderr } = await vipTiers('recalculate', '--program', 'program.json', '--orders', 'orders_export.csv', '--grants', 'grants.csv', '--now', NOW);
    assert.equal(status, 0, stderr);
    assert.deepEqual(stdout.trimEnd().split('\n'), [HEADER, ...EXPECTED]);
    assert.match(stderr, /^customers: 6 — Bronze 1 · Silver 3 · Gold 2 · no tier 0$/m);
    assert.match(stderr, /^orders: 14 read \(16 rows\), 9 kept, skipped 1 without email · 1 voided · 1 pending · 1 authorized · 1 expired$/m);
    assert.match(stderr, /^grants: 2$/m);
    assert.match(stderr, /^time: \d+\.\d s \(CPU \d+\.\d s\), peak memory \d+ MB$/m);
    assert.doesNotMatch(stderr, /\r/, 'no progress bar when stderr is not a terminal');
  });

  it('reads the same export without BOM and with LF line ends alike', async () => {
    const { status, stdout } = await vipTiers('recalculate', '--program', 'program.json', '--orders', 'orders_lf.csv', '--grants', 'grants.csv', '--now', NOW);
    assert.equal(status, 0);
    assert.deepEqual(stdout.trimEnd().split('\n'), [HEADER, ...EXPECTED]);
  });

  it('leaves a customer known only from grants out without them, and grants change only their customers', async () => {
    const { stdout } = await vipTiers('recalculate', '--program', 'program.json', '--orders', 'orders_export.csv', '--now', NOW);
    const rows = stdout.trimEnd().split('\n');
    assert.equal(rows.length, 1 + 5);
    assert.deepEqual(rows.slice(1, 5), EXPECTED.slice(0, 4));
    // Fay without her grant: $100.00 this year, Bronze since 1 January.
    assert.equal(rows[5], 'fay@example.com,fay@example.com,bronze,Bronze,2025-01-01T05:00:00.000Z,,USD,100.00,500.00,400.00,silver,2026-12-31,,');
  });

  it('counts points from a points file in a points program, never vip_reward, and orders as no points', async () => {
    // ann 600 (review) + 300 (vip_reward, not counted) → Silver; bob 250 − 50 = 200 → Bronze; the others 0.
    const { status, stdout } = await vipTiers('recalculate', '--program', 'program_points.json', '--orders', 'orders_export.csv', '--points', 'points.csv', '--now', NOW, '--format', 'ndjson');
    assert.equal(status, 0);
    const rows = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(rows.map((r) => [r.customer, r.tier_id, r.unit, r.progress_value, r.progress_target]), [
      ['ann@example.com', 'silver', 'points', 600, 1000],
      ['bob@example.com', 'bronze', 'points', 200, 500],
      ['cara@example.com', 'bronze', 'points', 0, 500],
      ['dan@example.com', 'bronze', 'points', 0, 500],
      ['fay@example.com', 'bronze', 'points', 0, 500],
    ]);
  });

  it('shows a progress bar (rows, rows/s) on stderr when it is a terminal', { skip: !existsSync('/usr/bin/script') && 'needs script(1) for a terminal' }, async () => {
    const folder = ownFolder();
    const command = `${process.execPath} ${join(repo, 'dist/cli.js')} recalculate --program program.json --orders orders_export.csv --now ${NOW} --out ${join(folder, 'tty.csv')}`;
    const output = await new Promise((done) => execFile('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: fixtures }, (_e, stdout) => done(stdout)));
    assert.match(output, /\rorders_export\.csv █+ 100% · 16 rows · [\d,]+ rows\/s/);
    assert.deepEqual(readdirSync(folder), ['tty.csv']);
  });

  it('writes --out under a temporary name and renames it at the end', async () => {
    const folder = ownFolder();
    const out = join(folder, 'tiers.csv');
    const { status, stdout } = await vipTiers('recalculate', '--program', 'program.json', '--orders', 'orders_export.csv', '--grants', 'grants.csv', '--now', NOW, '--out', out);
    assert.equal(status, 0);
    assert.equal(stdout, '');
    assert.deepEqual(readFileSync(out, 'utf8').trimEnd().split('\n'), [HEADER, ...EXPECTED]);
    assert.deepEqual(readdirSync(folder), ['tiers.csv']);
  });
});

describe('bad input: one line naming the file, line and column, exit status 2, nothing written', { concurrency: true }, () => {
  const cases = [
    ['an order in another currency (all such lines named)', ['--orders', 'other_currency.csv'],
      "vip-tiers: other_currency.csv:4:8: 2 orders are not in the program's currency USD: line 4 (CAD), line 6 (CAD). Orders are never converted: export one currency, or run once per program.\n"],
    ['an amount that is not a decimal', ['--orders', 'bad_amount.csv'],
      'vip-tiers: bad_amount.csv:4:12: Total "12,34" is not a decimal amount such as 1,234.50.\n'],
    ['a time that is not Shopify\'s', ['--orders', 'bad_time.csv'],
      'vip-tiers: bad_time.csv:4:16: Created at "03/01/2025 12:00" is not a time such as 2024-03-01 10:15:32 -0500.\n'],
    ['an unknown financial status', ['--orders', 'bad_status.csv'],
      'vip-tiers: bad_status.csv:4:3: Financial Status "unpaid" is not one of paid, partially_paid, refunded, partially_refunded (counted) or voided, pending, authorized, expired (skipped).\n'],
    ['a missing column', ['--orders', 'missing_column.csv'],
      'vip-tiers: missing_column.csv:1: the header has no "Refunded Amount" column (it has "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency", …).\n'],
    ['a quoted field never closed (after a quoted newline: line 19 is record 18)', ['--orders', 'unclosed_quote.csv'],
      'vip-tiers: unclosed_quote.csv:19: a quoted field is not closed.\n'],
    ['a grant of a tier the program does not have', ['--orders', 'orders_export.csv', '--grants', 'bad_grants.csv'],
      'vip-tiers: bad_grants.csv:2:2: tier "platinum" is not a tier of the program (bronze, silver, gold).\n'],
    ['a file that does not exist', ['--orders', 'nope.csv'], 'vip-tiers: nope.csv: cannot read the file: ENOENT\n'],
    ['a record with fewer fields than the header', ['--orders', 'wrong_fields.csv'],
      'vip-tiers: wrong_fields.csv:3: the record has 3 fields, the header has 79: is it a Shopify orders export?\n'],
    ['an empty file', ['--orders', 'empty.csv'], 'vip-tiers: empty.csv: the file is empty: expected a Shopify orders export with its header row.\n'],
    ['points that are not whole', ['--orders', 'orders_export.csv', '--points', 'bad_points.csv'],
      'vip-tiers: bad_points.csv:2:3: points "12.5" must be a whole number, e.g. 200 or -50.\n'],
    ['a grant reward that is not yes or no', ['--orders', 'orders_export.csv', '--grants', 'bad_reward.csv'],
      'vip-tiers: bad_reward.csv:2:4: reward "maybe" must be true or false (yes/no, 1/0; empty is false).\n'],
    ['a --now that is not an instant', ['--orders', 'orders_export.csv', '--now', 'yesterday'],
      'vip-tiers: --now "yesterday" is not an ISO-8601 instant such as 2026-11-25T10:00:00Z.\nRun vip-tiers --help for the usage.\n'],
    ['an invalid program', ['--orders', 'orders_export.csv', '--program', 'bad_program.json'],
      'vip-tiers: bad_program.json: the program is not valid:\n  program.currency: Currency must be an ISO 4217 currency code, e.g. USD.\n  program.tiers.1.goal: Tier goal must be a whole number, 0 or more.\n'],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const folder = ownFolder();
      const out = join(folder, 'out.csv');
      const program = args.includes('--program') ? [] : ['--program', 'program.json'];
      const now = args.includes('--now') ? [] : ['--now', NOW];
      const { status, stdout, stderr } = await vipTiers('recalculate', ...program, ...args, ...now, '--out', out);
      assert.equal(stderr, message);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.deepEqual(readdirSync(folder), [], 'nothing written, not even a partial file');
    });
  }

  it('a usage mistake, with the hint', async () => {
    const { status, stderr } = await vipTiers('recalculate', '--program', 'program.json', '--orders', 'orders_export.csv', '--amount', 'gross');
    assert.equal(status, 2);
    assert.equal(stderr, 'vip-tiers: --amount must be total or subtotal, not "gross".\nRun vip-tiers --help for the usage.\n');
    assert.equal((await vipTiers('frobnicate')).status, 2);
    const help = await vipTiers('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /vip-tiers recalculate --program program.json --orders orders_export.csv/);
  });
});

describe('vip-tiers documents', () => {
  it('writes one document per customer that parseAccount reads, with the tiers recalculate gives', async () => {
    const dir = join(work, 'documents');
    const { status, stderr } = await vipTiers('documents', '--program', 'program.json', '--orders', 'orders_export.csv', '--grants', 'grants.csv', '--now', NOW, '--out-dir', dir);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /^documents: 6 written to /m);
    assert.deepEqual(readdirSync(dir).sort(), ['ann@example.com.json', 'bob@example.com.json', 'cara@example.com.json', 'dan@example.com.json', 'eve@example.com.json', 'fay@example.com.json']);
    const docs = Object.fromEntries(readdirSync(dir).map((name) => [name.replace('.json', ''), JSON.parse(readFileSync(join(dir, name), 'utf8'))]));
    // Only what counts: Bob's cancelled and fully refunded orders are left out; refunded only when there is a refund.
    assert.deepEqual(docs['bob@example.com'].activity, [{ type: 'order', id: '#1004', at: '2025-03-05T17:00:00Z', amount: 60000 }]);
    assert.deepEqual(docs['ann@example.com'].activity.at(-1), { type: 'order', id: '#1010', at: '2025-02-01T17:00:00Z', amount: 120000, refunded: 30000 });
    assert.deepEqual(docs['ann@example.com'].customer, { id: 'ann@example.com', firstName: 'Ann' });
    assert.deepEqual(docs['eve@example.com'].grants, [{ id: 'grant-2', tierId: 'gold', at: '2025-01-15T00:00:00Z', reason: 'Gold in the previous program', reward: false }]);
    const tiers = {};
    for (const [key, doc] of Object.entries(docs)) {
      const parsed = parseAccount(doc);
      assert.equal(parsed.ok, true, key);
      tiers[key] = evaluate(parsed.account).tier?.id;
    }
    assert.deepEqual(tiers, { 'ann@example.com': 'silver', 'bob@example.com': 'silver', 'cara@example.com': 'bronze', 'dan@example.com': 'gold', 'eve@example.com': 'gold', 'fay@example.com': 'silver' });
    // A grant with rewards earns Silver's; one without earns none of Gold's (R10).
    const entriesOf = (key) => evaluate(parseAccount(docs[key]).account).entries.filter((e) => e.grantId);
    assert.deepEqual(entriesOf('fay@example.com'), [{ tierId: 'silver', at: '2025-05-01T12:00:00.000Z', rewarded: true, grantId: 'grant-3' }]);
    assert.deepEqual(entriesOf('eve@example.com').map((e) => [e.tierId, e.rewarded]), [['silver', false], ['gold', false]]);
  });

  it('lists a customer beyond the document\'s limits and writes the others, with exit status 1', async () => {
    const grants = join(work, 'many-grants.csv');
    writeFileSync(grants, `email,tier,at\n${Array.from({ length: 21 }, (_, i) => `gus@example.com,silver,2025-01-${pad(i + 1)}T00:00:00Z`).join('\n')}\n`);
    const dir = join(work, 'limited');
    const { status, stderr } = await vipTiers('documents', '--program', 'program.json', '--orders', 'orders_export.csv', '--grants', grants, '--now', NOW, '--out-dir', dir);
    assert.equal(status, 1);
    assert.match(stderr, /^documents: 5 written to .*limited, 1 customer refused \(beyond the document's limits\):\n  gus@example\.com: grants: Grants may hold at most 20 items \(it has 21\)\.$/m);
    assert.equal(readdirSync(dir).length, 5);
  });

  it('writes NDJSON, refuses a directory that is not empty, and creates nothing after bad input', async () => {
    const ndjson = join(work, 'documents.ndjson');
    assert.equal((await vipTiers('documents', '--program', 'program.json', '--orders', 'orders_export.csv', '--now', NOW, '--ndjson', ndjson)).status, 0);
    assert.equal(readFileSync(ndjson, 'utf8').trimEnd().split('\n').length, 5);
    const full = join(work, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'keep.txt'), 'x');
    const refused = await vipTiers('documents', '--program', 'program.json', '--orders', 'orders_export.csv', '--out-dir', full);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /full: the directory is not empty/);
    const never = join(work, 'never');
    const bad = await vipTiers('documents', '--program', 'program.json', '--orders', 'bad_amount.csv', '--out-dir', never);
    assert.equal(bad.status, 2);
    assert.equal(existsSync(never), false);
    assert.deepEqual(leftovers(work), []);
  });
});

describe('vip-tiers compare', () => {
  it('shows who would move when goals change, and the entry rewards newly issued', async () => {
    // proposed.json: Silver $400.00, Gold $900.00. Ann's $900.00 of 2025 reaches Gold; no one else moves.
    const { status, stdout } = await vipTiers('compare', '--program', 'program.json', '--with', 'proposed.json', '--orders', 'orders_export.csv', '--now', NOW);
    assert.equal(status, 0);
    assert.equal(stdout, [
      '5 customers at 2025-06-30T12:00:00.000Z: current tier (rows) → proposed tier (columns)',
      '',
      'current \\ proposed  Bronze  Silver  Gold  –',
      'Bronze                   2       0     0  0',
      'Silver                   0       1     1  0',
      'Gold                     0       0     1  0',
      '–                        0       0     0  0',
      '',
      'Entry rewards the change would newly issue:',
      '  Gold: 1 customer (Free shipping)',
      '',
      'Customers who would move (sample):',
      '  Silver → Gold: 1 — ann@example.com',
      '',
    ].join('\n'));
  });
});

describe('the demo', () => {
  it('shows Lee\'s document exactly as vip-tiers documents writes it from demo/orders/', async () => {
    const dir = join(work, 'demo-documents');
    const demo = join(repo, 'demo/orders');
    const { status } = await vipTiers('documents', '--program', join(demo, 'program.json'), '--orders', join(demo, 'orders_export.csv'),
      '--grants', join(demo, 'grants.csv'), '--now', '2026-11-25T10:00:00Z', '--out-dir', dir);
    assert.equal(status, 0);
    const source = readFileSync(join(demo, 'lee.ts'), 'utf8');
    const shown = JSON.parse(source.slice(source.indexOf('= {') + 2, source.lastIndexOf(';')));
    assert.deepEqual(shown, JSON.parse(readFileSync(join(dir, 'lee@example.com.json'), 'utf8')));
  });
});

describe('vip-tiers validate', () => {
  it('says which documents are valid and each issue with its path; exit status 1 when any is not', async () => {
    const good = join(work, 'good.json');
    const bad = join(work, 'bad.json');
    const broken = join(work, 'broken.json');
    writeFileSync(good, readFileSync(join(work, 'documents', 'ann@example.com.json')));
    writeFileSync(bad, JSON.stringify({ version: 1, program: { ...JSON.parse(readFileSync(join(fixtures, 'program.json'), 'utf8')), currency: 'usd' }, activity: [{ type: 'order', id: '1', at: '2025-01-01T00:00:00Z', amount: 5, refunded: 9 }] }));
    writeFileSync(broken, '{"version": 1,\n  "program": }');
    const { status, stdout } = await vipTiers('validate', good, bad, broken);
    assert.equal(status, 1);
    assert.equal(stdout, [
      `${good}: valid`,
      `${bad}: invalid`,
      '  program.currency: Currency must be an ISO 4217 currency code, e.g. USD.',
      '  activity.0.refunded: Refunded amount must not be greater than the order amount.',
      `${broken}:2:14: not JSON: Unexpected token '}'.`,
      '',
    ].join('\n'));
    assert.equal((await vipTiers('validate', good)).status, 0);
    assert.equal((await vipTiers('validate', join(work, 'missing.json'))).status, 2);
  });
});

describe('vip-tiers/node', () => {
  it('reads an export and recalculates with the program validated once', async () => {
    const { program } = readProgram(join(fixtures, 'program.json'));
    const read = await readShopifyOrders(join(fixtures, 'orders_export.csv'), { currency: program.currency });
    assert.deepEqual(read.skipped, { no_email: 1, voided: 1, pending: 1, authorized: 1, expired: 1 });
    assert.deepEqual(read.customers.get('ann@example.com').orders[0], { id: '#1001', at: Date.parse('2024-03-01T15:15:32Z'), amount: 30000, refunded: 0, cancelled: false });
    const rows = [...recalculate(program, read.customers, { now: Date.parse(NOW) })];
    assert.deepEqual(rows.map((r) => r.tierId), ['silver', 'silver', 'bronze', 'gold', 'bronze']);
    assert.deepEqual(rows[0].progress, { value: 90000, target: 100000, remaining: 10000, fraction: 0.9 });
  });
});
