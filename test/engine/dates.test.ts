// parseInstant and formatInstant are written by hand for speed; the platform's Date.parse and toISOString are the
// reference they must agree with, wherever the engine accepts the text.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { daysInMonth, formatInstant, parseInstant } from '../../src/engine/dates.js';

const RUNS = { numRuns: 500 };
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Years the engine reads (four digits), the first and last ones and the Unix epoch drawn often. */
const year = fc.oneof(fc.constantFrom(0, 1, 1969, 1970, 2000, 2024, 9999), fc.integer({ min: 0, max: 9999 }));
const month = fc.integer({ min: 1, max: 12 });
/** A day that exists: any day of the month, its last one drawn often. */
const realDate = fc.tuple(year, month, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.boolean())
  .map(([y, m, share, last]) => {
    const days = daysInMonth(y, m);
    return { y, m, d: last ? days : 1 + Math.floor(share * days) };
  });

/** `Z`, or an offset from −23:59 to +23:59 (−00:00 included). */
const offset = fc.oneof(
  fc.constant('Z'),
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
);

/** Seconds and a fraction of 1 to 9 digits, each optional (a fraction only after seconds). */
const seconds = fc.option(
  fc.tuple(fc.integer({ min: 0, max: 59 }), fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }))
    .map(([s, fraction]) => `:${pad(s)}${fraction === undefined ? '' : `.${fraction}`}`),
  { nil: '' },
);

interface Parts { date: string; hour: number; minute: number; seconds: string; offset: string }
const text = (p: Parts): string => `${p.date}T${pad(p.hour)}:${pad(p.minute)}${p.seconds}${p.offset}`;

/** A valid ISO-8601 instant as the account document writes them: date, time, maybe seconds and fraction, offset. */
const instantParts = fc.record({
  date: realDate.map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  seconds,
  offset,
});

/** Every instant `toISOString` writes with a four-digit year: 0000-01-01 up to 9999-12-31T23:59:59.999Z. */
const FIRST_MS = new Date(0).setUTCFullYear(0, 0, 1);
const LAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

describe('parseInstant against Date.parse', () => {
  it('reads every valid instant with Z or an offset to the millisecond Date.parse reads', () => {
    fc.assert(fc.property(instantParts, (parts) => {
      const iso = text(parts);
      expect(parseInstant(iso), iso).to.equal(Date.parse(iso));
    }), RUNS);
  });

  it('reads the first and last instants of years 0000 and 9999 at every offset', () => {
    const edges = ['0000-01-01T00:00:00.000', '0001-01-01T00:00', '1969-12-31T23:59:59.999', '9999-12-31T23:59:59.999'];
    for (const edge of edges) {
      for (const zone of ['Z', '+23:59', '-23:59', '+00:00', '-00:00', '+05:45']) {
        expect(parseInstant(edge + zone), edge + zone).to.equal(Date.parse(edge + zone));
      }
    }
  });

  it('reads a lower-case t and z as the capitals (RFC 3339)', () => {
    fc.assert(fc.property(instantParts, (parts) => {
      const iso = text(parts);
      expect(parseInstant(iso.replace('T', 't').replace('Z', 'z')), iso).to.equal(parseInstant(iso));
    }), RUNS);
  });

  it('accepts nothing that Date.parse reads as another instant, whatever one character becomes', () => {
    const alphabet = fc.constantFrom(...'0123456789-+:.TZtz '.split(''), '');
    fc.assert(fc.property(instantParts, fc.nat(), alphabet, (parts, at, replacement) => {
      const iso = text(parts);
      const index = at % iso.length;
      const changed = iso.slice(0, index) + replacement + iso.slice(index + 1);
      const ms = parseInstant(changed);
      if (ms !== undefined) expect(ms, changed).to.equal(Date.parse(changed.toUpperCase()));
    }), { numRuns: 2000 });
  });
});

describe('parseInstant refuses', () => {
  it('a leap second, 23:59:60, that Date.parse refuses too', () => {
    fc.assert(fc.property(instantParts, (parts) => {
      const leap = text({ ...parts, hour: 23, minute: 59, seconds: ':60' });
      expect(parseInstant(leap), leap).to.equal(undefined);
      expect(Date.parse(leap), leap).to.be.NaN;
    }), RUNS);
  });

  it('a day its month does not have, which Date.parse would roll into the next month', () => {
    const anyDay = fc.record({ y: year, m: month, d: fc.integer({ min: 1, max: 31 }) });
    fc.assert(fc.property(anyDay, instantParts, ({ y, m, d }, parts) => {
      const iso = text({ ...parts, date: `${pad(y, 4)}-${pad(m)}-${pad(d)}` });
      // The calendar's own answer: a date exists when setting it does not move it to another month.
      const probe = new Date(0);
      probe.setUTCFullYear(y, m - 1, d);
      const exists = probe.getUTCDate() === d;
      expect(parseInstant(iso) !== undefined, iso).to.equal(exists);
    }), RUNS);
    expect(parseInstant('2023-02-29T12:00:00Z')).to.equal(undefined);
    expect(parseInstant('2024-02-29T12:00:00Z')).to.equal(Date.UTC(2024, 1, 29, 12));
    expect(parseInstant('2100-02-29T12:00:00Z')).to.equal(undefined);
    expect(parseInstant('2000-02-29T12:00:00Z')).to.equal(Date.UTC(2000, 1, 29, 12));
  });

  it('hour 24, minute 60, an offset of 24 hours or 60 minutes', () => {
    fc.assert(fc.property(instantParts, (parts) => {
      for (const bad of [
        text({ ...parts, hour: 24, minute: 0 }),
        text({ ...parts, minute: 60 }),
        text({ ...parts, offset: '+24:00' }),
        text({ ...parts, offset: '-12:60' }),
      ]) {
        expect(parseInstant(bad), bad).to.equal(undefined);
      }
    }), RUNS);
  });

  it('a date and time without Z or an offset, which Date.parse would read in the browser\u2019s zone', () => {
    fc.assert(fc.property(instantParts, (parts) => {
      const local = text({ ...parts, offset: '' });
      expect(parseInstant(local), local).to.equal(undefined);
    }), RUNS);
  });

  it('a calendar date alone, a basic-format offset and a fraction of 10 digits', () => {
    for (const bad of ['2026-03-04', '2026-03-04Z', '2026-03-04T15:00:00+0100', '2026-03-04T15:00:00.1234567890Z', '+002026-03-04T15:00Z']) {
      expect(parseInstant(bad), bad).to.equal(undefined);
    }
  });
});

describe('formatInstant against toISOString', () => {
  it('writes every whole millisecond as toISOString does, in and beyond the four-digit years', () => {
    const ms = fc.oneof(
      fc.integer({ min: FIRST_MS, max: LAST_MS }),
      fc.constantFrom(FIRST_MS, FIRST_MS - 1, LAST_MS, LAST_MS + 1, 0, -1, 8.64e15, -8.64e15),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
    );
    fc.assert(fc.property(ms, (value) => {
      expect(formatInstant(value), String(value)).to.equal(new Date(value).toISOString());
    }), RUNS);
  });

  it('writes a fractional millisecond (a `now` given as a number) as toISOString does: truncated', () => {
    const ms = fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true });
    fc.assert(fc.property(ms, (value) => {
      expect(formatInstant(value), String(value)).to.equal(new Date(value).toISOString());
    }), RUNS);
    expect(formatInstant(1_764_064_800_000.5)).to.equal('2025-11-25T10:00:00.000Z');
  });

  it('writes text parseInstant reads back as the same instant', () => {
    fc.assert(fc.property(fc.integer({ min: FIRST_MS, max: LAST_MS }), (value) => {
      expect(parseInstant(formatInstant(value))).to.equal(value);
    }), RUNS);
  });
});
