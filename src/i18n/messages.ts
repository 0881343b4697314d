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
  /** `amount` is money, points or orders already worded ("$120.00", "1,200 points", "3 orders"). */
  toNext: (amount: string, tier: string): string => `${amount} more to reach ${tier}`,
  /** Accessible name of the progress bar. */
  progressTo: (tier: string): string => `Progress to ${tier}`,
  topTier: "You've reached the top tier",
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
  error: "We couldn't load your VIP status.",
  retry: 'Try again',
  loading: 'Loading your VIP status…',
  popupTitle: 'VIP rewards',
  launcher: 'Rewards',
  close: 'Close',
  /** Greeting above the account block, with the customer's first name. */
  greeting: (firstName: string): string => `Hi ${firstName}`,
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
