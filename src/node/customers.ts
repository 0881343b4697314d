/**
 * What the toolkit keeps of a store's history: per customer, only the compact facts the engine counts — never the
 * rows of an export. Customers are keyed by their email, trimmed and lower-cased.
 */
/// <reference types="node" />

/** An order as kept: money in minor units of the program's currency, the time in epoch milliseconds. */
export interface KeptOrder {
  /** The order's `Name` in the export, e.g. `#1001`. */
  readonly id: string;
  readonly at: number;
  readonly amount: number;
  readonly refunded: number;
  readonly cancelled: boolean;
}

export interface KeptPoints {
  readonly id: string;
  readonly at: number;
  readonly points: number;
  readonly source?: string;
}

export interface KeptGrant {
  readonly id: string;
  readonly tierId: string;
  readonly at: number;
  readonly reward: boolean;
  readonly reason?: string;
}

export interface CustomerHistory {
  /** The email trimmed and lower-cased: the customer's key and, in documents, `customer.id`. */
  readonly key: string;
  /** The email as the store first wrote it. */
  email: string;
  firstName?: string;
  readonly orders: KeptOrder[];
  readonly points: KeptPoints[];
  readonly grants: KeptGrant[];
}

/** Customers by key, in the order they were first seen. */
export type Customers = Map<string, CustomerHistory>;

/** The customer key of an email (trimmed, lower-cased), or undefined for none. */
export function customerKey(email: string): string | undefined {
  const key = email.trim().toLowerCase();
  return key === '' ? undefined : key;
}

/**
 * A copy of `text` that does not hold on to the chunk it was cut from: V8 keeps a slice of a long string as a
 * view into it, and a few kept emails would keep a whole export in memory.
 */
export const detached = (text: string): string => (text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8'));

/** The history of `email`'s customer in `customers`, made when first seen. */
export function customerOf(customers: Customers, key: string, email: string): CustomerHistory {
  let customer = customers.get(key);
  if (customer === undefined) {
    const kept = detached(key);
    customer = { key: kept, email: email.trim() === key ? kept : detached(email.trim()), orders: [], points: [], grants: [] };
    customers.set(kept, customer);
  }
  return customer;
}
