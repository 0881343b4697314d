/**
 * Public types of the tier engine. `Account` is the parsed account document (instants as epoch
 * milliseconds); `VipStatus` is what `evaluate` returns and what every element renders.
 */
import type { Breakdown } from './breakdown.js';

/*
 * Each program setting's values in one list: the zod schema and the document's fast check both read them, and the
 * types follow from them.
 */
export const ENTRY_METHODS = ['points_earned', 'amount_spent', 'orders_placed'] as const;
export type EntryMethod = (typeof ENTRY_METHODS)[number];
/** Every milestone the engine knows (R4, R5, R11). */
export const MILESTONES = ['lifetime', 'calendar_year', 'rolling_12_months'] as const;
export type Milestone = (typeof MILESTONES)[number];
/** R6: entry rewards of the highest tier entered only, or of every tier crossed. */
export const REWARD_DISTRIBUTIONS = ['highest_only', 'all_tiers'] as const;
export type RewardDistribution = (typeof REWARD_DISTRIBUTIONS)[number];
/** The document's `program.status` (R7). */
export const PROGRAM_STATES = ['enabled', 'disabled', 'recalculating'] as const;
export type ProgramState = (typeof PROGRAM_STATES)[number];

/** What progress is counted in: money (minor units of the program currency), points or orders. */
export type Unit = 'points' | 'money' | 'orders';

export type Discount =
  | { readonly kind: 'fixed'; readonly amount: number }
  | { readonly kind: 'percentage'; readonly percent: number }
  | { readonly kind: 'free_shipping' };

/** A one-time reward earned on first entry to a tier (R6). Unknown types are kept and shown by `title`. */
export type EntryReward =
  | { readonly type: 'points'; readonly points: number; readonly title?: string }
  | {
      readonly type: 'coupon';
      readonly title: string;
      readonly discount: Discount;
      /** Days the issued coupon stays valid; absent means it never expires. */
      readonly expiresAfterDays?: number;
    }
  | { readonly type: string & {}; readonly title?: string };

/** A lasting benefit while the tier is held. Unknown types are kept and shown by `title`. */
export type Perk =
  | { readonly type: 'points_multiplier'; readonly multiplier: number; readonly title?: string }
  | { readonly type: 'birthday_points'; readonly points: number; readonly title?: string }
  | { readonly type: 'free_shipping'; readonly title?: string }
  | { readonly type: 'custom'; readonly title: string }
  | { readonly type: string & {}; readonly title?: string };

export interface Tier {
  readonly id: string;
  readonly name: string;
  /** Minor units for `amount_spent`, points for `points_earned`, orders for `orders_placed`. */
  readonly goal: number;
  /** A CSS colour, or undefined when absent or not a valid colour. */
  readonly color?: string;
  /** An https URL or a same-origin relative URL of the tier's image. */
  readonly image?: string;
  readonly entryRewards: readonly EntryReward[];
  readonly perks: readonly Perk[];
}

export interface Program {
  readonly state: ProgramState;
  readonly entryMethod: EntryMethod;
  readonly milestone: Milestone;
  /** Store-local calendar date `YYYY-MM-DD`. */
  readonly startDate: string;
  readonly settingsSavedAt?: number;
  /** IANA time zone of the store. */
  readonly timeZone: string;
  /** ISO 4217 code. */
  readonly currency: string;
  readonly rewardDistribution: RewardDistribution;
  /** Sorted by goal, ascending. */
  readonly tiers: readonly Tier[];
}

export interface Customer {
  readonly id: string;
  readonly firstName?: string;
  readonly joinedAt?: number;
}

export type Activity =
  | {
      readonly type: 'order';
      readonly id: string;
      readonly at: number;
      readonly amount: number;
      readonly refunded: number;
      readonly cancelled: boolean;
      readonly points: number;
    }
  | {
      readonly type: 'points';
      readonly id: string;
      readonly at: number;
      readonly points: number;
      readonly source?: string;
    };

export interface Coupon {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly tierId?: string;
  readonly issuedAt?: number;
  readonly expiresAt?: number;
  readonly usedAt?: number;
}

/**
 * A tier given rather than earned (migration from another program, a manual assignment): the tier is entered at
 * `at` as if reached then. Its entry rewards are earned only when `reward` is true (README rules, R10).
 */
export interface Grant {
  readonly id: string;
  readonly tierId: string;
  readonly at: number;
  readonly reason?: string;
  readonly reward: boolean;
}

export interface Account {
  readonly version: 1;
  readonly generatedAt?: number;
  readonly program: Program;
  /** null: a guest, not signed in. */
  readonly customer: Customer | null;
  readonly activity: readonly Activity[];
  readonly coupons: readonly Coupon[];
  /** Tier grants (R10); absent means none. */
  readonly grants?: readonly Grant[];
}

export interface ParseIssue {
  /** Dotted path of the field, e.g. `program.tiers.1.goal`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly account: Account }
  | { readonly ok: false; readonly issues: readonly ParseIssue[] };

export type VipState = 'active' | 'guest' | 'disabled' | 'recalculating';

export interface Progress {
  /** Counted total of the current period, in the program's unit. */
  readonly value: number;
  /** The next tier's goal. */
  readonly target: number;
  /** max(0, target − value). */
  readonly remaining: number;
  /** value / target clamped to [0, 1]; 1 only when value ≥ target (R9). */
  readonly fraction: number;
}

export interface Keep {
  readonly tierId: string;
  /**
   * What must still be earned by `by` to keep the tier: this year for next year (R5); for a rolling 12-month tier,
   * what earned at any moment before `by` brings the rolling total back to the goal, counting that older activity
   * drops out of the window by then (R11).
   */
  readonly remaining: number;
  /** ISO instant (exclusive): the end of this store-local year (R5), or the moment the tier lapses (R11). */
  readonly by: string;
  /** Store-local calendar date `YYYY-MM-DD` of the last day to earn it. */
  readonly byDate: string;
  /**
   * The store-local year the tier is kept for when `remaining` is earned in time (R5: this year + 1); null for a
   * rolling 12-month tier, which is kept for 12 months from then (R11).
   */
  readonly year: number | null;
}

export interface TierEntry {
  readonly tierId: string;
  /** ISO instant. */
  readonly at: string;
  /** Whether this entry earned the tier's entry rewards (R6). */
  readonly rewarded: boolean;
  /** The id of the grant this entry came from (R10); absent for an entry reached by activity. */
  readonly grantId?: string;
}

/**
 * One change of the tier held, for the status's `history`: an entry (as in `entries`), or the held tier lapsing —
 * at the start of a store-local year (R5) or when its rolling 12 months end (R11) — down to `toTierId`.
 */
export type HistoryItem =
  | {
      readonly kind: 'entry';
      readonly tierId: string;
      /** ISO instant. */
      readonly at: string;
      /** Store-local calendar date `YYYY-MM-DD` of `at`. */
      readonly date: string;
      readonly rewarded: boolean;
      readonly grantId?: string;
    }
  | {
      readonly kind: 'expiry';
      /** The tier that lapsed. */
      readonly tierId: string;
      /** ISO instant. */
      readonly at: string;
      /** Store-local calendar date `YYYY-MM-DD` of `at`: the first day without the tier. */
      readonly date: string;
      /** The tier held from then on, or null for none. */
      readonly toTierId: string | null;
    };

export type CouponState = 'active' | 'used' | 'expired';

export interface EvaluatedCoupon {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly tierId?: string;
  readonly state: CouponState;
  /** ISO instants, as given. */
  readonly issuedAt?: string;
  readonly expiresAt?: string;
  readonly usedAt?: string;
  /** Store-local calendar date `YYYY-MM-DD` of the last valid day, when it expires. */
  readonly expiresOn?: string;
  /** Store-local calendar days from today to `expiresOn` (0: expires today); only for active coupons. */
  readonly daysLeft?: number;
}

export interface VipStatus {
  readonly state: VipState;
  /** ISO instant the status was computed for. */
  readonly now: string;
  readonly unit: Unit;
  readonly currency: string;
  readonly timeZone: string;
  readonly milestone: Milestone;
  /** Every tier, sorted by goal; empty when the program is disabled or recalculating (R7). */
  readonly tiers: readonly Tier[];
  readonly customer: Customer | null;
  readonly tier: Tier | null;
  readonly nextTier: Tier | null;
  readonly progress: Progress | null;
  /**
   * The current counting period (ISO instants; `end` exclusive, null for lifetime and for rolling 12 months, whose
   * window runs up to `now`).
   */
  readonly window: { readonly start: string; readonly end: string | null } | null;
  /** ISO instant (exclusive) the tier stops being valid, or null. */
  readonly tierExpiresAt: string | null;
  /** Store-local calendar date `YYYY-MM-DD` of the tier's last valid day, or null. */
  readonly tierValidThrough: string | null;
  readonly keep: Keep | null;
  readonly entries: readonly TierEntry[];
  /** Entries and expiries in time order (an expiry before an entry at the same instant). */
  readonly history: readonly HistoryItem[];
  /** Active first (soonest expiry first), then used and expired (R8); also while recalculating. */
  readonly coupons: readonly EvaluatedCoupon[];
  /** What the active status was counted from (absent for other states and before the program starts). */
  readonly breakdown?: Breakdown;
}
