import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkAccount } from '../../src/engine/check.js';
import { ENTRY_METHODS, MILESTONES, PROGRAM_STATES, REWARD_DISTRIBUTIONS } from '../../src/engine/types.js';
import { LIMITS } from '../../src/engine/limits.js';
import { parseAccount, parseBySchema } from '../../src/engine/parse.js';
import { getAccountSchema } from '../../src/engine/schema.js';

const long = (n: number) => 'x'.repeat(n);
const instants = ['2026-03-04T15:00:00Z', '2024-02-29T23:59:59.999+09:00', '1970-01-01T00:00Z', '2200-12-31T23:59:59-05:00'];

/** Values a near-valid document gets in place of one of its fields: right and wrong kinds, bounds on both sides. */
const replacement = fc.constantFrom<unknown>(
  undefined, null, 0, 1, -1, 2.5, 100, 100.5, 1000, 1001, Number.MAX_SAFE_INTEGER, 2 ** 53, NaN, Infinity, true, false,
  '', 'x', '42', [], {}, [{}], { kind: 'fixed', amount: 5 }, { kind: 'percentage', percent: 50 }, { kind: 'free_shipping' },
  ...PROGRAM_STATES, ...ENTRY_METHODS, ...MILESTONES, ...REWARD_DISTRIBUTIONS, 'rolling_12_months',
  'points', 'coupon', 'order', 'points_multiplier', 'birthday_points', 'free_shipping', 'custom', 'gift_card', 'fixed', 'percentage',
  ...instants, '2026-03-04T15:00:00', '2026-02-30T15:00:00Z', '1969-12-31T23:59:59Z', '2201-01-01T00:00:00Z',
  '2023-02-01', '2024-02-29', '2023-02-29', '1969-12-31', '2201-01-01', '0001-01-01',
  'UTC', 'Europe/Paris', 'Mars/Olympus', '+02:00', 'USD', 'JPY', 'usd', 'XXX', 'ZZZ',
  '#a0522d', 'sienna', 'url(x)', 'rgb(1 2 3)', 'SAVE\u202E01-FF', 'A\u200BB',
  long(LIMITS.code), long(LIMITS.code + 1), long(LIMITS.id), long(LIMITS.id + 1), long(LIMITS.text), long(LIMITS.text + 1),
  'bronze', 'silver', 'gold', 'g-1', 'c-1', 'o-1',
);

/** Values near one of a kind, so that a bound of every numeric and text field is crossed often. */
const NEAR_NUMBER = [0, -0, -1, 0.5, 1, 1.5, 99.5, 100, 100.5, 999, 1000, 1000.5, Number.MAX_SAFE_INTEGER, 2 ** 53, NaN, Infinity, -Infinity, '1', null];
const NEAR_TEXT = ['', ' ', long(LIMITS.code), long(LIMITS.code + 1), long(LIMITS.id), long(LIMITS.id + 1), long(LIMITS.text), long(LIMITS.text + 1), 'A\u202EB', 1, null];

const title = fc.constantFrom<unknown>(undefined, null, 'A title', '', long(LIMITS.text));
const entryReward = fc.oneof(
  fc.record({ type: fc.constant('points'), points: fc.constantFrom(0, 500), title }, { requiredKeys: ['type', 'points'] }),
  fc.record({
    type: fc.constant('coupon'), title: fc.constantFrom('$10 off', ''),
    discount: fc.constantFrom({ kind: 'fixed', amount: 1000 }, { kind: 'percentage', percent: 12.5 }, { kind: 'free_shipping', extra: 1 }),
    expiresAfterDays: fc.constantFrom<unknown>(undefined, null, 1, 365),
  }, { requiredKeys: ['type', 'title', 'discount'] }),
  fc.record({ type: fc.constant('gift_card'), title, value: fc.constant(5) }, { requiredKeys: ['type'] }),
);
const perk = fc.oneof(
  fc.record({ type: fc.constant('points_multiplier'), multiplier: fc.constantFrom(0.5, 1, 1000), title }, { requiredKeys: ['type', 'multiplier'] }),
  fc.record({ type: fc.constant('birthday_points'), points: fc.constantFrom(0, 200), title }, { requiredKeys: ['type', 'points'] }),
  fc.record({ type: fc.constant('free_shipping'), title }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('custom'), title: fc.constantFrom('Early access', '') }),
  fc.record({ type: fc.constant('concierge'), title }, { requiredKeys: ['type'] }),
);
const tiers = fc.uniqueArray(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 4 }).chain((goals) =>
  fc.tuple(...goals.map((goal, i) => fc.record({
    id: fc.constant(`t${i}`), name: fc.constantFrom('Bronze', '', long(LIMITS.text)), goal: fc.constant(goal),
    color: fc.constantFrom<unknown>(undefined, null, '#a0522d', 'sienna', 'url(x)', 5),
    entryRewards: fc.option(fc.array(entryReward, { maxLength: 3 }), { nil: undefined }),
    perks: fc.option(fc.array(perk, { maxLength: 3 }), { nil: undefined }),
    extra: fc.constant('ignored'),
  }, { requiredKeys: ['id', 'name', 'goal'] }))));
const maybeInstant = fc.constantFrom<unknown>(undefined, null, ...instants);
const coupon = fc.record({
  id: fc.constantFrom('c-1', 'c-2'), code: fc.constantFrom('VIP-8F3K', long(LIMITS.code)), title: fc.constantFrom('$10 off', ''),
  tierId: fc.constantFrom<unknown>(undefined, null, 't0', ''), issuedAt: maybeInstant, expiresAt: maybeInstant, usedAt: maybeInstant,
}, { requiredKeys: ['id', 'code', 'title'] });
const activityItem = fc.oneof(
  fc.record({
    type: fc.constant('order'), id: fc.constantFrom('o-1', ''), at: fc.constantFrom(...instants), amount: fc.constantFrom(0, 12999),
    refunded: fc.constantFrom(0), cancelled: fc.boolean(), points: fc.constantFrom(0, 130), source: fc.constantFrom('web', long(LIMITS.text)),
  }, { requiredKeys: ['type', 'id', 'at', 'amount'] }),
  fc.record({
    type: fc.constant('points'), id: fc.constantFrom('p-1'), at: fc.constantFrom(...instants), points: fc.constantFrom(-50, 200),
    source: fc.constantFrom<unknown>(undefined, null, 'birthday'),
  }, { requiredKeys: ['type', 'id', 'at', 'points'] }),
);

/** A valid document (a generated one may still break a cross-field rule, e.g. a refund over the amount). */
const validDocument = tiers.chain((programTiers) => fc.record({
  version: fc.constant(1),
  generatedAt: maybeInstant,
  program: fc.record({
    status: fc.constantFrom(...PROGRAM_STATES), entryMethod: fc.constantFrom(...ENTRY_METHODS),
    milestone: fc.constantFrom(...MILESTONES), startDate: fc.constantFrom('2023-02-01', '2024-02-29'),
    settingsSavedAt: maybeInstant, timeZone: fc.constantFrom('America/New_York', 'UTC'), currency: fc.constantFrom('USD', 'JPY'),
    rewardDistribution: fc.constantFrom(...REWARD_DISTRIBUTIONS), tiers: fc.constant(programTiers),
  }, { requiredKeys: ['status', 'entryMethod', 'milestone', 'startDate', 'timeZone', 'currency', 'rewardDistribution', 'tiers'] }),
  customer: fc.constantFrom<unknown>(undefined, null, { id: '42' }, { id: '42', firstName: 'Ann', joinedAt: '2023-02-10T09:00:00Z', email: 'a@b' }),
  activity: fc.option(fc.array(activityItem, { maxLength: 4 }), { nil: undefined }),
  coupons: fc.option(fc.array(coupon, { maxLength: 3 }), { nil: undefined }),
  grants: fc.option(fc.array(fc.record({
    id: fc.constantFrom('g-1', 'g-2'), tierId: fc.constantFrom(...programTiers.map((t) => t.id)), at: fc.constantFrom(...instants),
    reason: fc.constantFrom<unknown>(undefined, null, 'migration'), reward: fc.boolean(),
  }, { requiredKeys: ['id', 'tierId', 'at', 'reward'] }), { maxLength: 2 }), { nil: undefined }),
}, { requiredKeys: ['version', 'program'] }));

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

/** Fields whose value is undefined removed, as in any document JSON.parse returns. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, withoutUndefined(item)]));
}

/** `doc` with the value at each path replaced (deleted for undefined); the paths are picked by index among its own. */
function mutated(doc: unknown, mutations: readonly [number, unknown, number | undefined][]): unknown {
  const copy = withoutUndefined(doc) as Record<string, unknown>;
  for (const [pick, generic, near] of mutations) {
    const all = pathsOf(copy).slice(1);
    // Three times in four a leaf (a number, a text, a boolean, null), where most bounds are.
    const leaves = all.filter((path) => { const v = path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], copy); return typeof v !== 'object' || v === null; });
    const paths = pick % 4 === 0 || leaves.length === 0 ? all : leaves;
    const path = paths[Math.floor(pick / 4) % paths.length]!;
    let target = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    const kind = typeof target[key];
    const neighbours = kind === 'number' ? NEAR_NUMBER : kind === 'string' ? NEAR_TEXT : undefined;
    const value = near !== undefined && neighbours ? neighbours[near % neighbours.length] : generic;
    if (value === undefined && !Array.isArray(target)) delete target[key];
    else target[key] = value;
  }
  return withoutUndefined(copy);
}

const document = fc.tuple(validDocument, fc.array(fc.tuple(fc.nat(), replacement, fc.option(fc.nat(), { nil: undefined })), { maxLength: 3 }))
  .map(([doc, mutations]) => mutated(doc, mutations));

describe('the fast check of the whole document (check.ts)', () => {
  it('accepts exactly what the zod schema accepts within the limits, with the same account', () => {
    let accepted = 0;
    fc.assert(fc.property(document, (doc) => {
      const bySchema = parseBySchema(doc);
      const fast = checkAccount(doc);
      expect(fast !== undefined, `fast check ${fast ? 'accepts' : 'refuses'}: ${JSON.stringify(bySchema.ok ? doc : bySchema.issues)}`)
        .to.equal(bySchema.ok);
      if (bySchema.ok) {
        accepted += 1;
        expect(fast).to.deep.equal(bySchema.account);
        expect(parseAccount(doc)).to.deep.equal(bySchema);
      }
    }), { numRuns: 2_000 });
    // Both sides of the equivalence were exercised.
    expect(accepted).to.be.within(200, 1_800);
  });

  it('refuses what only the limits refuse: a coupon code with a hidden character, an item source past the text limit', () => {
    const doc = parseBySchema({ version: 1, program: { status: 'enabled', entryMethod: 'amount_spent', milestone: 'lifetime', startDate: '2023-02-01', timeZone: 'UTC', currency: 'USD', rewardDistribution: 'highest_only', tiers: [{ id: 't', name: 'T', goal: 0 }] } });
    expect(doc.ok).to.equal(true);
    const base = { version: 1, program: { status: 'enabled', entryMethod: 'amount_spent', milestone: 'lifetime', startDate: '2023-02-01', timeZone: 'UTC', currency: 'USD', rewardDistribution: 'highest_only', tiers: [{ id: 't', name: 'T', goal: 0 }] } };
    expect(checkAccount(base)).not.to.equal(undefined);
    expect(checkAccount({ ...base, coupons: [{ id: 'c', code: 'SAVE\u202E01-FF', title: 'x' }] })).to.equal(undefined);
    expect(checkAccount({ ...base, activity: [{ type: 'order', id: 'o', at: instants[0], amount: 1, source: long(LIMITS.text + 1) }] })).to.equal(undefined);
  });

  it('refuses a list with a hole, as the schema does, instead of skipping it', () => {
    const tier = (id: string, goal: number) => ({ id, name: id, goal });
    const program = { status: 'enabled', entryMethod: 'amount_spent', milestone: 'lifetime', startDate: '2023-02-01', timeZone: 'UTC', currency: 'USD', rewardDistribution: 'highest_only' };
    const tiers = [tier('a', 0), tier('b', 10), tier('c', 20)];
    delete tiers[2];
    const coupons = [{ id: 'c1', code: 'A', title: 'x' }, { id: 'c2', code: 'B', title: 'y' }];
    delete coupons[0];
    for (const doc of [{ version: 1, program: { ...program, tiers } }, { version: 1, program: { ...program, tiers: [tier('a', 0)] }, coupons }]) {
      expect(checkAccount(doc)).to.equal(undefined);
      expect(parseBySchema(doc).ok).to.equal(false);
      expect(parseAccount(doc).ok).to.equal(false);
    }
  });

  it('builds the schema program values from the same lists as the fast check', () => {
    type Def = { _zod: { def: { shape?: Record<string, Def>; entries?: Record<string, string> } } };
    const program = (getAccountSchema() as unknown as Def)._zod.def.shape!['program']!._zod.def.shape!;
    const values = (key: string) => Object.values(program[key]!._zod.def.entries!);
    expect([...PROGRAM_STATES]).to.have.members(values('status'));
    expect([...ENTRY_METHODS]).to.have.members(values('entryMethod'));
    expect([...MILESTONES]).to.have.members(values('milestone'));
    expect([...REWARD_DISTRIBUTIONS]).to.have.members(values('rewardDistribution'));
  });
});
