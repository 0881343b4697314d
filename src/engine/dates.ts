/**
 * ISO-8601 text at the edge of the engine: instants become epoch milliseconds once, when the document is
 * parsed, and calendar dates stay `YYYY-MM-DD` strings. Nothing here depends on a time zone.
 */

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1–12) of the proleptic Gregorian `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Epoch milliseconds of an ISO-8601 instant that carries `Z` or a `±HH:MM` offset, or undefined when the text is
 * not one (no offset, impossible date such as 2023-02-30, hour 24, leap second). Fractions below 1 ms are dropped.
 */
export function parseInstant(text: string): number | undefined {
  const m = INSTANT.exec(text);
  if (m === null) return undefined;
  const year = +m[1]!, month = +m[2]!, day = +m[3]!, hour = +m[4]!, minute = +m[5]!;
  const second = m[6] === undefined ? 0 : +m[6];
  const millis = m[7] === undefined ? 0 : +m[7].slice(0, 3).padEnd(3, '0');
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const offsetHours = +m[10]!, offsetMins = +m[11]!;
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back where ISO-8601 means them.
  const fixed = year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  return fixed - offsetMinutes * 60_000;
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

/** `YYYY-MM-DD` from date parts. */
export function formatCalendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** ISO-8601 text (UTC, `Z`) of epoch milliseconds. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** Whole days from one calendar date to another (`2026-12-31` → `2027-01-01` is 1). */
export function daysBetween(from: string, to: string): number {
  const a = calendarDateParts(from), b = calendarDateParts(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
