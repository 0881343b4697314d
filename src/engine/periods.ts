/**
 * Counting periods (R2, R4, R5): when counting starts, and the store-local calendar years it is split into.
 */
import { calendarDateParts, formatInstant } from './dates.js';
import { rollingWindowStart } from './rolling.js';
import type { Program } from './types.js';
import { localDateTextAt, localYearAt, startOfLocalDay, startOfLocalYear } from './zoned.js';

/** A counting period: `[start, end)` in epoch ms; `end` is Infinity for lifetime and rolling 12 months. */
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
 * years for calendar year, the first one beginning at the effective start (R5); one endless period for rolling
 * 12 months, whose window `rollingHistory` moves (R11). Empty before the program starts.
 */
export function periodsUntil(program: Program, start: number, now: number): Period[] {
  if (now < start) return [];
  const firstYear = localYearAt(program.timeZone, start);
  // R11: a rolling window moves with `now`; its activity is replayed as one endless period.
  if (program.milestone !== 'calendar_year') return [{ start, end: Infinity, year: firstYear }];
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
  const end = program.milestone !== 'calendar_year' ? Infinity : startOfLocalYear(program.timeZone, year + 1);
  return { start, end, year };
}

/**
 * The counting calendar of a program as of `now`, with the texts a status shows of it: everything about periods
 * that does not depend on the customer.
 */
export interface PeriodFrame {
  readonly timeZone: string;
  readonly startDate: string;
  readonly milestone: Program['milestone'];
  readonly settingsSavedAt: number | undefined;
  readonly now: number;
  /** ISO text of `now`. */
  readonly nowText: string;
  /** R2: the instant counting begins. */
  readonly start: number;
  /** Every period begun by `now`, oldest first; empty before the program starts. */
  readonly periods: readonly Period[];
  /** The current period, or the first one when the program has not started yet. */
  readonly current: Period;
  readonly windowStart: string;
  readonly windowEnd: string | null;
  /** The instant the counted window begins (R11: the rolling window's start, else the current period's). */
  readonly windowStartAt: number;
  /** Store-local dates: the window's first and last day (null for lifetime), and R2's first counted day. */
  readonly windowFirstDay: string;
  readonly windowLastDay: string | null;
  readonly startDay: string;
  /** Calendar year: the end of the current year and the store-local date of its last day. */
  readonly yearEnd: string | null;
  readonly yearLastDay: string | null;
  /** Calendar year: the end of next year. */
  readonly nextYearEnd: string | null;
}

let lastFrame: PeriodFrame | undefined;

/**
 * The program's periods as of `now` (see `periodsUntil`), with their texts. A store evaluates many customers
 * of one program at one moment: the last frame is kept and reused while the calendar settings and `now` match.
 */
export function periodFrame(program: Program, now: number): PeriodFrame {
  const { timeZone, startDate, milestone, settingsSavedAt } = program;
  const last = lastFrame;
  if (last !== undefined && last.now === now && last.timeZone === timeZone && last.startDate === startDate
    && last.milestone === milestone && last.settingsSavedAt === settingsSavedAt) {
    return last;
  }
  const start = effectiveStart(program);
  const periods = periodsUntil(program, start, now);
  const current = periods[periods.length - 1] ?? firstPeriod(program, start);
  const calendarYear = milestone === 'calendar_year';
  const windowStartAt = milestone === 'rolling_12_months' ? Math.max(start, rollingWindowStart(timeZone, now)) : current.start;
  const windowEnd = current.end === Infinity ? null : formatInstant(current.end);
  const windowLastDay = current.end === Infinity ? null : localDateTextAt(timeZone, current.end - 1);
  lastFrame = {
    timeZone, startDate, milestone, settingsSavedAt, now,
    nowText: formatInstant(now),
    start,
    periods,
    current,
    windowStart: formatInstant(windowStartAt),
    windowEnd,
    windowStartAt,
    windowFirstDay: localDateTextAt(timeZone, windowStartAt),
    windowLastDay,
    startDay: localDateTextAt(timeZone, start),
    // A calendar year is the window.
    yearEnd: calendarYear ? windowEnd : null,
    yearLastDay: calendarYear ? windowLastDay : null,
    nextYearEnd: calendarYear ? formatInstant(startOfLocalYear(timeZone, current.year + 2)) : null,
  };
  return lastFrame;
}
