/**
 * Counting periods (R2, R4, R5): when counting starts, and the store-local calendar years it is split into.
 */
import { calendarDateParts } from './dates.js';
import type { Program } from './types.js';
import { localYearAt, startOfLocalDay, startOfLocalYear } from './zoned.js';

/** A counting period: `[start, end)` in epoch ms; `end` is Infinity for lifetime. */
export interface Period {
  readonly start: number;
  readonly end: number;
  /** Store-local year the period lies in (calendar year), or the year counting began (lifetime). */
  readonly year: number;
}

/**
 * R2: the instant counting begins — store-local midnight of `startDate`; in `calendar_year` mode no earlier than
 * 1 January of the store-local year the settings were saved in (saved March 2023 with start 1 Nov 2021 → 1 Jan
 * 2023; with start 1 Feb 2023 → 1 Feb 2023).
 */
export function effectiveStart(program: Program): number {
  const { year, month, day } = calendarDateParts(program.startDate);
  const start = startOfLocalDay(program.timeZone, year, month, day);
  if (program.milestone !== 'calendar_year' || program.settingsSavedAt === undefined) return start;
  const savedYear = localYearAt(program.timeZone, program.settingsSavedAt);
  return Math.max(start, startOfLocalYear(program.timeZone, savedYear));
}

/**
 * Every period that has begun by `now`, oldest first: one endless period for lifetime (R4); store-local calendar
 * years for calendar year, the first one beginning at the effective start (R5). Empty before the program starts.
 */
export function periodsUntil(program: Program, start: number, now: number): Period[] {
  if (now < start) return [];
  const firstYear = localYearAt(program.timeZone, start);
  if (program.milestone === 'lifetime') return [{ start, end: Infinity, year: firstYear }];
  const periods: Period[] = [];
  let periodStart = start;
  for (let year = firstYear; periodStart <= now; year += 1) {
    const end = startOfLocalYear(program.timeZone, year + 1);
    periods.push({ start: periodStart, end, year });
    periodStart = end;
  }
  return periods;
}

/** The period a program that has not started yet will begin with. */
export function firstPeriod(program: Program, start: number): Period {
  const year = localYearAt(program.timeZone, start);
  const end = program.milestone === 'lifetime' ? Infinity : startOfLocalYear(program.timeZone, year + 1);
  return { start, end, year };
}
