/**
 * The demo's shoppers: one account document each, as a store's backend would send it (README, "The account
 * document"). Every instant is computed from one fixed `generatedAt`, so the numbers on the page never drift.
 */

import { leeDocument } from './orders/lee.js';

/** The moment every demo document was generated: "today" on the demo page. */
export const generatedAt = '2026-11-25T10:00:00Z';

const DAY = 86_400_000;
const generatedMs = Date.parse(generatedAt);

/** The instant `days` days before `generatedAt` (same time of day), as an ISO string. */
export function daysAgo(days: number): string {
  return new Date(generatedMs - days * DAY).toISOString().replace('.000Z', 'Z');
}

/** The instant `days` days after `generatedAt`. */
export function daysAhead(days: number): string {
  return daysAgo(-days);
}

// The raw document's shape (instants are ISO strings here; the engine turns them into numbers).
export type RawDiscount =
  | { kind: 'fixed'; amount: number }
  | { kind: 'percentage'; percent: number }
  | { kind: 'free_shipping' };

export type RawEntryReward =
  | { type: 'points'; points: number; title?: string }
  | { type: 'coupon'; title: string; discount: RawDiscount; expiresAfterDays?: number };

export type RawPerk =
  | { type: 'points_multiplier'; multiplier: number }
  | { type: 'birthday_points'; points: number }
  | { type: 'free_shipping' }
  | { type: 'custom'; title: string }
  /** A perk type this widget does not know yet: shown by its title (README, "The account document"). */
  | { type: string; title: string };

export interface RawTier {
  id: string;
  name: string;
  goal: number;
  color?: string;
  /** https or a path on the store (README, "The account document"). */
  image?: string;
  entryRewards: RawEntryReward[];
  perks: RawPerk[];
}

export interface RawProgram {
  status: 'enabled' | 'disabled' | 'recalculating';
  entryMethod: 'points_earned' | 'amount_spent' | 'orders_placed';
  milestone: 'lifetime' | 'calendar_year' | 'rolling_12_months';
  startDate: string;
  settingsSavedAt?: string;
  timeZone: string;
  currency: string;
  rewardDistribution: 'highest_only' | 'all_tiers';
  tiers: RawTier[];
}

export type RawActivity =
  | { type: 'order'; id: string; at: string; amount: number; refunded?: number; cancelled?: boolean; points?: number }
  | { type: 'points'; id: string; at: string; points: number; source?: string };

export interface RawCoupon {
  id: string;
  code: string;
  title: string;
  tierId?: string;
  issuedAt?: string;
  expiresAt?: string | null;
  usedAt?: string | null;
}

export interface AccountDocument {
  version: 1;
  generatedAt: string;
  program: RawProgram;
  customer: { id: string; firstName?: string; joinedAt?: string } | null;
  activity: RawActivity[];
  coupons: RawCoupon[];
  grants?: { id: string; tierId: string; at: string; reason?: string; reward: boolean }[];
}

export type ShopperId =
  | 'guest'
  | 'new-member'
  | 'halfway'
  | 'one-step'
  | 'top-tier'
  | 'keep-tier'
  | 'skipped-tiers'
  | 'coupons'
  | 'points-program'
  | 'orders-program'
  | 'jpy-store'
  | 'imported'
  | 'rolling';

export interface Shopper {
  readonly id: ShopperId;
  /** What the picker shows: who the shopper is and what the widget should show for them. */
  readonly label: string;
  /** The store's program, for grouping in the picker. */
  readonly store: string;
  readonly document: AccountDocument;
}

// ——— Programs ———

/** Apparel store, USD, amount spent per calendar year: the program of the README's example account document. */
const apparelTiers: RawTier[] = [
  {
    id: 'bronze', name: 'Bronze', goal: 0, color: '#a0522d',
    entryRewards: [],
    perks: [{ type: 'points_multiplier', multiplier: 1 }],
  },
  {
    id: 'silver', name: 'Silver', goal: 50000, color: '#8a8d91',
    entryRewards: [
      { type: 'points', points: 500 },
      { type: 'coupon', title: '$10 off', discount: { kind: 'fixed', amount: 1000 }, expiresAfterDays: 180 },
    ],
    perks: [{ type: 'points_multiplier', multiplier: 1.5 }, { type: 'birthday_points', points: 200 }],
  },
  {
    id: 'gold', name: 'Gold', goal: 100000, color: '#b8860b',
    entryRewards: [{ type: 'coupon', title: 'Free shipping', discount: { kind: 'free_shipping' }, expiresAfterDays: 365 }],
    perks: [
      { type: 'free_shipping' },
      { type: 'custom', title: 'Early access to sales' },
      { type: 'priority_support', title: 'Priority support line' },
    ],
  },
];

function apparelProgram(): RawProgram {
  return {
    status: 'enabled',
    entryMethod: 'amount_spent',
    milestone: 'calendar_year',
    startDate: '2023-02-01',
    settingsSavedAt: '2023-03-10T12:00:00Z',
    timeZone: 'America/New_York',
    currency: 'USD',
    rewardDistribution: 'highest_only',
    tiers: structuredClone(apparelTiers),
  };
}

/** Beauty store, USD, points earned over the customer's lifetime. */
function beautyProgram(): RawProgram {
  return {
    status: 'enabled',
    entryMethod: 'points_earned',
    milestone: 'lifetime',
    startDate: '2024-01-15',
    timeZone: 'America/Los_Angeles',
    currency: 'USD',
    rewardDistribution: 'all_tiers',
    tiers: [
      {
        id: 'insider', name: 'Insider', goal: 0, color: '#b05c7a', image: '/tiers/insider.svg',
        entryRewards: [],
        perks: [{ type: 'points_multiplier', multiplier: 1 }, { type: 'birthday_points', points: 100 }],
      },
      {
        id: 'vip', name: 'VIP', goal: 1000, color: '#7a3b8f', image: '/tiers/vip.svg',
        entryRewards: [{ type: 'points', points: 200 }],
        perks: [{ type: 'points_multiplier', multiplier: 1.25 }, { type: 'birthday_points', points: 250 }],
      },
      {
        id: 'elite', name: 'Elite', goal: 5000, color: '#3d2a6e', image: '/tiers/elite.svg',
        entryRewards: [
          { type: 'coupon', title: '20% off one order', discount: { kind: 'percentage', percent: 20 }, expiresAfterDays: 90 },
        ],
        perks: [
          { type: 'points_multiplier', multiplier: 1.5 },
          { type: 'free_shipping' },
          { type: 'custom', title: 'A free gift with every order over $50' },
        ],
      },
    ],
  };
}

/** Coffee roaster, EUR, orders placed over the customer's lifetime. */
function coffeeProgram(): RawProgram {
  return {
    status: 'enabled',
    entryMethod: 'orders_placed',
    milestone: 'lifetime',
    startDate: '2025-03-01',
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    rewardDistribution: 'highest_only',
    tiers: [
      { id: 'regular', name: 'Regular', goal: 0, color: '#6f4e37', entryRewards: [], perks: [] },
      {
        id: 'barista', name: 'Barista', goal: 3, color: '#8b5a2b',
        entryRewards: [{ type: 'coupon', title: '€5 off', discount: { kind: 'fixed', amount: 500 }, expiresAfterDays: 60 }],
        perks: [{ type: 'custom', title: 'Tasting notes with every bag' }],
      },
      {
        id: 'roaster', name: 'Roaster', goal: 10, color: '#3b2416',
        entryRewards: [{ type: 'points', points: 1000 }],
        perks: [{ type: 'free_shipping' }, { type: 'custom', title: 'First pick of limited lots' }],
      },
    ],
  };
}

/** Ceramics store in Japan, JPY (no minor unit: goals are yen), amount spent per calendar year. */
function ceramicsProgram(): RawProgram {
  return {
    status: 'enabled',
    entryMethod: 'amount_spent',
    milestone: 'calendar_year',
    startDate: '2024-04-01',
    settingsSavedAt: '2024-03-20T03:00:00Z',
    timeZone: 'Asia/Tokyo',
    currency: 'JPY',
    rewardDistribution: 'highest_only',
    tiers: [
      { id: 'bronze', name: 'Bronze', goal: 0, color: '#a0522d', entryRewards: [], perks: [] },
      {
        id: 'silver', name: 'Silver', goal: 30000, color: '#8a8d91',
        entryRewards: [{ type: 'coupon', title: '¥1,000 off', discount: { kind: 'fixed', amount: 1000 }, expiresAfterDays: 90 }],
        perks: [{ type: 'points_multiplier', multiplier: 2 }],
      },
      {
        id: 'gold', name: 'Gold', goal: 100000, color: '#b8860b',
        entryRewards: [{ type: 'coupon', title: 'Free shipping', discount: { kind: 'free_shipping' }, expiresAfterDays: 365 }],
        perks: [{ type: 'free_shipping' }, { type: 'custom', title: 'Invitations to kiln openings' }],
      },
    ],
  };
}

// ——— Activity helpers ———

function order(id: string, at: string, amount: number, extra: Partial<{ refunded: number; cancelled: boolean; points: number }> = {}): RawActivity {
  return { type: 'order', id, at, amount, refunded: 0, cancelled: false, points: Math.floor(amount / 100), ...extra };
}

function pointsEvent(id: string, at: string, points: number, source: string): RawActivity {
  return { type: 'points', id, at, points, source };
}

function apparel(customer: AccountDocument['customer'], activity: RawActivity[], coupons: RawCoupon[] = []): AccountDocument {
  return { version: 1, generatedAt, program: apparelProgram(), customer, activity, coupons };
}

// Day counts below are before 2026-11-25; 2026-01-01 is 328 days before, 2025-01-01 is 693 days before.

export const shoppers: readonly Shopper[] = [
  {
    id: 'guest',
    label: 'Guest, not signed in',
    store: 'Apparel · USD · spend per calendar year',
    document: apparel(null, []),
  },
  {
    id: 'new-member',
    label: 'Mia: joined last week, Bronze',
    store: 'Apparel · USD · spend per calendar year',
    document: apparel(
      { id: '1081', firstName: 'Mia', joinedAt: daysAgo(8) },
      [order('5203', daysAgo(6), 2400)],
    ),
  },
  {
    id: 'halfway',
    label: 'Ann: Silver, halfway to Gold',
    store: 'Apparel · USD · spend per calendar year',
    document: apparel(
      { id: '42', firstName: 'Ann', joinedAt: '2023-02-10T09:00:00Z' },
      [
        order('3310', daysAgo(420), 32000), // October 2025: last year stayed below Silver
        order('4102', daysAgo(266), 21000, { refunded: 2100 }), // March 2026, one item returned: counts $189.00
        order('4420', daysAgo(164), 12400), // June 2026
        order('4471', daysAgo(150), 5600, { cancelled: true }), // June 2026, cancelled: not counted
        pointsEvent('p-88', daysAgo(205), 200, 'birthday'),
        order('4816', daysAgo(72), 18700), // September 2026: reaches $500.00, Silver
        pointsEvent('p-93', daysAgo(72), 500, 'vip_reward'),
      ],
      [
        { id: 'c-401', code: 'VIP-8F3K', title: '$10 off', tierId: 'silver', issuedAt: daysAgo(72), expiresAt: daysAhead(108), usedAt: null },
      ],
    ),
  },
  {
    id: 'one-step',
    label: 'Raj: Silver, one cent from Gold',
    store: 'Apparel · USD · spend per calendar year',
    document: apparel(
      { id: '77', firstName: 'Raj', joinedAt: '2024-06-02T14:00:00Z' },
      [
        order('4011', daysAgo(301), 45000), // January 2026
        order('4590', daysAgo(140), 30000), // July 2026: Silver
        order('5011', daysAgo(19), 24999), // November 2026: $999.99 this year
      ],
      [
        { id: 'c-412', code: 'VIP-R4J7', title: '$10 off', tierId: 'silver', issuedAt: daysAgo(140), expiresAt: daysAhead(40), usedAt: null },
      ],
    ),
  },
  {
    id: 'top-tier',
    label: 'Sofia: Gold, the top tier',
    store: 'Apparel · USD · spend per calendar year',
    document: apparel(
      { id: '9', firstName: 'Sofia', joinedAt: '2023-03-01T16:00:00Z' },
      [
        order('3900', daysAgo(320), 58000), // January 2026: Silver
        order('4260', daysAgo(210), 39550), // April 2026
        order('4655', daysAgo(130), 49000), // July 2026: $1,465.50 this year, Gold
      ],
      [
        { id: 'c-390', code: 'VIP-S1LV', title: '$10 off', tierId: 'silver', issuedAt: daysAgo(320), expiresAt: daysAgo(140), usedAt: daysAgo(210) },
        { id: 'c-465', code: 'VIP-G0LD', title: 'Free shipping', tierId: 'gold', issuedAt: daysAgo(130), expiresAt: daysAhead(235), usedAt: null },
      ],
    ),
  },
  {
    id: 'keep-tier',
    label: 'Tom: Silver from 2025, $400.00 to keep it in 2027',
    store: 'Apparel · USD · spend per calendar year',
    document: apparel(
      { id: '310', firstName: 'Tom', joinedAt: '2024-11-20T18:00:00Z' },
      [
        order('3120', daysAgo(480), 27500), // August 2025
        order('3388', daysAgo(420), 26000), // October 2025: $535.00 last year, Silver through 2026
        order('4301', daysAgo(190), 10000), // May 2026: $100.00 so far this year
      ],
      [
        { id: 'c-338', code: 'VIP-T0M5', title: '$10 off', tierId: 'silver', issuedAt: daysAgo(420), expiresAt: daysAgo(240), usedAt: null },
      ],
    ),
  },
  {
    id: 'skipped-tiers',
    label: 'Leo: one order skipped Silver, straight to Gold',
    store: 'Apparel · USD · spend per calendar year',
    document: apparel(
      { id: '512', firstName: 'Leo', joinedAt: daysAgo(55) },
      // One $1,200.00 order crosses Silver and Gold: only Gold's entry reward is earned (R6, highest_only).
      [order('4950', daysAgo(36), 120000)],
      [
        { id: 'c-495', code: 'VIP-L30G', title: 'Free shipping', tierId: 'gold', issuedAt: daysAgo(36), expiresAt: daysAhead(329), usedAt: null },
      ],
    ),
  },
  {
    id: 'coupons',
    label: 'Kim: Silver, coupons used and expired',
    store: 'Apparel · USD · spend per calendar year',
    document: apparel(
      { id: '208', firstName: 'Kim', joinedAt: '2023-09-14T20:00:00Z' },
      [
        order('3011', daysAgo(530), 61000), // June 2025: Silver
        order('4200', daysAgo(245), 33000), // March 2026
        order('4711', daysAgo(100), 22000), // August 2026: $550.00 this year, Silver again
      ],
      [
        { id: 'c-301', code: 'VIP-K1M0', title: '$10 off', tierId: 'silver', issuedAt: daysAgo(530), expiresAt: daysAgo(350), usedAt: daysAgo(400) },
        { id: 'c-402', code: 'SPRING-15', title: '15% off', issuedAt: daysAgo(245), expiresAt: daysAgo(20), usedAt: null },
        { id: 'c-471', code: 'THANKS-5', title: '$5 off', issuedAt: daysAgo(100), expiresAt: daysAhead(12), usedAt: null },
        { id: 'c-472', code: 'SHIPFREE', title: 'Free shipping', issuedAt: daysAgo(100), expiresAt: daysAhead(200), usedAt: null },
      ],
    ),
  },
  {
    id: 'points-program',
    label: 'Ines: VIP with a tier image, 1,750 points to Elite, coupons active and past',
    store: 'Beauty · points earned · lifetime',
    document: {
      version: 1,
      generatedAt,
      program: beautyProgram(),
      customer: { id: '6001', firstName: 'Ines', joinedAt: '2024-05-03T17:00:00Z' },
      activity: [
        order('b-210', daysAgo(500), 12400, { points: 1240 }),
        pointsEvent('bp-11', daysAgo(450), 100, 'birthday'),
        order('b-388', daysAgo(300), 9800, { points: 980 }), // VIP reached: 2,320 points
        pointsEvent('bp-12', daysAgo(300), 200, 'vip_reward'), // a tier bonus never counts toward tiers (R1)
        pointsEvent('bp-19', daysAgo(120), 120, 'review'),
        order('b-560', daysAgo(40), 8600, { points: 860 }),
        pointsEvent('bp-23', daysAgo(30), -50, 'adjustment'), // 3,250 points counted
      ],
      coupons: [
        { id: 'b-c1', code: 'GLOW-10', title: '10% off', issuedAt: daysAgo(40), expiresAt: daysAhead(9), usedAt: null },
        { id: 'b-c2', code: 'WELCOME-VIP', title: 'Welcome gift', tierId: 'vip', issuedAt: daysAgo(300), expiresAt: daysAgo(210), usedAt: daysAgo(280) },
        { id: 'b-c3', code: 'SUMMER-5', title: '$5 off', issuedAt: daysAgo(160), expiresAt: daysAgo(70), usedAt: null },
      ],
    },
  },
  {
    id: 'orders-program',
    label: 'Ben: Barista, 5 orders to Roaster',
    store: 'Coffee · EUR · orders placed · lifetime',
    document: {
      version: 1,
      generatedAt,
      program: coffeeProgram(),
      customer: { id: '880', firstName: 'Ben', joinedAt: '2025-04-11T08:00:00Z' },
      activity: [
        order('k-101', daysAgo(590), 2400),
        order('k-140', daysAgo(520), 3150),
        order('k-188', daysAgo(400), 1890, { cancelled: true }), // cancelled: not counted
        order('k-231', daysAgo(300), 2400), // third order: Barista
        order('k-279', daysAgo(190), 1890, { refunded: 1890 }), // fully refunded: not counted
        order('k-305', daysAgo(90), 4200),
        order('k-344', daysAgo(14), 2400), // 5 orders counted
      ],
      coupons: [
        { id: 'k-c1', code: 'BARISTA-5', title: '€5 off', tierId: 'barista', issuedAt: daysAgo(300), expiresAt: daysAgo(240), usedAt: daysAgo(250) },
      ],
    },
  },
  {
    id: 'jpy-store',
    label: 'Yuki: Silver, ¥35,200 to Gold',
    store: 'Ceramics · JPY · spend per calendar year',
    document: {
      version: 1,
      generatedAt,
      program: ceramicsProgram(),
      customer: { id: 'j-17', firstName: 'Yuki', joinedAt: '2024-08-08T01:00:00Z' },
      activity: [
        order('j-550', daysAgo(230), 18800), // April 2026
        order('j-612', daysAgo(95), 24000), // August 2026: Silver
        order('j-690', daysAgo(10), 22000), // November 2026: ¥64,800 this year
      ],
      coupons: [
        { id: 'j-c9', code: 'KISO-1000', title: '¥1,000 off', tierId: 'silver', issuedAt: daysAgo(95), expiresAt: daysAgo(5), usedAt: null },
      ],
    },
  },

  {
    id: 'imported',
    label: 'Lee: Gold carried over from the old program, from the orders export',
    store: 'Apparel · USD · spend per calendar year',
    // Written by `vip-tiers documents` from demo/orders/ (README "From your store's orders"), not by hand.
    document: leeDocument,
  },

  {
    id: 'rolling',
    label: 'Noor: Silver on a rolling 12 months, $150.00 from keeping it',
    store: 'Apparel · USD · spend in the last 12 months',
    // R11: $450.00 + $150.00 reached Silver on 20 November 2025; the October order left the window as 21 October
    // 2026 began, so Silver lapses as 21 October 2027 begins. The $350.00 of 22 November 2026 still counts then.
    document: {
      version: 1, generatedAt,
      program: { ...apparelProgram(), milestone: 'rolling_12_months' },
      customer: { id: '512', firstName: 'Noor', joinedAt: '2025-10-01T14:00:00Z' },
      activity: [
        order('6120', '2025-10-20T16:00:00Z', 45000),
        order('6188', '2025-11-20T17:00:00Z', 15000),
        order('7342', '2026-11-22T15:00:00Z', 35000),
      ],
      coupons: [],
    },
  },
];

/** The shopper with `id`; undefined for an unknown id. */
export function findShopper(id: string): Shopper | undefined {
  return shoppers.find((shopper) => shopper.id === id);
}
