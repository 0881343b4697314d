/**
 * Every string a shopper sees, in English. Each one can be replaced: globally with `setMessages`, per element with
 * its `messages` property. Functions receive values already formatted for the locale (money, numbers, dates) and,
 * where a word depends on a count, the count's `Intl.PluralRules` category.
 */

import { catalogMessages, chooseLocale, localeOverrides } from './locales.js';

type Plural = Intl.LDMLPluralRule;
type Counted = (count: string, plural: Plural) => string;

const s = (p: Plural, one: string, other: string): string => (p === 'one' ? one : other);

export const defaultMessages = {
  /** Shown in place of a tier name when the customer has no tier. */
  noTier: '–',
  /** Screen-reader prefix of the tier badge. */
  tierLabel: 'VIP tier',
  validUntil: (date: string): string => `Valid until ${date}`,
  /** The next step: `more` is a `spendMore`/`earnMore`/`placeMore` phrase; `date` the last day to do it (calendar year). */
  toNext: (more: string, tier: string, date?: string): string => `${more}${date ? ` by ${date}` : ''} to reach ${tier}`,
  spendMore: (amount: string): string => `Spend ${amount} more`,
  earnMore: ((n, p) => `Earn ${n} more ${s(p, 'point', 'points')}`) as Counted,
  placeMore: ((n, p) => `Place ${n} more ${s(p, 'order', 'orders')}`) as Counted,
  /** The counted total toward the goal a bar measures ("$500.00 of $1,000.00"; points and orders worded). */
  totalOf: (total: string, goal: string): string => `${total} of ${goal}`,
  /** The same under a calendar-year milestone (R5): the total of this year. */
  totalOfThisYear: (total: string, goal: string): string => `${total} of ${goal} this year`,
  /** The same under the rolling milestone (R11): the total of the last 12 months. */
  totalOfRolling: (total: string, goal: string): string => `${total} of ${goal} in the last 12 months`,
  /** The counted total when no bar measures it (top tier): "$1,500.00 this year". */
  totalThisYear: (total: string): string => `${total} this year`,
  totalRolling: (total: string): string => `${total} in the last 12 months`,
  /** What the next tier gives, short; `list` is its rewards and perks joined by the locale's list format. */
  unlocks: (tier: string, list: string): string => `${tier} unlocks ${list}.`,
  /** Accessible name of the progress bar. */
  progressTo: (tier: string): string => `Progress to ${tier}`,
  topTier: "You've reached our top tier. Enjoy every perk!",
  /** `goal` is a `spend`/`earn`/`place` phrase; `year` the year the tier would be kept for. */
  keep: (goal: string, date: string, tier: string, year: string): string => `${goal} by ${date} to keep ${tier} in ${year}`,
  spend: (amount: string): string => `Spend ${amount}`,
  earn: (points: string): string => `Earn ${points}`,
  place: (orders: string): string => `Place ${orders}`,
  /** The goal of a tier with goal 0. */
  startsHere: 'Everyone starts here',
  points: ((n, p) => `${n} ${s(p, 'point', 'points')}`) as Counted,
  orders: ((n, p) => `${n} ${s(p, 'order', 'orders')}`) as Counted,
  /** One-time entry reward of points. */
  bonusPoints: ((n, p) => `${n} bonus ${s(p, 'point', 'points')}`) as Counted,
  /** One-time entry reward of a coupon; `validity` is a `validFor` phrase when the coupon expires. */
  couponReward: (discount: string, validity?: string): string =>
    validity ? `${discount} coupon, ${validity}` : `${discount} coupon`,
  amountOff: (amount: string): string => `${amount} off`,
  percentOff: (percent: string): string => `${percent} off`,
  validFor: ((n, p) => `valid ${n} ${s(p, 'day', 'days')}`) as Counted,
  multiplier: (factor: string): string => `${factor}× points`,
  birthdayPoints: ((n, p) => `${n} ${s(p, 'point', 'points')} on your birthday`) as Counted,
  freeShipping: 'Free shipping',
  /** Accessible name of a tier's list of rewards and perks. */
  rewardsOf: (tier: string): string => `${tier} rewards and perks`,
  /** Accessible name of the coupon list. */
  coupons: 'Your coupons',
  noCoupons: 'You have no coupons yet.',
  expiresIn: ((n, p) => `Expires in ${n} ${s(p, 'day', 'days')}`) as Counted,
  expiresToday: 'Expires today',
  noExpiry: 'No expiry date',
  expired: 'Expired',
  used: 'Used',
  copy: 'Copy',
  copied: 'Copied',
  /** Announced when the clipboard is not available: the code is selected instead. */
  copyFailed: 'Code selected: copy it with your keyboard',
  /** Accessible name of the list of all tiers. */
  tierList: 'VIP tiers',
  currentTier: 'Your tier',
  signIn: 'Sign in to see your VIP tier',
  recalculating: 'Your VIP tier is being updated. Please check back soon.',
  stale: 'Showing your last saved status.',
  error: "We couldn't load your VIP status just now. Your tier and rewards are safe.",
  retry: 'Try again',
  loading: 'Loading your VIP status…',
  popupTitle: 'VIP rewards',
  launcher: 'Rewards',
  close: 'Close',
  /** Headings of the account block's sections. */
  statusHeading: 'Your status',
  whyHeading: 'Why you are here',
  benefitsHeading: 'Your benefits',
  tiersHeading: 'All tiers',
  howHeading: 'How it works',
  /** What counted in the window: `total` worded in its unit, `orders` ("3 orders") when the total is money. */
  countedSince: (total: string, date: string, orders?: string): string =>
    orders ? `${total} from ${orders} since ${date}` : `${total} since ${date}`,
  /** `list` joins `cancelledOrders`, `refundedAmount` and `refundedOrders` phrases. */
  notCounted: (list: string): string => `${list} not counted.`,
  cancelledOrders: ((n, p) => `${n} cancelled ${s(p, 'order', 'orders')}`) as Counted,
  refundedAmount: (amount: string): string => `${amount} refunded`,
  refundedOrders: ((n, p) => `${n} refunded ${s(p, 'order', 'orders')}`) as Counted,
  reachedOn: (tier: string, date: string): string => `${tier} reached ${date}`,
  /** An entry reward of the shopper's tier, earned once on `date`. */
  received: (reward: string, date: string): string => `${reward}, received ${date}`,
  pastCoupons: (count: string): string => `Past coupons (${count})`,
  useNow: 'Use now',
  /** Ladder: a tier below the shopper's, the next tier's distance, a tier further up. */
  reached: 'Reached',
  toGo: (amount: string): string => `${amount} to go`,
  locked: 'Locked',
  /** R6 `highest_only`: a tier passed over in one step. */
  passedOver: 'Passed in one step: its entry gift was not given.',
  /** How it works: one sentence per program setting. */
  howMoney: 'Tiers are based on what you spend.',
  howPoints: 'Tiers are based on the points you earn.',
  howOrders: 'Tiers are based on the orders you place.',
  howYearly: 'A tier reached this year lasts until the end of next year.',
  howLifetime: 'A tier you reach is yours to keep.',
  howStart: (date: string): string => `The program counts from ${date}.`,
  howJanuary: 'Your total starts again from zero on January 1.',
  howNoReset: 'Nothing resets on January 1.',
  howRolling: 'A tier lasts 12 months from the last day your total reached it.',
  howRollingCount: 'Your total counts the last 12 months, day by day.',
  howHighest: 'Passing several tiers at once earns the entry rewards of the highest only.',
  howAll: 'Passing several tiers at once earns the entry rewards of each.',
  /** Guests: the program's pitch (`perk` is the top tier's best perk), and two buttons. */
  guestHeading: 'Join our VIP program',
  pitch: (tier: string, perk: string): string => `${tier} members enjoy: ${perk}.`,
  pitchAny: 'Earn rewards and perks with every order.',
  signInButton: 'Sign in',
  join: 'Join',
  /** Greeting above the account block, with the customer's first name. */
  greeting: (firstName: string): string => `Hi ${firstName}`,
  /** A rolling 12-month tier (R11): `goal` is a `spend`/`earn`/`place` phrase, `date` the tier's last valid day. */
  keepRolling: (goal: string, date: string, tier: string): string => `${goal} by ${date} to keep ${tier}`,
  /** `<vip-cart-progress>`: the cart's order reaches `tier`. */
  cartReaches: (tier: string): string => `This order takes you to ${tier}!`,
  /** `<vip-cart-progress>`, amount spent: `amount` is money still to add to this order. */
  cartAddToReach: (amount: string, tier: string): string => `Add ${amount} to this order to reach ${tier}`,
  /** `<vip-cart-progress>`, orders placed: `count` more orders after this one. */
  cartOrdersToward: (tier: string, count: string, plural: Plural): string =>
    `This order counts toward ${tier}: ${count} more ${s(plural, 'order', 'orders')} after it`,
  /** `<vip-cart-progress>`, points earned: `points` already worded ("300 points"). */
  cartPointsToward: (tier: string, points: string): string => `This order's points count toward ${tier}: ${points} more after it`,
  /** `<vip-cart-progress top-tier-line>`: a shopper already at the top tier. */
  cartTopTier: (tier: string): string => `You're at ${tier}, our top tier. Thank you!`,
  /** Heading of the tier history (`<vip-tier-history>`). */
  historyTitle: 'Your history',
  /** A tier entered on `date`. */
  historyReached: (tier: string, date: string): string => `Reached ${tier} · ${date}`,
  /** A tier entered on `date` by a grant (carried over or given). */
  historyGranted: (tier: string, date: string): string => `${tier} granted · ${date}`,
  /** A tier that lapsed on `date`, down to `to`. */
  historyExpired: (tier: string, date: string, to: string): string => `${tier} expired · ${date} → ${to}`,
  /** A tier that lapsed on `date`, leaving no tier. */
  historyExpiredNone: (tier: string, date: string): string => `${tier} expired · ${date}`,
  /** Shown in the history when there is nothing yet. */
  historyEmpty: 'No tier changes yet.',
};

export type Messages = typeof defaultMessages;

/**
 * The account block's own message, kept as a name for code written against earlier versions.
 * @deprecated `greeting` is one of the {@link Messages}; use `Partial<Messages>`.
 */
export type AccountMessages = Pick<Messages, 'greeting'>;

let globalOverrides: Partial<Messages> = {};

/**
 * Replaces some messages for every element created or updated afterwards (merged with earlier calls): in every
 * language, or only where the element's language is `locale` (`setMessages('fr', {…})` covers fr, fr-CA, …;
 * `setMessages('fr-CA', {…})` only fr-CA). A locale's own overrides win over the ones for every language.
 * Messages for a language without a built-in catalog make it a language of its own (numbers and dates too).
 */
export function setMessages(overrides: Partial<Messages>): void;
export function setMessages(locale: string, overrides: Partial<Messages>): void;
export function setMessages(first: string | Partial<Messages>, second?: Partial<Messages>): void {
  if (typeof first !== 'string') {
    globalOverrides = { ...globalOverrides, ...first };
    return;
  }
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(first)[0] ?? first;
  } catch {
    throw new RangeError(`setMessages: "${first}" is not a language tag`);
  }
  localeOverrides.set(tag, { ...localeOverrides.get(tag), ...second });
}

/**
 * The messages for `locale` (an Intl locale as chosen by {@link chooseLocale}, default English): the English
 * defaults, the locale's built-in catalog once loaded, the overrides for every language, the overrides for the
 * locale (its catalog's, its language's, its own), then `overrides` (an element's `messages` property).
 */
export function resolveMessages(overrides?: Partial<Messages>, locale = 'en'): Messages {
  const { catalog, keys } = chooseLocale(locale);
  const messages: Messages = { ...defaultMessages, ...catalogMessages(catalog), ...globalOverrides };
  for (const key of keys) Object.assign(messages, localeOverrides.get(key));
  return Object.assign(messages, overrides);
}
