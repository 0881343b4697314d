/**
 * Shopify's orders export (Admin → Orders → Export, "CSV for Excel, Numbers or other spreadsheet programs") read
 * into per-customer order histories, streaming (README "From your store's orders").
 *
 * Shopify writes one row per line item; the order's totals, statuses and dates are on its first row only, and the
 * rows of an order follow each other sharing its `Name`. Times look like `2024-03-01 10:15:32 -0500`.
 */
import { daysFromCivil, daysInMonth, parseInstant } from '../engine/dates.js';
import { minorUnitExponent, toMinorUnits } from '../engine/money.js';
import { columnsOf, readCsv, recordLines, RecordError, type CsvProgress } from './csv.js';
import { customerKey, customerOf, detached, type Customers } from './customers.js';
import { InputError } from './errors.js';

/** Which amount of an order counts: its `Total` (default) or its `Subtotal` (before shipping and taxes). */
export type AmountColumn = 'total' | 'subtotal';

/** Why an order of the export was not counted. */
export type SkipReason = 'no_email' | 'voided' | 'pending' | 'authorized' | 'expired';

export interface ReadOrdersOptions {
  /** The program's ISO 4217 currency: an order in another currency is refused (no conversion). */
  readonly currency: string;
  readonly amount?: AmountColumn;
  readonly onProgress?: (progress: CsvProgress) => void;
  /** Customers to add to (e.g. from an earlier export); a new map by default. */
  readonly customers?: Customers;
}

export interface OrdersRead {
  readonly customers: Customers;
  /** Records read after the header (line items included). */
  readonly rows: number;
  /** Orders (first rows) read. */
  readonly orders: number;
  /** Orders kept for their customers (cancelled and refunded ones included: the engine counts them). */
  readonly kept: number;
  readonly skipped: Readonly<Record<SkipReason, number>>;
}

/** The columns read; any other column (line items, addresses, taxes …) is ignored. */
export const ORDER_COLUMNS = [
  'Name', 'Email', 'Financial Status', 'Currency', 'Subtotal', 'Total', 'Created at', 'Cancelled at', 'Refunded Amount', 'Billing Name',
] as const;

/** Financial statuses whose orders count (README): paid in whole or in part, refunds deducted. */
const COUNTED = new Set(['paid', 'partially_paid', 'refunded', 'partially_refunded']);
const NOT_PAID = new Set<SkipReason>(['voided', 'pending', 'authorized', 'expired']);

/**
 * Epoch milliseconds of a time as Shopify exports it (`2024-03-01 10:15:32 -0500`), or of an ISO-8601 instant;
 * undefined for anything else.
 */
export function parseShopifyTime(text: string): number | undefined {
  // `YYYY-MM-DD HH:MM:SS ±HHMM`, read in place: a million orders hold a million of them.
  if (text.length === 25 && text.charCodeAt(10) === 32 && text.charCodeAt(19) === 32) return shopifyTime(text);
  return parseInstant(text.trim());
}

/** The value of the two digits at `at`, or NaN. */
function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48, b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

function shopifyTime(t: string): number | undefined {
  const year = two(t, 0) * 100 + two(t, 2), month = two(t, 5), day = two(t, 8);
  const hour = two(t, 11), minute = two(t, 14), second = two(t, 17), offsetHours = two(t, 21), offsetMinutes = two(t, 23);
  const sign = t.charCodeAt(20) === 45 ? -1 : t.charCodeAt(20) === 43 ? 1 : NaN;
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return undefined;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59 && sign === sign)) return undefined;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - sign * (offsetHours * 60 + offsetMinutes)) * 60_000 + second * 1000;
}

/**
 * Minor units of a plain amount such as `129.99` or `0` (digits, then at most the currency's decimals), read
 * digit by digit; undefined for anything else (grouping commas, a sign, more decimals), which toMinorUnits reads
 * or words. Exact: only integers are added and multiplied, below 2^53.
 */
function plainAmount(text: string, exponent: number): number | undefined {
  let minor = 0;
  let decimals = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 46 && decimals < 0 && i > 0) decimals = 0;
    else if (c >= 48 && c <= 57 && decimals < exponent) {
      minor = minor * 10 + (c - 48);
      if (decimals >= 0) decimals += 1;
    } else return undefined;
  }
  if (decimals === 0) return undefined;
  for (let d = Math.max(decimals, 0); d < exponent; d += 1) minor *= 10;
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/**
 * Reads a Shopify orders export into `customers` (one history per email): each order's time (`Created at`), amount
 * (`Total` or `Subtotal`) in minor units, `Refunded Amount` (capped at the amount) and whether it was cancelled
 * (`Cancelled at`). Orders without an email, and voided, pending, authorized or expired ones are skipped and counted.
 *
 * @throws {InputError} naming the file, line and column: a missing column, an amount or time that cannot be read,
 * an unknown financial status, or orders in another currency than the program's (all such lines named).
 *
 * @example
 * const read = await readShopifyOrders('orders_export.csv', { currency: 'USD' });
 * read.customers.get('ann@example.com')?.orders; // [{ id: '#1001', at: 1709306132000, amount: 12999, refunded: 0, cancelled: false }]
 */
export async function readShopifyOrders(file: string, options: ReadOrdersOptions): Promise<OrdersRead> {
  const { currency } = options;
  const customers: Customers = options.customers ?? new Map();
  const skipped: Record<SkipReason, number> = { no_email: 0, voided: 0, pending: 0, authorized: 0, expired: 0 };
  const otherCurrency: { record: number; currency: string }[] = [];
  let otherCurrencyCount = 0;
  let col!: Record<(typeof ORDER_COLUMNS)[number], number>;
  let amountAt = 0;
  let width = 0;
  let previousName: string | undefined;
  let rows = 0;
  let orders = 0;
  let kept = 0;

  const exponent = minorUnitExponent(currency);
  const money = (fields: readonly string[], at: number, record: number, name: string): number => {
    const text = fields[at]!;
    if (text === '') return 0;
    const plain = plainAmount(text, exponent);
    if (plain !== undefined) return plain;
    try {
      return toMinorUnits(text, currency);
    } catch (error) {
      throw new RecordError(`${name} ${(error as Error).message}`, record, at + 1);
    }
  };

  const records = await readCsv(
    file,
    (header) => {
      col = columnsOf(header, ORDER_COLUMNS, file);
      amountAt = options.amount === 'subtotal' ? col.Subtotal : col.Total;
      width = header.length;
    },
    (fields, record) => {
      rows += 1;
      if (fields.length !== width) {
        throw new RecordError(`the record has ${fields.length} fields, the header has ${width}: is it a Shopify orders export?`, record);
      }
      const name = fields[col.Name]!;
      // Further rows of the same order hold its other line items: the totals were on its first row.
      if (name === previousName) return;
      previousName = name;
      orders += 1;
      if (name === '') throw new RecordError('an order without a Name.', record, col.Name + 1);
      const status = fields[col['Financial Status']]!.trim();
      const orderCurrency = fields[col.Currency]!.trim();
      if (orderCurrency !== currency) {
        otherCurrencyCount += 1;
        if (otherCurrency.length < 10) otherCurrency.push({ record, currency: orderCurrency });
        return;
      }
      const key = customerKey(fields[col.Email]!);
      if (key === undefined) {
        skipped.no_email += 1;
        return;
      }
      if (!COUNTED.has(status)) {
        if (NOT_PAID.has(status as SkipReason)) {
          skipped[status as SkipReason] += 1;
          return;
        }
        throw new RecordError(
          `Financial Status "${status}" is not one of paid, partially_paid, refunded, partially_refunded (counted) or voided, pending, authorized, expired (skipped).`,
          record, col['Financial Status'] + 1,
        );
      }
      const createdAt = fields[col['Created at']]!;
      const at = parseShopifyTime(createdAt);
      if (at === undefined) {
        throw new RecordError(`Created at "${createdAt}" is not a time such as 2024-03-01 10:15:32 -0500.`, record, col['Created at'] + 1);
      }
      const amount = money(fields, amountAt, record, options.amount === 'subtotal' ? 'Subtotal' : 'Total');
      if (amount < 0) throw new RecordError(`${options.amount === 'subtotal' ? 'Subtotal' : 'Total'} must not be negative.`, record, amountAt + 1);
      let refunded = money(fields, col['Refunded Amount'], record, 'Refunded Amount');
      // A refunded order without a refunded amount was refunded in full.
      if (status === 'refunded' && fields[col['Refunded Amount']] === '') refunded = amount;
      refunded = Math.max(0, Math.min(refunded, amount));
      const customer = customerOf(customers, key, fields[col.Email]!);
      if (customer.firstName === undefined) {
        const first = fields[col['Billing Name']]!.trim().split(/\s+/)[0];
        if (first) customer.firstName = detached(first);
      }
      customer.orders.push({ id: detached(name), at, amount, refunded, cancelled: fields[col['Cancelled at']]!.trim() !== '' });
      kept += 1;
    },
    { onProgress: options.onProgress },
  );
  if (records === 0) throw new InputError('the file is empty: expected a Shopify orders export with its header row.', file);
  if (otherCurrencyCount > 0) {
    const lines = await recordLines(file, otherCurrency.map((o) => o.record));
    const list = otherCurrency.map((o, i) => `line ${lines[i]} (${o.currency || 'no currency'})`).join(', ');
    const more = otherCurrencyCount - otherCurrency.length;
    throw new InputError(
      `${otherCurrencyCount} order${otherCurrencyCount > 1 ? 's are' : ' is'} not in the program's currency ${currency}: ${list}${more > 0 ? ` and ${more} more` : ''}. Orders are never converted: export one currency, or run once per program.`,
      file, lines[0], col.Currency + 1,
    );
  }
  return { customers, rows, orders, kept, skipped };
}
