import { expect } from '@open-wc/testing';
import { parseAccount } from '../../src/engine/index.js';
import { account, bronze, gold, order, points, silver } from '../support/account.js';
import { issuesOf, parsed } from './helpers.js';

/** The dotted paths of a rejected document's issues. */
const pathsOf = (doc: unknown): string[] => issuesOf(doc).map((issue) => issue.path);

const tiersOf = (n: number) => Array.from({ length: n }, (_, i) => ({ ...silver, id: `t${i}`, name: `Tier ${i}`, goal: i * 1000 }));

describe('parseAccount', () => {
  describe('accepts', () => {
    it('reads the README example document with instants as epoch milliseconds', () => {
      const result = parsed(account());
      expect(result.generatedAt).to.equal(Date.UTC(2026, 10, 25, 10));
      expect(result.program.settingsSavedAt).to.equal(Date.UTC(2023, 2, 10, 12));
      expect(result.activity[0]).to.deep.equal({
        type: 'order', id: '1001', at: Date.UTC(2026, 2, 4, 15), amount: 12999, refunded: 0, cancelled: false, points: 130,
      });
      expect(result.coupons[0]?.usedAt).to.equal(undefined);
    });

    it('reads an instant with a UTC offset as the same moment', () => {
      const result = parsed(account({ activity: [order('2026-03-04T10:00:00-05:00', 100)] }));
      expect(result.activity[0]?.at).to.equal(Date.UTC(2026, 2, 4, 15));
    });

    it('sorts tiers by goal', () => {
      expect(parsed(account({ program: { tiers: [gold, bronze, silver] } })).program.tiers.map((t) => t.goal)).to.deep.equal([0, 50000, 100000]);
    });

    it('accepts 20 tiers', () => {
      expect(parsed(account({ program: { tiers: tiersOf(20) } })).program.tiers).to.have.length(20);
    });

    it('ignores unknown fields anywhere and leaves them out of the result', () => {
      const result = parsed(account({
        theme: 'dark',
        program: { tiers: [{ ...bronze, badge: 'b.svg' }], referralBonus: 5 },
        customer: { id: '42', email: 'ann@example.com' },
        activity: [{ ...order('2026-03-04T15:00:00Z', 100), channel: 'pos' }],
      }));
      expect(result).not.to.have.property('theme');
      expect(result.program).not.to.have.property('referralBonus');
      expect(result.program.tiers[0]).not.to.have.property('badge');
      expect(result.customer).to.deep.equal({ id: '42' });
      expect(result.activity[0]).not.to.have.property('channel');
    });

    it('keeps unknown perk and reward types with their title', () => {
      const result = parsed(account({
        program: {
          tiers: [{
            ...bronze,
            perks: [{ type: 'vip_lounge', title: 'Lounge access', level: 3 }],
            entryRewards: [{ type: 'gift', title: 'Tote bag', sku: 'T-1' }],
          }],
        },
      }));
      expect(result.program.tiers[0]?.perks).to.deep.equal([{ type: 'vip_lounge', title: 'Lounge access' }]);
      expect(result.program.tiers[0]?.entryRewards).to.deep.equal([{ type: 'gift', title: 'Tote bag' }]);
    });

    it('keeps plain CSS colours and drops anything that could inject styles', () => {
      const colours = ['#abc', '#a0522d80', 'rgb(160, 82, 45)', 'rgb(160 82 45 / 50%)', 'hsl(20deg 60% 40%)', 'SaddleBrown',
        'red;background:url(x)', 'url(https://evil.example/x.png)', 'var(--x)', 'expression(alert(1))', '#ggg', 'rgb(1,2)', 42];
      const result = parsed(account({ program: { tiers: colours.map((color, i) => ({ ...bronze, id: `t${i}`, goal: i, color })) } }));
      expect(result.program.tiers.map((t) => t.color)).to.deep.equal([
        '#abc', '#a0522d80', 'rgb(160, 82, 45)', 'rgb(160 82 45 / 50%)', 'hsl(20deg 60% 40%)', 'SaddleBrown',
        undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      ]);
    });

    it('keeps a tier image given as an https URL or a path on the store', () => {
      const images = ['https://cdn.shopify.com/s/files/1/gold.png?v=2', '/cdn/shop/files/gold.svg', 'images/gold.png', null];
      const result = parsed(account({ program: { tiers: images.map((image, i) => ({ ...bronze, id: `t${i}`, goal: i, image })) } }));
      expect(result.program.tiers.map((t) => t.image)).to.deep.equal([...images.slice(0, 3), undefined]);
    });

    it('reads a missing customer as a guest, and missing activity and coupons as none', () => {
      const { customer, activity, coupons, ...rest } = account();
      void customer; void activity; void coupons;
      const result = parsed(rest);
      expect([result.customer, result.activity, result.coupons]).to.deep.equal([null, [], []]);
    });

    it('parses without ever compiling code from strings, so a strict Content-Security-Policy holds', () => {
      const original = globalThis.Function;
      const forbid = () => { throw new EvalError('code generation from strings disallowed'); };
      globalThis.Function = new Proxy(original, { construct: forbid, apply: forbid });
      try {
        expect(parseAccount(account()).ok).to.equal(true);
        // A bad order takes the full schema path, not the activity fast path.
        expect(parseAccount(account({ activity: [order('2026-03-04T15:00:00Z', -1)] })).ok).to.equal(false);
      } finally {
        globalThis.Function = original;
      }
    });
  });

  describe('rejects, naming the field', () => {
    it('a document that is not an object', () => {
      for (const input of [null, undefined, 'account', 42, [], true]) {
        expect(issuesOf(input)).to.deep.equal([{ path: '', message: 'The account document must be a JSON object.' }]);
      }
    });

    it('an unknown version', () => {
      expect(issuesOf(account({ version: 2 }))).to.deep.equal([{ path: 'version', message: 'Version must be 1.' }]);
    });

    it('no tiers, or more than 20', () => {
      expect(issuesOf(account({ program: { tiers: [] } }))).to.deep.equal([{ path: 'program.tiers', message: 'A program needs at least one tier.' }]);
      expect(issuesOf(account({ program: { tiers: tiersOf(21) } }))).to.deep.equal([{ path: 'program.tiers', message: 'A program has at most 20 tiers.' }]);
    });

    it('duplicate tier ids and duplicate goals', () => {
      expect(issuesOf(account({ program: { tiers: [bronze, silver, { ...gold, id: 'silver' }] } }))).to.deep.equal([
        { path: 'program.tiers.2.id', message: 'Tier id "silver" is already used by tier 1.' },
      ]);
      expect(issuesOf(account({ program: { tiers: [bronze, silver, { ...gold, goal: 50000 }] } }))).to.deep.equal([
        { path: 'program.tiers.2.goal', message: 'Tier goal 50000 is already the goal of tier 1; goals must differ.' },
      ]);
    });

    it('negative, fractional and huge goals', () => {
      expect(pathsOf(account({ program: { tiers: [bronze, { ...silver, goal: -1 }] } }))).to.deep.equal(['program.tiers.1.goal']);
      expect(issuesOf(account({ program: { tiers: [bronze, { ...silver, goal: 499.5 }] } }))[0]?.message)
        .to.equal('Tier goal must be a whole number, 0 or more.');
      expect(issuesOf(account({ program: { tiers: [bronze, { ...silver, goal: 1e300 }] } }))).to.deep.equal([
        { path: 'program.tiers.1.goal', message: 'Tier goal is too large to be exact.' },
      ]);
    });

    it('negative or fractional amounts, and refunds greater than the order', () => {
      expect(issuesOf(account({ activity: [order('2026-03-04T15:00:00Z', -100, { points: 0 })] }))).to.deep.equal([
        { path: 'activity.0.amount', message: 'Order amount must be a whole number, 0 or more.' },
      ]);
      expect(pathsOf(account({ activity: [points('2026-03-04T15:00:00Z', 1), order('2026-03-04T15:00:00Z', 10.5)] }))).to.deep.equal(['activity.1.amount']);
      expect(issuesOf(account({ activity: [order('2026-03-04T15:00:00Z', 1000, { refunded: 1001 })] }))).to.deep.equal([
        { path: 'activity.0.refunded', message: 'Refunded amount must not be greater than the order amount.' },
      ]);
      expect(pathsOf(account({ program: { tiers: [{ ...bronze, entryRewards: [{ type: 'coupon', title: '$10', discount: { kind: 'fixed', amount: -5 } }] }] } })))
        .to.deep.equal(['program.tiers.0.entryRewards.0.discount.amount']);
    });

    it('instants without an offset, impossible instants and impossible dates', () => {
      expect(issuesOf(account({ activity: [order('2026-03-04T15:00:00', 100)] }))).to.deep.equal([
        { path: 'activity.0.at', message: 'Order time must be an ISO-8601 instant with a UTC offset or Z, e.g. 2026-03-04T15:00:00Z.' },
      ]);
      expect(pathsOf(account({ generatedAt: '2026-02-30T10:00:00Z' }))).to.deep.equal(['generatedAt']);
      expect(pathsOf(account({ customer: { id: '42', joinedAt: 'yesterday' } }))).to.deep.equal(['customer.joinedAt']);
      expect(pathsOf(account({ coupons: [{ id: 'c', code: 'X', title: 'X', expiresAt: 1700000000000 }] }))).to.deep.equal(['coupons.0.expiresAt']);
      expect(issuesOf(account({ program: { startDate: '2023-02-30' } }))).to.deep.equal([
        { path: 'program.startDate', message: 'Program start date must be a calendar date YYYY-MM-DD that exists, e.g. 2023-02-01.' },
      ]);
      expect(pathsOf(account({ program: { startDate: '2023-2-1' } }))).to.deep.equal(['program.startDate']);
    });

    it('an unknown time zone or currency', () => {
      expect(issuesOf(account({ program: { timeZone: 'Mars/Olympus_Mons' } }))).to.deep.equal([
        { path: 'program.timeZone', message: 'Time zone must be an IANA time zone name, e.g. America/New_York.' },
      ]);
      expect(pathsOf(account({ program: { timeZone: '+05:00' } }))).to.deep.equal(['program.timeZone']);
      expect(issuesOf(account({ program: { currency: 'XYZ' } }))).to.deep.equal([
        { path: 'program.currency', message: 'Currency must be an ISO 4217 currency code, e.g. USD.' },
      ]);
      expect(pathsOf(account({ program: { currency: 'usd' } }))).to.deep.equal(['program.currency']);
    });

    it('unknown status, entry method, milestone, reward distribution and activity type', () => {
      const doc = account({
        program: { status: 'paused', entryMethod: 'visits', milestone: 'quarter', rewardDistribution: 'random' },
        activity: [{ type: 'refund', id: 'r-1', at: '2026-03-04T15:00:00Z' }],
      });
      expect(issuesOf(doc)).to.deep.equal([
        { path: 'program.status', message: 'Program status must be one of: enabled, disabled, recalculating.' },
        { path: 'program.entryMethod', message: 'Entry method must be one of: points_earned, amount_spent, orders_placed.' },
        { path: 'program.milestone', message: 'Milestone must be one of: lifetime, calendar_year, rolling_12_months.' },
        { path: 'program.rewardDistribution', message: 'Reward distribution must be one of: highest_only, all_tiers.' },
        { path: 'activity.0.type', message: 'Activity type must be one of: order, points.' },
      ]);
    });

    it('a tier image that is not https or on the store, like links', () => {
      const refused = ['http://cdn.example/gold.png', '//evil.example/gold.png', '/\\evil.example/gold.png', 'javascript:alert(1)',
        'data:image/svg+xml,<svg/>', 'https://', 'gold image.png', ''];
      for (const image of refused) {
        const issues = issuesOf(account({ program: { tiers: [{ ...bronze, image }] } }));
        expect(issues, image).to.deep.equal([{
          path: 'program.tiers.0.image',
          message: 'Tier image must be an https URL or a path on the store, e.g. /images/gold.png.',
        }]);
      }
      expect(issuesOf(account({ program: { tiers: [{ ...bronze, image: 7 }] } }))).to.deep.equal([
        { path: 'program.tiers.0.image', message: 'Tier image must be text.' },
      ]);
    });

    it('a known perk type with a malformed field, by that field', () => {
      const doc = account({ program: { tiers: [{ ...bronze, perks: [{ type: 'points_multiplier', multiplier: 'double' }] }] } });
      expect(issuesOf(doc)).to.deep.equal([
        { path: 'program.tiers.0.perks.0.multiplier', message: 'A points multiplier must be a number.' },
      ]);
    });

    it('missing required fields, each by name', () => {
      const doc = account();
      delete (doc['program'] as Record<string, unknown>)['startDate'];
      expect(issuesOf(doc)).to.deep.equal([{ path: 'program.startDate', message: 'Program start date is required.' }]);
      expect(issuesOf({ version: 1 })).to.deep.equal([{ path: 'program', message: 'The program is required.' }]);
    });

    it('lists at most 50 issues and says how many more there are', () => {
      const activity = Array.from({ length: 60 }, (_, i) => order('2026-03-04T15:00:00Z', -i - 1, { points: 0 }));
      const issues = issuesOf(account({ activity }));
      expect(issues).to.have.length(51);
      expect(issues[49]?.path).to.equal('activity.49.amount');
      expect(issues[50]).to.deep.equal({ path: '', message: '…and 10 more issues.' });
    });
  });

  describe('never throws', () => {
    it('on deep nesting, huge numbers, strings and objects whose getters throw', () => {
      let deep: unknown = {};
      for (let i = 0; i < 10000; i++) deep = { program: deep, activity: [deep] };
      const hostile = Object.defineProperty({ version: 1 }, 'program', { enumerable: true, get() { throw new Error('nope'); } });
      for (const input of [deep, hostile, { version: 1e308, program: Number.MAX_VALUE }, 'x'.repeat(100000), [[[[[]]]]]]) {
        const result = parseAccount(input);
        expect(result.ok).to.equal(false);
        if (!result.ok) for (const issue of result.issues) expect(issue.message).to.be.a('string').and.not.equal('');
      }
    });
  });
});
