import { expect } from '@open-wc/testing';
import { LIMITS, evaluate, parseAccount } from '../../src/engine/index.js';
import { account, coupon, gold, order, program, silver } from '../support/account.js';
import { issuesOf, parsed } from './helpers.js';

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const text = (n: number): string => 'x'.repeat(n);

/** The largest document the limits allow: every list full, every text at its longest. */
function largest(): Record<string, unknown> {
  const tiers = times(LIMITS.tiers, (t) => ({
    id: `t${t}`.padEnd(LIMITS.id, '-'),
    name: text(LIMITS.text),
    goal: t * 10_000,
    perks: times(LIMITS.perksPerTier, (i) => ({ type: 'custom', title: `Perk ${i} `.padEnd(LIMITS.text, '.') })),
    entryRewards: times(LIMITS.entryRewardsPerTier, (i) => ({
      type: 'coupon', title: `Gift ${i}`, discount: { kind: 'fixed', amount: 500 }, expiresAfterDays: 30,
    })),
  }));
  return account({
    program: { tiers },
    coupons: times(LIMITS.coupons, (i) => coupon({ id: `c${i}`, code: `CODE-${i}`.padEnd(LIMITS.code, 'X') })),
    activity: times(LIMITS.activity, (i) => order(new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(), 1000)),
  });
}

describe('document size limits', () => {
  it('reads the largest document the limits allow, and evaluates it', () => {
    const result = parseAccount(largest());
    expect(result.ok, JSON.stringify(!result.ok && result.issues.slice(0, 3))).to.equal(true);
    if (!result.ok) return;
    expect(result.account.activity).to.have.length(LIMITS.activity);
    const status = evaluate(result.account);
    expect(status.coupons).to.have.length(LIMITS.coupons);
    expect(status.tiers).to.have.length(LIMITS.tiers);
  });

  it('refuses one perk too many by the perks path', () => {
    const perks = times(LIMITS.perksPerTier + 1, (i) => ({ type: 'custom', title: `Perk ${i}` }));
    expect(issuesOf(account({ program: { tiers: [{ ...silver, perks }, gold] } }))).to.deep.equal([
      { path: 'program.tiers.0.perks', message: 'Perks of a tier may hold at most 20 items (it has 21).' },
    ]);
  });

  it('refuses one entry reward too many by its path', () => {
    const entryRewards = times(LIMITS.entryRewardsPerTier + 1, () => ({ type: 'points', points: 1 }));
    expect(issuesOf(account({ program: { tiers: [silver, { ...gold, entryRewards }] } }))).to.deep.equal([
      { path: 'program.tiers.1.entryRewards', message: 'Entry rewards of a tier may hold at most 20 items (it has 21).' },
    ]);
  });

  it('refuses 101 coupons and 10,001 activity items, naming both lists', () => {
    const doc = account({
      coupons: times(LIMITS.coupons + 1, (i) => coupon({ id: `c${i}` })),
      activity: times(LIMITS.activity + 1, () => order('2026-03-04T15:00:00Z', 100)),
    });
    expect(issuesOf(doc)).to.deep.equal([
      { path: 'coupons', message: 'Coupons may hold at most 100 items (it has 101).' },
      { path: 'activity', message: 'Activity may hold at most 10,000 items (it has 10,001).' },
    ]);
  });

  it('refuses texts one character too long: ids, names, titles, codes and the zone', () => {
    const doc = account({
      program: {
        timeZone: text(LIMITS.timeZone + 1),
        tiers: [{ ...silver, id: text(LIMITS.id + 1), name: text(LIMITS.text + 1) }, gold],
      },
      customer: { id: text(LIMITS.id + 1), firstName: text(LIMITS.text + 1) },
      coupons: [coupon({ code: text(LIMITS.code + 1), title: text(LIMITS.text + 1) })],
      activity: [order('2026-03-04T15:00:00Z', 100, { id: text(LIMITS.id + 1) })],
    });
    expect(issuesOf(doc).map((issue) => issue.path)).to.deep.equal([
      'program.timeZone',
      'program.tiers.0.id',
      'program.tiers.0.name',
      'customer.id',
      'customer.firstName',
      'coupons.0.title',
      'coupons.0.code',
      'activity.0.id',
    ]);
    expect(issuesOf(doc)[6]!.message).to.equal('Coupon code must be at most 64 characters (it has 65).');
  });

  it('refuses a million-character name by its length, without validating the rest', () => {
    const issues = issuesOf(account({ program: { tiers: [{ ...silver, name: text(1_000_000) }, gold] } }));
    expect(issues).to.deep.equal([
      { path: 'program.tiers.0.name', message: 'Tier name must be at most 200 characters (it has 1,000,000).' },
    ]);
  });

  it('ends 150,000 invalid perks in a clear issue by path, not a stack overflow', () => {
    const perks = times(150_000, () => ({ type: 'points_multiplier', multiplier: 'lots' }));
    expect(issuesOf(account({ program: { tiers: [{ ...silver, perks }, gold] } }))).to.deep.equal([
      { path: 'program.tiers.0.perks', message: 'Perks of a tier may hold at most 20 items (it has 150,000).' },
    ]);
  });

  it('words the first 50 of 10,000 invalid activity items and counts the rest', () => {
    const activity = times(LIMITS.activity, () => ({ type: 'order', id: 'x', at: 'yesterday', amount: -1 }));
    const issues = issuesOf(account({ activity }));
    expect(issues).to.have.length(51);
    expect(issues.slice(0, 50).every((issue) => issue.path.startsWith('activity.'))).to.equal(true);
    expect(issues[50]!.path).to.equal('');
    expect(issues[50]!.message).to.match(/^…and [\d,]+ more issues\.$/);
  });
});

describe('coupon codes a shopper copies', () => {
  for (const [name, code, hidden] of [
    ['a right-to-left override', 'SAVE\u202E01-FF', 'U+202E'],
    ['a left-to-right isolate', '\u2066SAVE10', 'U+2066'],
    ['a zero-width space', 'SAVE\u200B10', 'U+200B'],
    ['a zero-width joiner', 'SAVE\u200D10', 'U+200D'],
    ['a byte-order mark', '\uFEFFSAVE10', 'U+FEFF'],
    ['a soft hyphen', 'SAVE\u00AD10', 'U+00AD'],
    ['a tab', 'SAVE\t10', 'U+0009'],
    ['a tag character', 'SAVE\uDB40\uDC4110', 'U+E0041'],
  ] as const) {
    it(`refuses a code with ${name}, naming the character`, () => {
      const [issue] = issuesOf(account({ coupons: [coupon({ code })] }));
      expect(issue!.path).to.equal('coupons.0.code');
      expect(issue!.message).to.contain(hidden);
      expect(issue!.message).to.match(/^Coupon code must not contain invisible or direction-changing characters/);
    });
  }

  it('accepts codes in any script, with dashes and spaces', () => {
    for (const code of ['VIP-8F3K', 'خصم-10', 'ÉTÉ 2026', '割引コード']) {
      expect(parsed(account({ coupons: [coupon({ code })] })).coupons[0]!.code).to.equal(code);
    }
  });
});

describe('supported years', () => {
  it('refuses a start date in year 1 with a clear message, where evaluate used to throw', () => {
    expect(issuesOf(account({ program: { startDate: '0001-01-01' } }))).to.deep.equal([
      { path: 'program.startDate', message: 'Program start date must fall in the years 1970 to 2200.' },
    ]);
  });

  it('refuses instants before 1970 and after 2200, in the shell and in activity', () => {
    const doc = account({
      generatedAt: '2201-01-01T00:00:00Z',
      activity: [order('1969-12-31T23:59:59Z', 100)],
    });
    expect(issuesOf(doc)).to.deep.equal([
      { path: 'generatedAt', message: 'Generated time must fall in the years 1970 to 2200.' },
      { path: 'activity.0.at', message: 'Order time must fall in the years 1970 to 2200.' },
    ]);
  });

  for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York']) {
    it(`evaluates without throwing at the first and last supported days in ${timeZone}`, () => {
      for (const [startDate, at, now] of [
        ['1970-01-01', '1970-01-01T00:00:00Z', '1970-06-01T00:00:00Z'],
        ['2200-12-31', '2200-12-31T12:00:00Z', '2200-12-31T23:59:59Z'],
      ] as const) {
        const doc = account({ program: program({ timeZone, startDate }), activity: [order(at, 60_000)], coupons: [] });
        const status = evaluate(parsed(doc), { now: Date.parse(now) });
        expect(status.state).to.equal('active');
      }
    });
  }
});
