// Engine figures of the README's "Performance", on the built dist/engine.js; `npm run bench` measures them in a process of their own.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const day = 86_400_000;

/** The program of the README's example document: three tiers on money spent, calendar years, in New York. */
function program() {
  return {
    status: 'enabled',
    entryMethod: 'amount_spent',
    milestone: 'calendar_year',
    startDate: '2023-02-01',
    settingsSavedAt: '2023-03-10T12:00:00Z',
    timeZone: 'America/New_York',
    currency: 'USD',
    rewardDistribution: 'highest_only',
    tiers: [
      { id: 'bronze', name: 'Bronze', goal: 0, color: '#a0522d', entryRewards: [],
        perks: [{ type: 'points_multiplier', multiplier: 1 }] },
      { id: 'silver', name: 'Silver', goal: 50000, color: '#8a8d91',
        entryRewards: [{ type: 'points', points: 500 },
          { type: 'coupon', title: '$10 off', discount: { kind: 'fixed', amount: 1000 }, expiresAfterDays: 180 }],
        perks: [{ type: 'points_multiplier', multiplier: 1.5 }, { type: 'birthday_points', points: 200 }] },
      { id: 'gold', name: 'Gold', goal: 100000, color: '#b8860b',
        entryRewards: [{ type: 'coupon', title: 'Free shipping', discount: { kind: 'free_shipping' }, expiresAfterDays: 365 }],
        perks: [{ type: 'free_shipping' }, { type: 'custom', title: 'Early access to sales' }] },
    ],
  };
}

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same documents. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An account document with `orders` orders spread over the three years before 25 Nov 2026, some refunded or
 * cancelled, plus a points event every 20 orders and a few coupons.
 */
export function accountDocument(orders, seed = 1) {
  const next = random(seed);
  const end = Date.parse('2026-11-25T10:00:00Z');
  const start = end - 3 * 365 * day;
  const activity = [];
  for (let i = 0; i < orders; i += 1) {
    const amount = 500 + Math.floor(next() * 29_500);
    const roll = next();
    activity.push({
      type: 'order',
      id: `o-${seed}-${i}`,
      at: new Date(start + Math.floor(next() * (end - start))).toISOString(),
      amount,
      refunded: roll < 0.05 ? Math.floor(amount / 2) : 0,
      cancelled: roll > 0.98,
      points: Math.floor(amount / 100),
    });
    if (i % 20 === 19) {
      activity.push({
        type: 'points', id: `p-${seed}-${i}`, at: new Date(start + Math.floor(next() * (end - start))).toISOString(),
        points: 200, source: i % 40 === 39 ? 'vip_reward' : 'birthday',
      });
    }
  }
  return {
    version: 1,
    generatedAt: '2026-11-25T10:00:00Z',
    program: program(),
    customer: { id: `c-${seed}`, firstName: 'Ann', joinedAt: '2023-02-10T09:00:00Z' },
    activity,
    coupons: [
      { id: 'c-1', code: 'VIP-8F3K', title: '$10 off', tierId: 'silver', issuedAt: '2026-03-04T15:00:00Z',
        expiresAt: '2026-08-31T15:00:00Z', usedAt: null },
      { id: 'c-2', code: 'VIP-FREE', title: 'Free shipping', tierId: 'gold', issuedAt: '2026-06-01T15:00:00Z',
        expiresAt: '2027-06-01T15:00:00Z', usedAt: null },
    ],
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * parse + validate + evaluate of a 10,000-item account from its JSON text, against `JSON.parse` of the same
 * text: the two are timed alternately, `runs` times each after a warm-up, and the medians compared.
 */
function largeAccountRatio({ parseAccount, evaluate }, runs = 41) {
  // The most activity a document may hold (LIMITS.activity, README "Limits"): 9,524 orders and 476 points events.
  const text = JSON.stringify(accountDocument(9_524));
  const full = () => {
    const parsed = parseAccount(JSON.parse(text));
    if (!parsed.ok) throw new Error(`generated account rejected: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    return evaluate(parsed.account);
  };
  const jsonOnly = () => JSON.parse(text);
  for (let i = 0; i < 5; i += 1) {
    full();
    jsonOnly();
  }
  const jsonTimes = [];
  const fullTimes = [];
  const validateTimes = [];
  const evaluateTimes = [];
  for (let i = 0; i < runs; i += 1) {
    let t = performance.now();
    jsonOnly();
    jsonTimes.push(performance.now() - t);
    t = performance.now();
    const data = JSON.parse(text);
    const t1 = performance.now();
    const parsed = parseAccount(data);
    const t2 = performance.now();
    evaluate(parsed.account);
    const t3 = performance.now();
    fullTimes.push(t3 - t);
    validateTimes.push(t2 - t1);
    evaluateTimes.push(t3 - t2);
  }
  const status = full();
  return {
    bytes: Buffer.byteLength(text),
    jsonParseMs: median(jsonTimes),
    fullMs: median(fullTimes),
    validateMs: median(validateTimes),
    evaluateMs: median(evaluateTimes),
    ratio: median(fullTimes) / median(jsonTimes),
    tier: status.tier?.id ?? null,
  };
}

/**
 * 20-order customers evaluated per second on this one thread, over `seconds` of evaluation, with `options` (the
 * toolkit's recalculation passes `detail: false`: no history, no breakdown).
 */
export function customersPerSecond({ parseAccount, evaluate }, seconds = 2, options = {}) {
  const accounts = [];
  for (let seed = 1; seed <= 500; seed += 1) {
    const parsed = parseAccount(accountDocument(20, seed));
    if (!parsed.ok) throw new Error('generated 20-order account rejected');
    accounts.push(parsed.account);
  }
  for (let i = 0; i < 20_000; i += 1) evaluate(accounts[i % accounts.length], options);
  let evaluated = 0;
  let tiers = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    for (let i = 0; i < 1000; i += 1) {
      if (evaluate(accounts[(evaluated + i) % accounts.length], options).tier) tiers += 1;
    }
    evaluated += 1000;
    elapsed = performance.now() - started;
  }
  return { perSecond: (evaluated / elapsed) * 1000, withTier: tiers / evaluated };
}

// `node bench/engine.mjs <dist/engine.js>`: both engine figures, as JSON, from a process of their own (npm run bench
// runs it so), so the bench's own builds and heap do not weigh on them.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const engine = await import(pathToFileURL(process.argv[2] ?? '').href);
  const large = largeAccountRatio(engine);
  const throughput = customersPerSecond(engine, 2, { detail: false });
  const detailed = customersPerSecond(engine);
  process.stdout.write(JSON.stringify({ large, throughput, detailed }));
}
