import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { minorUnitExponent, toDecimal, toMinorUnits } from '../../src/engine/index.js';

const RUNS = { numRuns: 300 };

/** One currency of each ISO 4217 exponent. */
const BY_EXPONENT = [
  { currency: 'JPY', exponent: 0 },
  { currency: 'USD', exponent: 2 },
  { currency: 'KWD', exponent: 3 },
  { currency: 'CLF', exponent: 4 },
] as const;

/** "1234567" → "1,234,567": thousands grouped as an export writes them. */
const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');

describe('minorUnitExponent', () => {
  const iso4217 = {
    IDR: 2, COP: 2, HUF: 2, PKR: 2, IQD: 3, ISK: 0, CLP: 0, UGX: 0, JPY: 0, KWD: 3, USD: 2,
    BHD: 3, TND: 3, KRW: 0, VND: 0, EUR: 2, SLL: 2, CLF: 4,
  };
  for (const [currency, exponent] of Object.entries(iso4217)) {
    it(`gives ${currency} ${exponent} decimals, its ISO 4217 minor unit`, () => {
      expect(minorUnitExponent(currency)).to.equal(exponent);
    });
  }

  it('reads a code in any case, as Intl does', () => {
    expect(minorUnitExponent('jpy')).to.equal(0);
    expect(minorUnitExponent('Kwd')).to.equal(3);
  });

  it('gives 2 to codes ISO 4217 lists without a minor unit and to codes it does not list', () => {
    expect(minorUnitExponent('XAU')).to.equal(2);
    expect(minorUnitExponent('XDR')).to.equal(2);
    expect(minorUnitExponent('ZZZ')).to.equal(2);
    // Not a code: part of the table's text must never match.
    expect(minorUnitExponent('F C')).to.equal(2);
    expect(minorUnitExponent('JP')).to.equal(2);
  });
});

describe('toMinorUnits', () => {
  it('moves the point of a store export by the currency minor unit', () => {
    expect(toMinorUnits('0.29', 'USD')).to.equal(29);
    expect(toMinorUnits('1,234.50', 'USD')).to.equal(123450);
    expect(toMinorUnits('1234', 'USD')).to.equal(123400);
    expect(toMinorUnits('-5.00', 'USD')).to.equal(-500);
    expect(toMinorUnits('+5.1', 'USD')).to.equal(510);
    expect(toMinorUnits(' 12.3 ', 'USD')).to.equal(1230);
    expect(toMinorUnits('500', 'JPY')).to.equal(500);
    expect(toMinorUnits('1.250', 'KWD')).to.equal(1250);
    expect(toMinorUnits('15,000', 'IDR')).to.equal(1500000);
    expect(toMinorUnits('1,500', 'IQD')).to.equal(1500000);
    expect(toMinorUnits('1,000,000', 'UGX')).to.equal(1000000);
  });

  it('is exact where binary floating point is not (0.29 × 100 is 28.999999999999996)', () => {
    expect(0.29 * 100).to.not.equal(29);
    expect(toMinorUnits('0.29', 'USD')).to.equal(29);
    expect(toMinorUnits('1.005', 'KWD')).to.equal(1005);
    expect(toMinorUnits('90071992547409.91', 'USD')).to.equal(Number.MAX_SAFE_INTEGER);
  });

  it('accepts zeros beyond the minor unit, which change nothing', () => {
    expect(toMinorUnits('500.00', 'JPY')).to.equal(500);
    expect(toMinorUnits('0.2900', 'USD')).to.equal(29);
  });

  it('reads minus zero as zero', () => {
    expect(Object.is(toMinorUnits('-0.00', 'USD'), 0)).to.equal(true);
  });

  it('refuses more significant decimals than the currency has, naming the value and the currency', () => {
    expect(() => toMinorUnits('0.295', 'USD')).to.throw(RangeError, '"0.295" has 3 decimals, more than USD\'s 2 (ISO 4217).');
    expect(() => toMinorUnits('500.5', 'JPY')).to.throw(RangeError, '"500.5" has 1 decimal, more than JPY\'s 0');
    expect(() => toMinorUnits('1.2345', 'KWD')).to.throw(RangeError, 'KWD\'s 3');
  });

  it('refuses text that is not a decimal amount, naming it', () => {
    const garbage = ['', ' ', 'abc', '12abc', '$5.00', '1.234,50', '12,34', '1,23,456', '1,2345', '1e3', 'NaN',
      'Infinity', '0x10', '.5', '5.', '--5', '5-', '1 000', '١٢'];
    for (const text of garbage) {
      expect(() => toMinorUnits(text, 'USD'), text).to.throw(RangeError, `${JSON.stringify(text)} is not a decimal amount`);
    }
  });

  it('refuses an amount too large to be an exact number', () => {
    expect(() => toMinorUnits('90071992547409.92', 'USD')).to.throw(RangeError, 'too large to be exact');
  });

  it('refuses a number, which has already been rounded to binary', () => {
    expect(() => toMinorUnits(0.29 as unknown as string, 'USD')).to.throw(TypeError, '0.29 is a number, not a decimal string');
  });

  for (const { currency, exponent } of BY_EXPONENT) {
    it(`gives back the minor units toDecimal wrote, for every safe integer (${currency}, ${exponent} decimals)`, () => {
      fc.assert(fc.property(fc.maxSafeInteger(), (minor) => {
        expect(toMinorUnits(toDecimal(minor, currency), currency)).to.equal(minor);
      }), RUNS);
    });

    it(`reads thousands grouped by commas like the same digits ungrouped (${currency})`, () => {
      fc.assert(fc.property(fc.maxSafeInteger(), (minor) => {
        const [whole = '', fraction] = toDecimal(minor, currency).split('.');
        const text = (whole.startsWith('-') ? `-${grouped(whole.slice(1))}` : grouped(whole)) + (fraction === undefined ? '' : `.${fraction}`);
        expect(toMinorUnits(text, currency)).to.equal(minor);
      }), RUNS);
    });

    it(`equals whole × 10^${exponent} + fraction in exact integer arithmetic (${currency})`, () => {
      const amount = fc.record({
        negative: fc.boolean(),
        whole: fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fraction: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: exponent }),
      });
      fc.assert(fc.property(amount, ({ negative, whole, fraction }) => {
        const text = `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
        const expected = (negative ? -1n : 1n) * (whole * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0'));
        expect(toMinorUnits(text, currency)).to.equal(Number(expected));
      }), RUNS);
    });

    it(`refuses any non-zero digit beyond ${exponent} decimals (${currency})`, () => {
      const amount = fc.record({
        minor: fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        extra: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 3 }),
        last: fc.constantFrom(...'123456789'),
      });
      fc.assert(fc.property(amount, ({ minor, extra, last }) => {
        const decimal = toDecimal(minor, currency);
        const text = `${decimal}${exponent ? '' : '.'}${extra}${last}`;
        expect(() => toMinorUnits(text, currency)).to.throw(RangeError, `more than ${currency}'s ${exponent}`);
      }), RUNS);
    });
  }
});

describe('toDecimal', () => {
  it('writes minor units in major units with the ISO 4217 decimals', () => {
    expect(toDecimal(1234, 'USD')).to.equal('12.34');
    expect(toDecimal(29, 'USD')).to.equal('0.29');
    expect(toDecimal(-5, 'USD')).to.equal('-0.05');
    expect(toDecimal(0, 'USD')).to.equal('0.00');
    expect(toDecimal(-0, 'USD')).to.equal('0.00');
    expect(toDecimal(500, 'JPY')).to.equal('500');
    expect(toDecimal(1250, 'KWD')).to.equal('1.250');
    expect(toDecimal(1, 'IQD')).to.equal('0.001');
    expect(toDecimal(1500000, 'IDR')).to.equal('15000.00');
    expect(toDecimal(7, 'CLF')).to.equal('0.0007');
  });

  it('stays exact past the safe integers, where String() would write an exponent', () => {
    expect(toDecimal(1e21, 'USD')).to.equal('10000000000000000000.00');
    expect(toDecimal(-(2 ** 60), 'JPY')).to.equal('-1152921504606846976');
  });

  it('refuses a fraction of a minor unit', () => {
    expect(() => toDecimal(12.5, 'USD')).to.throw(RangeError, '12.5');
    expect(() => toDecimal(Number.NaN, 'USD')).to.throw(RangeError);
    expect(() => toDecimal(Number.POSITIVE_INFINITY, 'USD')).to.throw(RangeError);
  });
});
