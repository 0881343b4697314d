/**
 * Locale-aware formatting of what the engine computed: money in minor units, points and orders worded in their
 * unit, store-local calendar dates. Pure formatting: no tier math. Intl objects are costly, so they are cached.
 */
/// <reference lib="es2023.intl" />
import { toDecimal } from '../engine/core.js';
import type { Unit } from '../engine/index.js';
import type { Messages } from './messages.js';

const cache = new Map<string, object>();

function cached<T extends object>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

const numbers = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached(`n${locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** A plain number in the locale ("1,200"). */
export const formatNumber = (n: number, locale: string): string => numbers(locale).format(n);

/** The plural category of `n` in the locale ("one", "other", …). */
export const pluralOf = (n: number, locale: string): Intl.LDMLPluralRule =>
  cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(n);

/**
 * Money given in minor units by ISO 4217 (USD 2 decimals, JPY 0, KWD 3, IDR 2), shown with the digits Intl shows
 * for the currency in the locale and rounded as Intl rounds: IDR 1500000 is "IDR 15,000" (CLDR writes no decimals).
 * @example formatMoney(12000, 'USD', 'en') // "$120.00"
 * @example formatMoney(1500000, 'IDR', 'en') // "IDR 15,000"
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  // A decimal string, not a division: Intl reads it as an exact decimal, so no binary fraction is ever rounded.
  const amount = toDecimal(minor, currency) as Intl.StringNumericLiteral;
  let format: Intl.NumberFormat;
  try {
    format = numbers(locale, { style: 'currency', currency });
  } catch {
    // An unknown currency code must not break the page: show the major amount and the code.
    return `${numbers(locale).format(amount)} ${currency}`;
  }
  return format.format(amount);
}

/** A percentage given as 0–100 ("15%"). */
export const formatPercent = (percent: number, locale: string): string =>
  numbers(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);

const ymd = (date: string): number => {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

/**
 * A store-local calendar date `YYYY-MM-DD` in the shopper's locale. Formatted in UTC from its UTC midnight, so
 * the day shown never moves with the browser's time zone.
 * @example formatDate('2027-12-31', 'en-US') // "Dec 31, 2027"
 */
export const formatDate = (date: string, locale: string): string =>
  cached(`d${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(ymd(date));

/** Items joined as the locale writes a list ("A, B, and C"). */
export const formatList = (items: readonly string[], locale: string): string =>
  cached(`l${locale}`, () => new Intl.ListFormat(locale)).format(items);

/** A calendar year in the locale ("2027"; "พ.ศ. 2570" in th-TH's Buddhist calendar). */
export const formatYear = (year: number, locale: string): string =>
  cached(`y${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' })).format(
    Date.UTC(year, 0, 1),
  );

/**
 * The browser's first Intl formatter loads its locale data and the list of locales every formatter resolves
 * against: the slowest single step of showing the block, which no script can split. Run on its own, in a task
 * where nothing else waits on it, before the first document is parsed; the formatter is used afterwards anyway.
 */
export const intlWarmUp = (locale: string): unknown => formatNumber(1, locale);

export interface Formatter {
  readonly locale: string;
  readonly messages: Messages;
  number(n: number): string;
  money(minor: number): string;
  /** A count worded with its plural ("1 order", "1,200 points"). */
  counted(n: number, message: (count: string, plural: Intl.LDMLPluralRule) => string): string;
  /** An amount in `unit`: "$120.00", "1,200 points" or "3 orders". */
  quantity(n: number, unit: Unit): string;
  /** "Spend $500.00", "Earn 1,000 points", "Place 5 orders". */
  goal(n: number, unit: Unit): string;
  date(date: string): string;
  /** Items joined as the locale writes a list ("A, B, and C"). */
  list(items: readonly string[]): string;
}

export function formatter(locale: string, currency: string, messages: Messages): Formatter {
  const f: Formatter = {
    locale,
    messages,
    number: (n) => formatNumber(n, locale),
    money: (minor) => formatMoney(minor, currency, locale),
    counted: (n, message) => message(formatNumber(n, locale), pluralOf(n, locale)),
    quantity: (n, unit) =>
      unit === 'money' ? f.money(n) : f.counted(n, unit === 'points' ? messages.points : messages.orders),
    goal: (n, unit) =>
      (unit === 'money' ? messages.spend : unit === 'points' ? messages.earn : messages.place)(f.quantity(n, unit)),
    date: (date) => formatDate(date, locale),
    list: (items) => formatList(items, locale),
  };
  return f;
}

/** A valid BCP 47 tag, canonicalised, or undefined. */
function validLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The locale of an element: `own` (its `locale` property) or its `locale` attribute, else the nearest `lang`
 * (crossing shadow roots outward), else the document's, else "en". Invalid tags are skipped. Which catalog, Intl
 * locale and direction that tag gets is `chooseLocale`'s (locales.ts).
 */
export function resolveLocale(element: Element, own?: string): string {
  const ownTag = validLocale(own) ?? validLocale(element.getAttribute('locale'));
  if (ownTag) return ownTag;
  const hostOf = (node: Element): Element | null => {
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };
  for (let node: Element | null = element; node; ) {
    const withLang: Element | null = node.closest('[lang]');
    if (!withLang) {
      node = hostOf(node);
      continue;
    }
    const lang = validLocale(withLang.getAttribute('lang'));
    if (lang) return lang;
    node = withLang.parentElement ?? hostOf(withLang);
  }
  return validLocale(document.documentElement.lang) ?? 'en';
}
