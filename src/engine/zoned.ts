/**
 * Store-local calendar arithmetic in an IANA time zone, exact across daylight-saving changes and for zones far
 * from UTC. Periods, start dates and coupon days are all decided here, in the store's zone — never the browser's.
 *
 * Intl is the only source of zone rules. Formatting is slow next to the rest of the engine, so offsets are cached
 * per zone and 15-minute slot (every zone in use today changes offset on a quarter-hour boundary in UTC), and day
 * starts per zone and date.
 */
import { assert } from './assert.js';
import { calendarDateOfDays, civilFromDays, daysFromCivil } from './dates.js';

const SLOT_MS = 15 * 60_000;
const HOUR_MS = 3_600_000;
const CACHE_LIMIT = 20_000;

interface ZoneCache {
  readonly format: Intl.DateTimeFormat;
  /** 15-minute UTC slot → offset in ms (local − UTC). */
  readonly offsets: Map<number, number>;
  /** Day number (days from 1970-01-01) → instant the store-local day starts. */
  readonly dayStarts: Map<number, number>;
}

const zones = new Map<string, ZoneCache | null>();

function zoneCache(timeZone: string): ZoneCache | null {
  let cache = zones.get(timeZone);
  if (cache === undefined) {
    try {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
      cache = { format, offsets: new Map(), dayStarts: new Map() };
    } catch {
      cache = null;
    }
    zones.set(timeZone, cache);
  }
  return cache;
}

export const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Whether `timeZone` is an IANA zone name this runtime knows (`Europe/Paris`, `UTC`; not `+02:00`). */
export function isTimeZone(timeZone: string): boolean {
  return timeZone.length <= 64 && ZONE_NAME.test(timeZone) && zoneCache(timeZone) !== null;
}

/** The zone last asked for: an evaluation asks for one zone many times, and a Map lookup per call shows. */
let lastZone: { readonly name: string; readonly cache: ZoneCache } | undefined;

function zone(timeZone: string): ZoneCache {
  if (lastZone?.name === timeZone) return lastZone.cache;
  const cache = zoneCache(timeZone);
  assert(cache !== null, `unknown time zone ${timeZone}`);
  lastZone = { name: timeZone, cache };
  return cache;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** Offset of the store's clock from UTC at `ms`, in milliseconds (New York in winter: −5 h). */
export function offsetAt(timeZone: string, ms: number): number {
  const cache = zone(timeZone);
  const slot = Math.floor(ms / SLOT_MS);
  const known = cache.offsets.get(slot);
  if (known !== undefined) return known;
  const at = slot * SLOT_MS;
  // `format` is an order of magnitude faster than `formatToParts`; en-US with h23 reads "M/D/YYYY, HH:MM:SS".
  const numbers = cache.format.format(at).match(/\d+/g);
  let local: number;
  if (numbers !== null && numbers.length === 6) {
    const [month, day, year, hour, minute, second] = numbers.map(Number) as [number, number, number, number, number, number];
    local = daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000;
  } else {
    const parts: Record<string, number> = {};
    for (const part of cache.format.formatToParts(at)) parts[part.type] = Number(part.value);
    local = daysFromCivil(parts.year!, parts.month!, parts.day!) * 86_400_000 + ((parts.hour! * 60 + parts.minute!) * 60 + parts.second!) * 1000;
  }
  return remember(cache.offsets, slot, local - at);
}

/** The store-local calendar date of an instant. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The store-local calendar day at instant `ms`, as days from 1970-01-01. */
export function localDayAt(timeZone: string, ms: number): number {
  return Math.floor((ms + offsetAt(timeZone, ms)) / 86_400_000);
}

/** The store-local calendar date at instant `ms`. */
export function localDateAt(timeZone: string, ms: number): LocalDate {
  return civilFromDays(localDayAt(timeZone, ms));
}

/** The store-local year at instant `ms`. */
export function localYearAt(timeZone: string, ms: number): number {
  return localDateAt(timeZone, ms).year;
}

/** The store-local date at instant `ms` as `YYYY-MM-DD`. */
export function localDateTextAt(timeZone: string, ms: number): string {
  return calendarDateOfDays(localDayAt(timeZone, ms));
}

/**
 * The first instant of a store-local calendar day: local midnight, or — where midnight does not exist because
 * the clock jumps forward at 00:00 (America/Santiago in September) — the moment the clock jumps. Where midnight
 * happens twice (a fall-back at 00:00), the first one.
 */
export function startOfLocalDay(timeZone: string, year: number, month: number, day: number): number {
  return startOfDayNumber(timeZone, daysFromCivil(year, month, day));
}

/** `startOfLocalDay` of the date `days` after 1970-01-01: the cache's key, so no date parts are needed to read it. */
function startOfDayNumber(timeZone: string, days: number): number {
  const cache = zone(timeZone);
  const known = cache.dayStarts.get(days);
  if (known !== undefined) return known;
  // Local midnight read as if it were UTC; the real instant is this minus the offset in force then.
  const wall = days * 86_400_000;
  // Offsets anywhere on Earth lie within −12 h … +14 h, so midnight lies within [wall − 14 h, wall + 12 h];
  // the offsets at both ends of that window bracket every offset in force inside it.
  const before = offsetAt(timeZone, wall - 15 * HOUR_MS);
  const after = offsetAt(timeZone, wall + 13 * HOUR_MS);
  let start: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wall - offset;
    if (offsetAt(timeZone, candidate) === offset && (start === undefined || candidate < start)) start = candidate;
  }
  if (start === undefined) {
    // Midnight falls in a gap: the day starts at the transition, the first slot where the later offset is in
    // force, somewhere in (wall − after, wall − before].
    let low = Math.floor((wall - after) / SLOT_MS); // still the earlier offset
    let high = Math.ceil((wall - before) / SLOT_MS); // already the later offset
    assert(offsetAt(timeZone, high * SLOT_MS) === after, `no day start for ${calendarDateOfDays(days)} in ${timeZone}`);
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (offsetAt(timeZone, mid * SLOT_MS) === after) high = mid;
      else low = mid;
    }
    start = high * SLOT_MS;
  }
  return remember(cache.dayStarts, days, start);
}

/** The instant 1 January of store-local `year` begins. */
export function startOfLocalYear(timeZone: string, year: number): number {
  return startOfLocalDay(timeZone, year, 1, 1);
}

/**
 * The store-local calendar day at instant `ms` (days from 1970-01-01), as `localDayAt` gives it, read from the cached
 * day starts: one Intl reading per zone and date rather than per quarter-hour, so a backend replaying many
 * customers' instants (entries, rolling windows) keeps its cache. The first hours of a day, where a clock set back
 * at midnight repeats the day before, are read with `localDayAt`.
 */
export function localDayFromStarts(timeZone: string, ms: number): number {
  const utcDay = Math.floor(ms / 86_400_000);
  // Offsets lie within −12 h … +14 h: the local day is the UTC day, the one after or the one before.
  for (let day = utcDay + 1; day >= utcDay - 1; day -= 1) {
    const start = startOfDayNumber(timeZone, day);
    if (start <= ms) return ms - start < 3 * HOUR_MS ? localDayAt(timeZone, ms) : day;
  }
  return localDayAt(timeZone, ms);
}
