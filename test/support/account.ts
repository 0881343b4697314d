/**
 * Builders for account documents (the raw JSON a store sends), shared by engine, data and element tests.
 * `account()` is the example of the README's "The account document"; every builder takes overrides so a test states only what matters.
 */

type Json = Record<string, unknown>;

export const bronze = {
  id: 'bronze', name: 'Bronze', goal: 0, color: '#a0522d',
  entryRewards: [], perks: [{ type: 'points_multiplier', multiplier: 1 }],
};
export const silver = {
  id: 'silver', name: 'Silver', goal: 50000, color: '#8a8d91',
  entryRewards: [
    { type: 'points', points: 500 },
    { type: 'coupon', title: '$10 off', discount: { kind: 'fixed', amount: 1000 }, expiresAfterDays: 180 },
  ],
  perks: [{ type: 'points_multiplier', multiplier: 1.5 }, { type: 'birthday_points', points: 200 }],
};
export const gold = {
  id: 'gold', name: 'Gold', goal: 100000, color: '#b8860b',
  entryRewards: [{ type: 'coupon', title: 'Free shipping', discount: { kind: 'free_shipping' }, expiresAfterDays: 365 }],
  perks: [{ type: 'free_shipping' }, { type: 'custom', title: 'Early access to sales' }],
};

export function program(overrides: Json = {}): Json {
  return {
    status: 'enabled',
    entryMethod: 'amount_spent',
    milestone: 'calendar_year',
    startDate: '2023-02-01',
    settingsSavedAt: '2023-03-10T12:00:00Z',
    timeZone: 'America/New_York',
    currency: 'USD',
    rewardDistribution: 'highest_only',
    tiers: [bronze, silver, gold],
    ...overrides,
  };
}

let orderSeq = 0;
/** A paid order: `amount` in minor units at instant `at`. */
export function order(at: string, amount: number, overrides: Json = {}): Json {
  orderSeq += 1;
  return { type: 'order', id: `o-${orderSeq}`, at, amount, refunded: 0, cancelled: false, points: Math.floor(amount / 100), ...overrides };
}

let pointsSeq = 0;
export function points(at: string, amount: number, source = 'adjustment'): Json {
  pointsSeq += 1;
  return { type: 'points', id: `p-${pointsSeq}`, at, points: amount, source };
}

export function coupon(overrides: Json = {}): Json {
  return {
    id: 'c-1', code: 'VIP-8F3K', title: '$10 off', tierId: 'silver',
    issuedAt: '2026-03-04T15:00:00Z', expiresAt: '2026-08-31T15:00:00Z', usedAt: null,
    ...overrides,
  };
}

/** The example document of the README's "The account document", with overrides at the top level (`program` is merged shallowly). */
export function account(overrides: Json = {}): Json {
  const { program: programOverrides, ...rest } = overrides;
  return {
    version: 1,
    generatedAt: '2026-11-25T10:00:00Z',
    program: program((programOverrides as Json | undefined) ?? {}),
    customer: { id: '42', firstName: 'Ann', joinedAt: '2023-02-10T09:00:00Z' },
    activity: [
      order('2026-03-04T15:00:00Z', 12999, { id: '1001', points: 130 }),
      points('2026-05-04T12:00:00Z', 200, 'birthday'),
    ],
    coupons: [coupon()],
    ...rest,
  };
}

/**
 * The standard shopper of the element tests: Ann, $880.00 spent on Mar 4, 2026 (Silver), with one coupon valid until
 * Feb 28, 2027, or the coupons given.
 */
export function silverAnn(coupons: Json[] = [coupon({ expiresAt: '2027-02-28T15:00:00Z' })]): Json {
  return account({ activity: [order('2026-03-04T15:00:00Z', 88000)], coupons });
}
