/**
 * Money in the account document is integer minor units by ISO 4217: the unit backends count in (Shopify, Stripe,
 * Dinero.js, the Money gem). ISO 4217's minor unit is not always the number of decimals a shop shows: Intl follows
 * CLDR, which writes some currencies without decimals although ISO 4217 (and so the backend) counts hundredths.
 * This module holds the ISO 4217 side; the i18n layer converts with it, then lets Intl round to the locale's
 * digits.
 */

/**
 * Every ISO 4217 currency whose minor unit is not 2, listed at its exponent (index 0: none, 3: thousandths, 4:
 * ten-thousandths); any other code has 2. This is the complete ISO 4217 list (List One as published in 2026; CLF,
 * UYI and UYW are funds codes). It ships in about as many bytes as the codes where ISO and CLDR differ plus the
 * code to ask Intl for the rest, and it gives the same answer in every browser and in Node, whatever CLDR version
 * they carry.
 *
 * Where Chromium 156's Intl (CLDR) shows other digits than ISO 4217's minor unit, as `maximumFractionDigits`:
 * - ISO 2, Intl 0: AFN, ALL, COP, HUF, IDR, IRR, KPW, LAK, LBP, MGA, MMK, PKR, RSD, SOS, SYP, YER, and SLL
 *   (withdrawn in 2023 with minor unit 2). CLDR drops decimals nobody uses in prices; ISO keeps the subunit,
 *   so a backend sends IDR 15,000 as 1500000.
 * - ISO 3, Intl 0: IQD (1500000 is IQD 1,500).
 * - ISO "N.A.", Intl 2: XDR, XSU (units of account without a minor unit); kept at 2 like ECMA-402's default,
 *   as are the other codes ISO gives no minor unit (XAU, XAG, XPD, XPT, XBA–XBD, XTS, XXX).
 */
const BY_EXPONENT = [
  'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF',
  '',
  '',
  'BHD IQD JOD KWD LYD OMR TND',
  'CLF UYW',
] as const;

const CODE = /^[A-Z]{3}$/;

/**
 * The ISO 4217 minor unit of `currency`: how many decimal digits one minor unit is (USD 2, JPY 0, KWD 3, IDR 2).
 * Codes ISO 4217 gives no minor unit, and codes it does not list, have 2.
 *
 * @example
 * minorUnitExponent('USD') // 2
 * minorUnitExponent('JPY') // 0
 * minorUnitExponent('IQD') // 3, although Intl shows IQD without decimals
 */
export function minorUnitExponent(currency: string): number {
  const code = currency.toUpperCase();
  const exponent = CODE.test(code) ? BY_EXPONENT.findIndex((codes) => codes.includes(code)) : -1;
  return exponent < 0 ? 2 : exponent;
}

/** A decimal amount as stores export it: a sign, digits (grouped by commas in threes, or not), a point. */
const DECIMAL = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * An amount written in major units (a store export, a price field) as integer minor units of `currency` by
 * ISO 4217, exactly: the digits are moved, never multiplied in binary floating point. Commas grouping thousands
 * and surrounding spaces are allowed; fraction digits beyond the currency's minor unit must be zeros.
 *
 * @throws {TypeError} when `amount` is not a string: a number has already been rounded to binary.
 * @throws {RangeError} when `amount` is not a decimal amount, has more significant decimals than the currency,
 * or is too large to be an exact number.
 *
 * @example
 * toMinorUnits('0.29', 'USD')     // 29
 * toMinorUnits('1,234.50', 'USD') // 123450
 * toMinorUnits('1234', 'USD')     // 123400
 * toMinorUnits('-5.00', 'USD')    // -500
 * toMinorUnits('500', 'JPY')      // 500
 * toMinorUnits('1.250', 'KWD')    // 1250
 * toMinorUnits('15,000', 'IDR')   // 1500000
 * toMinorUnits('0.295', 'USD')    // RangeError: "0.295" has 3 decimals, more than USD's 2 (ISO 4217).
 * toMinorUnits('12,34', 'EUR')    // RangeError: "12,34" is not a decimal amount such as 1,234.50.
 */
export function toMinorUnits(amount: string, currency: string): number {
  if (typeof amount !== 'string') {
    throw new TypeError(`${String(amount)} is a ${typeof amount}, not a decimal string: pass the amount as text, e.g. "0.29".`);
  }
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new RangeError(`${JSON.stringify(amount)} is not a decimal amount such as 1,234.50.`);
  const [, sign = '', whole = '', fraction = ''] = match;
  const exponent = minorUnitExponent(currency);
  if (/[^0]/.test(fraction.slice(exponent))) {
    throw new RangeError(
      `${JSON.stringify(amount)} has ${fraction.length} decimal${fraction.length > 1 ? 's' : ''}, more than ${currency}'s ${exponent} (ISO 4217).`,
    );
  }
  const minor = Number(sign + whole.replaceAll(',', '') + fraction.slice(0, exponent).padEnd(exponent, '0'));
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`${JSON.stringify(amount)} ${currency} is too large to be exact in minor units.`);
  }
  return minor || 0; // "-0.00" is 0, not -0
}

/**
 * Integer minor units of `currency` as a decimal string in major units with the ISO 4217 number of decimals,
 * exact for any integer (no grouping, "." as the point). Intl formats such a string exactly.
 *
 * @throws {RangeError} when `minor` is not an integer (a fraction of a minor unit, NaN, Infinity).
 *
 * @example
 * toDecimal(1234, 'USD')    // "12.34"
 * toDecimal(-5, 'USD')      // "-0.05"
 * toDecimal(500, 'JPY')     // "500"
 * toDecimal(1250, 'KWD')    // "1.250"
 * toDecimal(1500000, 'IDR') // "15000.00"
 */
export function toDecimal(minor: number, currency: string): string {
  const exponent = minorUnitExponent(currency);
  // BigInt writes every integer in full (String() switches to an exponent at 1e21) and refuses a fraction.
  const digits = BigInt(Math.abs(minor)).toString().padStart(exponent + 1, '0');
  const point = digits.length - exponent;
  return (minor < 0 ? '-' : '') + digits.slice(0, point) + (exponent ? `.${digits.slice(point)}` : '');
}
