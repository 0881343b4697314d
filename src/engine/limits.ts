/**
 * Size limits of an account document (README "Limits"), checked before the schema runs: a document far beyond
 * them (10,000 perks, a million-character name, 150,000 invalid items) is refused by counting, in one short pass,
 * instead of freezing the page or overflowing the stack while every item is validated and reported. The counting
 * that words each issue is in limit-issues.ts, which a browser loads with the schema, only for a refused document.
 */

/** The largest document the widget reads; each number is explained in the README's "Limits". */
export const LIMITS = Object.freeze({
  tiers: 20,
  perksPerTier: 20,
  entryRewardsPerTier: 20,
  coupons: 100,
  /** Tier grants (R10): a customer's migrations and manual assignments. */
  grants: 20,
  activity: 10_000,
  /** Characters in an id (tier, coupon, customer, activity). */
  id: 128,
  /** Characters in a name, title, source or type. */
  text: 200,
  /** Characters in a coupon code. */
  code: 64,
  /** Characters in a time zone name (the longest IANA name has 32). */
  timeZone: 64,
  /** Calendar dates and instants must fall in these years (store-local and UTC). */
  firstYear: 1970,
  lastYear: 2200,
});

/**
 * Characters that hide or reorder what a shopper sees: C0/C1 controls, bidi embeddings, overrides, isolates and
 * marks, zero-width and other invisible characters, variation selectors and tag characters. A coupon code holding
 * one would display differently from what is copied (`SAVE\u202E01-FF` shows as "SAVEFF-10").
 */
export const HIDDEN_CHARACTERS =
  /[\u0000-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]|\uDB40[\uDC00-\uDDEF]/;

/** Whether a `YYYY…` text's year is one the engine supports ({@link LIMITS}); the caller checked the digits. */
export function isSupportedYear(text: string): boolean {
  const year = +text.slice(0, 4);
  return year >= LIMITS.firstYear && year <= LIMITS.lastYear;
}
