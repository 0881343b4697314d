/**
 * R8 coupons: status as of `now`, validity in store-local days, and the order a shopper reads them in.
 */
import { calendarDateOfDays, formatInstant } from './dates.js';
import type { Coupon, CouponState, EvaluatedCoupon } from './types.js';
import { localDayAt } from './zoned.js';

function couponState(coupon: Coupon, now: number): CouponState {
  if (coupon.usedAt !== undefined && coupon.usedAt <= now) return 'used';
  if (coupon.expiresAt !== undefined && coupon.expiresAt <= now) return 'expired';
  return 'active';
}

interface Sortable {
  readonly coupon: EvaluatedCoupon;
  /** Active: expiry (Infinity when none). Used/expired: when it stopped being usable. */
  readonly key: number;
}

function compare(a: Sortable, b: Sortable): number {
  const aActive = a.coupon.state === 'active', bActive = b.coupon.state === 'active';
  if (aActive !== bActive) return aActive ? -1 : 1;
  // Active: soonest expiry first, no expiry last. Used and expired: most recent first.
  const byKey = aActive ? a.key - b.key : b.key - a.key;
  if (byKey !== 0 && !Number.isNaN(byKey)) return byKey;
  return a.coupon.id < b.coupon.id ? -1 : a.coupon.id > b.coupon.id ? 1 : 0;
}

/**
 * Each coupon with its state (R8): `used` once `usedAt` ≤ now, else `expired` once `expiresAt` ≤ now, else
 * `active`. `expiresOn` is the store-local date of the last valid moment; `daysLeft` counts store-local calendar
 * days from today to it (0: last day today). Active coupons come first, soonest expiry first.
 */
export function evaluateCoupons(coupons: readonly Coupon[], now: number, timeZone: string): EvaluatedCoupon[] {
  if (coupons.length === 0) return [];
  const today = localDayAt(timeZone, now);
  const sortable: Sortable[] = [];
  for (const coupon of coupons) {
    const state = couponState(coupon, now);
    const out: { -readonly [K in keyof EvaluatedCoupon]: EvaluatedCoupon[K] } = {
      id: coupon.id, code: coupon.code, title: coupon.title, state,
    };
    if (coupon.tierId !== undefined) out.tierId = coupon.tierId;
    if (coupon.issuedAt !== undefined) out.issuedAt = formatInstant(coupon.issuedAt);
    if (coupon.expiresAt !== undefined) out.expiresAt = formatInstant(coupon.expiresAt);
    if (coupon.usedAt !== undefined) out.usedAt = formatInstant(coupon.usedAt);
    if (coupon.expiresAt !== undefined) {
      const lastDay = localDayAt(timeZone, coupon.expiresAt - 1);
      out.expiresOn = calendarDateOfDays(lastDay);
      if (state === 'active') out.daysLeft = lastDay - today;
    }
    const key = state === 'active' ? coupon.expiresAt ?? Infinity : state === 'used' ? coupon.usedAt! : coupon.expiresAt!;
    sortable.push({ coupon: out, key });
  }
  if (sortable.length > 1) sortable.sort(compare);
  const evaluated: EvaluatedCoupon[] = [];
  for (const item of sortable) evaluated.push(item.coupon);
  return evaluated;
}
