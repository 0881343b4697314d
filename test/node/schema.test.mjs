// The published JSON Schema (dist/account.schema.json) against parseAccount: a real draft 2020-12 validator (ajv)
// and the widget must agree on generated documents and on every single-field mutation of them, except where JSON
// Schema cannot say why (README "The account document": what the JSON Schema cannot express). Needs a built dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { parseAccount } from '../../dist/engine.js';

const schema = JSON.parse(readFileSync(new URL('../../dist/account.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: false }).compile(schema);

const instant = fc.constantFrom(
  '2026-03-04T15:00:00Z', '2026-03-04T15:00Z', '2025-12-31T23:59:59.999999999+05:30', '2024-02-29t00:00:00z',
  '1970-01-01T00:00:00-23:59', '2200-06-01T12:30:00.5Z',
);
const id = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme-ascii' });
const text = fc.string({ maxLength: 20, unit: 'grapheme-ascii' });
const whole = fc.oneof(fc.nat(100_000), fc.constant(Number.MAX_SAFE_INTEGER));
const maybe = (arb) => fc.option(arb, { nil: undefined });

const discount = fc.oneof(
  fc.record({ kind: fc.constant('fixed'), amount: whole }),
  fc.record({ kind: fc.constant('percentage'), percent: fc.oneof(fc.constant(100), fc.double({ min: 0.01, max: 100, noNaN: true })) }),
  fc.record({ kind: fc.constant('free_shipping') }),
);
const entryReward = fc.oneof(
  fc.record({ type: fc.constant('points'), points: whole, title: maybe(text) }, { requiredKeys: ['type', 'points'] }),
  fc.record({ type: fc.constant('coupon'), title: text, discount, expiresAfterDays: maybe(fc.integer({ min: 1, max: 400 })) }, { requiredKeys: ['type', 'title', 'discount'] }),
  fc.record({ type: fc.constantFrom('gift_card', 'raffle'), title: maybe(text) }, { requiredKeys: ['type'] }),
);
const perk = fc.oneof(
  fc.record({ type: fc.constant('points_multiplier'), multiplier: fc.double({ min: 0.5, max: 1000, noNaN: true }) }),
  fc.record({ type: fc.constant('birthday_points'), points: whole }),
  fc.record({ type: fc.constant('free_shipping') }),
  fc.record({ type: fc.constant('custom'), title: text }),
  fc.record({ type: fc.constant('lounge_access'), title: maybe(text) }, { requiredKeys: ['type'] }),
);
const tiers = fc.uniqueArray(fc.nat(1_000_000), { minLength: 1, maxLength: 4 }).chain((goals) =>
  fc.tuple(...goals.map((goal, index) => fc.record({
    id: fc.constant(`tier-${index}`),
    name: text,
    goal: fc.constant(goal),
    color: maybe(fc.constantFrom('#b8860b', 'gold', 'not a colour', null, 7)),
    image: maybe(fc.constantFrom('https://cdn.example.com/gold.png?v=1', '/files/gold.png', 'gold.png', null)),
    entryRewards: maybe(fc.array(entryReward, { maxLength: 2 })),
    perks: maybe(fc.array(perk, { maxLength: 2 })),
  }, { requiredKeys: ['id', 'name', 'goal'] }))));
const order = fc.record({
  type: fc.constant('order'), id, at: instant, amount: fc.nat(100_000),
  refunded: maybe(fc.constant(0)), cancelled: maybe(fc.boolean()), points: maybe(fc.nat(1000)),
}, { requiredKeys: ['type', 'id', 'at', 'amount'] });
const pointsEvent = fc.record({
  type: fc.constant('points'), id, at: instant, points: fc.integer({ min: -1000, max: 1000 }), source: maybe(fc.oneof(text, fc.constant(null))),
}, { requiredKeys: ['type', 'id', 'at', 'points'] });
const coupon = fc.record({
  id, code: fc.constantFrom('VIP-8F3K', 'SAVE10'), title: text, tierId: maybe(fc.oneof(id, fc.constant(null))),
  issuedAt: maybe(instant), expiresAt: maybe(fc.oneof(instant, fc.constant(null))), usedAt: maybe(instant),
}, { requiredKeys: ['id', 'code', 'title'] });

const documentArb = tiers.chain((tierList) => fc.record({
  version: fc.constant(1),
  generatedAt: maybe(instant),
  program: fc.record({
    status: fc.constantFrom('enabled', 'disabled', 'recalculating'),
    entryMethod: fc.constantFrom('points_earned', 'amount_spent', 'orders_placed'),
    milestone: fc.constantFrom('lifetime', 'calendar_year', 'rolling_12_months'),
    startDate: fc.constantFrom('2023-02-01', '2024-02-29', '1970-01-01', '2200-12-31'),
    settingsSavedAt: maybe(instant),
    timeZone: fc.constantFrom('America/New_York', 'UTC', 'Asia/Kolkata', 'America/Port-au-Prince', 'Etc/GMT+5'),
    currency: fc.constantFrom('USD', 'JPY', 'KWD', 'EUR'),
    rewardDistribution: fc.constantFrom('highest_only', 'all_tiers'),
    tiers: fc.constant(tierList),
  }, { requiredKeys: ['status', 'entryMethod', 'milestone', 'startDate', 'timeZone', 'currency', 'rewardDistribution', 'tiers'] }),
  customer: maybe(fc.oneof(fc.constant(null), fc.record({ id, firstName: maybe(text), joinedAt: maybe(instant) }, { requiredKeys: ['id'] }))),
  activity: maybe(fc.array(fc.oneof(order, pointsEvent), { maxLength: 4 })),
  coupons: maybe(fc.array(coupon, { maxLength: 2 })),
  grants: maybe(fc.uniqueArray(fc.record({
    id, tierId: fc.constantFrom(...tierList.map((t) => t.id)), at: instant, reason: maybe(text), reward: fc.boolean(),
  }, { requiredKeys: ['id', 'tierId', 'at', 'reward'] }), { maxLength: 3, selector: (g) => g.id })),
}, { requiredKeys: ['version', 'program'] }));

/** Values a backend gets wrong: each is put in place of one field of a valid document. */
const TRICKY = [
  undefined, null, '', ' ', 0, -1, 1, 1.5, 2 ** 53, 100, 1001, true, 'text', {}, [], [{}],
  'usd', '$', 'EURO', 'ABC', 'Mars/Olympus', 'America/New York', 'x'.repeat(65), 'Europe/' + 'x'.repeat(60),
  '2026-03-04T15:00Z', '2026-03-04 15:00:00Z', '2026-03-04T15:00:00+0530', '2026-03-04T23:59:60Z',
  '2026-03-04T15:00:00.1234567891Z', '2026-03-04T15:00:00', '1969-12-31T23:59:59Z', '2201-01-01T00:00:00Z',
  '2026-03-04', '2026-3-4', '1969-12-31', '2201-01-01',
  'points', 'coupon', 'points_multiplier', 'birthday_points', 'custom', 'fixed', 'percentage', 'order',
  { type: 'points' }, { type: 'coupon', title: 'x' }, { type: 'points_multiplier' }, { type: 'birthday_points', points: -1 },
  { type: 'custom' }, { type: 'coupon', title: 'x', discount: { kind: 'percentage', percent: 0 } },
  { kind: 'fixed' }, { type: 'order', id: '1', at: '2026-03-04T15:00:00Z' }, 'SAVE\u202E01',
  'http://cdn.example/gold.png', '//cdn.example/gold.png', '/\\cdn.example/gold.png', 'javascript:alert(1)', 'https://',
];

/** Every path to a value in `value` (objects and arrays), including the containers. */
function paths(value, base = []) {
  const out = [base];
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) out.push(...paths(value[key], [...base, Array.isArray(value) ? +key : key]));
  }
  return out;
}

function mutate(doc, path, replacement) {
  const copy = structuredClone(doc);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1];
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last, 1);
    else delete parent[last];
  } else {
    parent[last] = structuredClone(replacement);
  }
  return copy;
}

const at = (doc, dotted) => dotted.split('.').reduce((v, key) => (v == null ? undefined : v[key]), doc);
// Well-formed texts, written here independently of the schema's own patterns.
const INSTANT = /^(19[7-9]\d|2[01]\d\d|2200)-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-][0-2]\d:[0-5]\d)$/i;
const ZONE = /^[A-Za-z][\w+-]*(\/[\w+-]+)*$/;
const CURRENCY = /^[A-Z]{3}$/;

/**
 * A widget issue the JSON Schema cannot express (README): unknown zone or currency, duplicate ids or goals,
 * refunded > amount, a grant of another tier, a date that does not exist.
 */
function inexpressible(doc, issue) {
  if (/is already used by|is already the goal|greater than the order amount|is not a tier of the program|that exists/.test(issue.message)) return true;
  // A well-formed text the widget does not know: a zone, a currency, a date such as 30 February.
  const value = at(doc, issue.path);
  const pattern = /ISO-8601 instant/.test(issue.message) ? INSTANT
    : /IANA time zone/.test(issue.message) ? ZONE
      : /ISO 4217 currency/.test(issue.message) ? CURRENCY : undefined;
  return pattern !== undefined && typeof value === 'string' && pattern.test(value);
}

function disagreement(doc) {
  const schemaOk = validate(doc);
  const parsed = parseAccount(doc);
  if (schemaOk === parsed.ok) return undefined;
  if (!schemaOk) return { doc, reason: 'the schema refuses what the widget reads', errors: validate.errors };
  if (parsed.issues.every((issue) => inexpressible(doc, issue))) return undefined;
  return { doc, reason: 'the schema accepts what the widget refuses', issues: parsed.issues };
}

describe('account.schema.json agrees with parseAccount', () => {
  const documents = fc.sample(documentArb, { numRuns: 1000, seed: 20_261_202 });

  it('accepts the 1,000 generated documents, as parseAccount does', () => {
    const found = documents.map(disagreement).filter(Boolean);
    assert.deepEqual(found.slice(0, 3), []);
    assert.equal(documents.filter((doc) => parseAccount(doc).ok).length, 1000);
  });

  it('agrees on single-field mutations of them, but for what JSON Schema cannot express', () => {
    // Every field (by its path with list indices as *) gets every tricky value once, in some document that has it.
    const byField = new Map();
    documents.forEach((doc, index) => {
      for (const path of paths(doc)) {
        if (path.length === 0) continue;
        const field = path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
        if (!byField.has(field)) byField.set(field, []);
        byField.get(field).push([index, path]);
      }
    });
    const found = [];
    let mutations = 0;
    let refusedByBoth = 0;
    for (const places of byField.values()) {
      TRICKY.forEach((value, n) => {
        const [index, path] = places[(n * 7919) % places.length];
        const mutated = mutate(documents[index], path, value);
        mutations += 1;
        const result = disagreement(mutated);
        if (result) found.push(result);
        else if (!validate(mutated)) refusedByBoth += 1;
      });
    }
    assert.deepEqual(found.slice(0, 3), []);
    // The mutations must be able to fail: most of them break the document.
    assert.ok(mutations > 2000 && refusedByBoth > mutations / 2, `${refusedByBoth} of ${mutations} mutations refused by both`);
  });

  it('states the limits and the default of the optional order fields', () => {
    const orderSchema = schema.properties.activity.items.anyOf[0];
    assert.deepEqual(orderSchema.required, ['type', 'id', 'at', 'amount']);
    assert.equal(orderSchema.properties.refunded.default, 0);
    assert.equal(orderSchema.properties.cancelled.default, false);
    assert.equal(schema.properties.grants.maxItems, 20);
  });
});
