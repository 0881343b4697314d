/**
 * ISO-8601 text at the edge of the engine: instants become epoch milliseconds once, when the document is
 * parsed, and calendar dates stay `YYYY-MM-DD` strings. Nothing here depends on a time zone.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days in `month` (1–12) of the proleptic Gregorian `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date `days` after 1970-01-01 (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The value of `count` ASCII digits at `at`, or −1 when any of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Epoch milliseconds of an ISO-8601 instant that carries `Z` or a `±HH:MM` offset
 * (`YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)`), or undefined when the text is not one: no offset, an
 * impossible date such as 2023-02-30, hour 24, a leap second. Fractions below 1 ms are dropped.
 * Hand-written rather than a RegExp: a 10,000-order document holds 10,000 of them.
 *
 * @example
 * parseInstant('2026-11-25T10:00:00+09:00'); // 1795568400000
 * parseInstant('2026-11-25T10:00:00');       // undefined: no offset, so no instant
 */
export function parseInstant(text: string): number | undefined {
  const length = text.length;
  if (length < 17 || length > 40) return undefined;
  const year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2);
  const t = text.charCodeAt(10);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || (t !== 84 && t !== 116) || text.charCodeAt(13) !== 58) return undefined;
  let at = 16, second = 0, millis = 0;
  if (text.charCodeAt(at) === 58 /* : */) {
    second = digitsAt(text, at + 1, 2);
    if (second < 0) return undefined;
    at += 3;
    if (text.charCodeAt(at) === 46 /* . */) {
      const from = at + 1;
      at = from;
      while (at < length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at += 1;
      const count = at - from;
      if (count < 1 || count > 9) return undefined;
      millis = digitsAt(text, from, Math.min(count, 3)) * (count === 1 ? 100 : count === 2 ? 10 : 1);
    }
  }
  let offsetMinutes = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 || sign === 122 /* Z z */) {
    if (at + 1 !== length) return undefined;
  } else if (sign === 43 || sign === 45 /* + - */) {
    const offsetHours = digitsAt(text, at + 1, 2), offsetMins = digitsAt(text, at + 4, 2);
    if (at + 6 !== length || text.charCodeAt(at + 3) !== 58) return undefined;
    if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59) return undefined;
    offsetMinutes = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMins);
  } else {
    return undefined;
  }
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}

/** Whether `text` is a real calendar date `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 and 2023-02-30 no). */
export function isCalendarDate(text: string): boolean {
  const m = CALENDAR_DATE.exec(text);
  return m !== null && isRealDate(+m[1]!, +m[2]!, +m[3]!);
}

/** The parts of a `YYYY-MM-DD` date; the caller has validated it. */
export function calendarDateParts(text: string): { year: number; month: number; day: number } {
  return { year: +text.slice(0, 4), month: +text.slice(5, 7), day: +text.slice(8, 10) };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
const pad4 = (n: number): string => (n < 1000 ? String(n).padStart(4, '0') : `${n}`);

/** `YYYY-MM-DD` from date parts. */
export function formatCalendarDate(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

const TEXT_CACHE_LIMIT = 20_000;
const dayTexts = new Map<number, string>();

/**
 * `YYYY-MM-DD` of the date `days` after 1970-01-01. Remembered: one store's instants fall on a few thousand
 * days, and every evaluation writes several of them (entries, window, coupons).
 */
export function calendarDateOfDays(days: number): string {
  let text = dayTexts.get(days);
  if (text === undefined) {
    const { year, month, day } = civilFromDays(days);
    text = formatCalendarDate(year, month, day);
    if (dayTexts.size >= TEXT_CACHE_LIMIT) dayTexts.clear();
    dayTexts.set(days, text);
  }
  return text;
}

/**
 * Two-digit texts 00–59 (seconds), three-digit texts 000–999 (milliseconds), `THH:MM:` for each minute of a day: made
 * on the first instant written, not when the code is loaded, where they would lengthen the page's task that evaluates it.
 */
let texts: { two: string[]; three: string[]; minutes: string[] } | undefined;
const timeTexts = () =>
  (texts ??= {
    two: Array.from({ length: 60 }, (_, n) => pad2(n)),
    three: Array.from({ length: 1000 }, (_, n) => pad3(n)),
    minutes: Array.from({ length: 1440 }, (_, n) => `T${pad2(Math.floor(n / 60))}:${pad2(n % 60)}:`),
  });
/** Instants from 0000-01-01 up to (not including) 10000-01-01: the years `toISOString` writes with four digits. */
const FIRST_FOUR_DIGIT_MS = daysFromCivil(0, 1, 1) * DAY_MS;
const AFTER_FOUR_DIGIT_MS = daysFromCivil(10_000, 1, 1) * DAY_MS;

/** ISO-8601 text in UTC (`2026-11-25T10:00:00.000Z`, as `Date#toISOString`) of epoch milliseconds. */
export function formatInstant(ms: number): string {
  // A fractional instant (a `now` given as a number) is cut to its whole millisecond toward zero, as Date does.
  const whole = Math.trunc(ms);
  if (!(whole >= FIRST_FOUR_DIGIT_MS && whole < AFTER_FOUR_DIGIT_MS)) return new Date(ms).toISOString();
  const days = Math.floor(whole / DAY_MS);
  const rest = whole - days * DAY_MS;
  const minute = Math.floor(rest / 60_000);
  const millis = rest - minute * 60_000;
  const second = Math.floor(millis / 1000);
  const { two, three, minutes } = timeTexts();
  return calendarDateOfDays(days) + minutes[minute]! + two[second]! + '.' + three[millis - second * 1000]! + 'Z';
}
