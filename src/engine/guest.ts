import { formatInstant } from './dates.js';
import type { VipStatus } from './types.js';

/**
 * The status of a shopper who is not signed in and for whom no account document exists (the store answered
 * 401): no program and no tiers, only the sign-in invitation. Every number is absent, as R7 describes a guest.
 * Unlike a document with `customer: null` (which `evaluate` turns into a guest who sees every tier), this
 * status knows nothing of the program, so it lists no tiers and names no currency or zone of the store.
 *
 * @param now - the instant of the status, epoch milliseconds.
 *
 * @example
 * const status = guestStatus(Date.parse('2026-11-25T10:00:00Z'));
 * status.state; // 'guest'
 * status.now;   // '2026-11-25T10:00:00.000Z'
 * status.tiers; // []
 */
export function guestStatus(now: number): VipStatus {
  // Written out whole, keys in evaluate()'s order: one object shape for every status.
  return {
    state: 'guest', now: formatInstant(now), unit: 'points', currency: 'USD', timeZone: 'UTC', milestone: 'lifetime',
    tier: null, nextTier: null, progress: null, window: null, tierExpiresAt: null, tierValidThrough: null,
    keep: null, entries: [], history: [], coupons: [], tiers: [], customer: null,
  };
}
