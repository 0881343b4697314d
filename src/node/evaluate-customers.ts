/**
 * Every customer of one program at one moment: recalculation, the dry run of a settings change, and the account
 * documents a backend serves. Per-customer evaluation is pure, so a batch engine that groups orders by customer
 * can run the same functions in parallel.
 */
import { evaluate, formatInstantText, type Account, type Activity, type Grant, type Program, type TierEntry, type VipStatus } from './engine.js';
import type { CustomerHistory, Customers } from './customers.js';

/** The engine's account of a customer: their orders, points and grants, no coupons. Built, never validated again. */
export function accountOf(program: Program, customer: CustomerHistory, now: number): Account {
  const activity: Activity[] = [];
  for (const o of customer.orders) activity.push({ type: 'order', id: o.id, at: o.at, amount: o.amount, refunded: o.refunded, cancelled: o.cancelled, points: 0 });
  for (const p of customer.points) activity.push({ type: 'points', ...p });
  const grants: Grant[] = customer.grants;
  const person = customer.firstName === undefined ? { id: customer.key } : { id: customer.key, firstName: customer.firstName };
  return { version: 1, generatedAt: now, program, customer: person, activity, coupons: [], grants };
}

/** One customer's tier as recalculated; money in minor units of the program's currency. */
export interface CustomerTier {
  readonly key: string;
  readonly email: string;
  readonly tierId: string | null;
  readonly tierName: string | null;
  /** ISO instant the tier held was entered. */
  readonly enteredAt: string | null;
  /** The grant the tier held came from (R10), or null when reached by activity. */
  readonly grantId: string | null;
  readonly progress: VipStatus['progress'];
  readonly nextTierId: string | null;
  /** Store-local date of the tier's last valid day (calendar year), or null. */
  readonly tierValidThrough: string | null;
  readonly keep: VipStatus['keep'];
}

/** The entry by which the tier held was entered: its last entry (R5: a tier held from last year was entered then). */
function heldEntry(status: VipStatus): TierEntry | undefined {
  const id = status.tier?.id;
  for (let i = status.entries.length - 1; i >= 0; i -= 1) if (status.entries[i]!.tierId === id) return status.entries[i];
  return undefined;
}

/** A customer's tier from their status. */
export function customerTier(customer: CustomerHistory, status: VipStatus): CustomerTier {
  const entry = heldEntry(status);
  return {
    key: customer.key, email: customer.email,
    tierId: status.tier?.id ?? null, tierName: status.tier?.name ?? null,
    enteredAt: entry?.at ?? null, grantId: entry?.grantId ?? null,
    progress: status.progress, nextTierId: status.nextTier?.id ?? null,
    tierValidThrough: status.tierValidThrough, keep: status.keep,
  };
}

/**
 * Every customer's tier at `now`, one at a time (a generator: a million customers are never held as results).
 *
 * @example
 * for (const row of recalculate(program, customers, { now: Date.now() })) console.log(row.key, row.tierId);
 */
export function* recalculate(program: Program, customers: Customers, options: { readonly now: number }): Generator<CustomerTier> {
  for (const customer of customers.values()) yield customerTier(customer, evaluate(accountOf(program, customer, options.now), { now: options.now, detail: false }));
}

export interface Move {
  readonly from: string | null;
  readonly to: string | null;
  count: number;
  /** Up to `sampleSize` customer keys. */
  readonly sample: string[];
}

export interface Comparison {
  readonly customers: number;
  /** Customers by (current tier, proposed tier), staying ones included. */
  readonly moves: Move[];
  /** Entry rewards the proposed program would newly issue: per tier id, the customers it would reward who were not. */
  readonly newRewards: Record<string, number>;
}

const rewardedTiers = (status: VipStatus): Set<string> => new Set(status.entries.filter((e) => e.rewarded).map((e) => e.tierId));

/**
 * The dry run of a settings change: each customer evaluated under the current and the proposed program at `now`.
 * A tier reward is "newly issued" when the proposed program rewards a tier the current one never rewarded the
 * customer (R6), whatever the tier ids mean in each.
 */
export function compare(current: Program, proposed: Program, customers: Customers, options: { readonly now: number; readonly sampleSize?: number }): Comparison {
  const { now, sampleSize = 5 } = options;
  const moves = new Map<string, Move>();
  const newRewards: Record<string, number> = {};
  for (const customer of customers.values()) {
    const before = evaluate(accountOf(current, customer, now), { now, detail: false });
    const after = evaluate(accountOf(proposed, customer, now), { now, detail: false });
    const from = before.tier?.id ?? null;
    const to = after.tier?.id ?? null;
    const key = `${from}\u0000${to}`;
    let move = moves.get(key);
    if (move === undefined) moves.set(key, (move = { from, to, count: 0, sample: [] }));
    move.count += 1;
    if (move.sample.length < sampleSize) move.sample.push(customer.key);
    const already = rewardedTiers(before);
    for (const tierId of rewardedTiers(after)) if (!already.has(tierId)) newRewards[tierId] = (newRewards[tierId] ?? 0) + 1;
  }
  return { customers: customers.size, moves: [...moves.values()], newRewards };
}

/** An instant as a document writes it: ISO-8601 in UTC, milliseconds only when there are some. */
const instantText = (ms: number): string => formatInstantText(ms).replace('.000Z', 'Z');

/** What counts of a customer's history in a document (README "From your store's orders"). */
function countedActivity(program: Program, customer: CustomerHistory, now: number): Record<string, unknown>[] {
  const activity: Record<string, unknown>[] = [];
  // Orders carry no points in an export: under points_earned they count nothing and are left out.
  if (program.entryMethod !== 'points_earned') {
    for (const o of customer.orders) {
      if (o.cancelled || o.at > now || (o.amount > 0 && o.refunded >= o.amount)) continue;
      const order: Record<string, unknown> = { type: 'order', id: o.id, at: instantText(o.at), amount: o.amount };
      if (o.refunded > 0) order['refunded'] = o.refunded;
      activity.push(order);
    }
  }
  for (const p of customer.points) {
    if (p.at > now) continue;
    activity.push(p.source === undefined ? { type: 'points', id: p.id, at: instantText(p.at), points: p.points }
      : { type: 'points', id: p.id, at: instantText(p.at), points: p.points, source: p.source });
  }
  return activity;
}

/**
 * A customer's account document at `now`: the program as written, the customer (id: the email key), the activity
 * that counts (orders not cancelled nor fully refunded, points; nothing after `now`) and their grants. Check it with
 * parseAccount before serving it: a customer beyond the document's limits is refused there.
 */
export function customerDocument(programJson: Readonly<Record<string, unknown>>, program: Program, customer: CustomerHistory, now: number): Record<string, unknown> {
  const person: Record<string, unknown> = { id: customer.key };
  if (customer.firstName !== undefined) person['firstName'] = customer.firstName;
  const doc: Record<string, unknown> = {
    version: 1,
    generatedAt: instantText(now),
    program: programJson,
    customer: person,
    activity: countedActivity(program, customer, now),
    coupons: [],
  };
  if (customer.grants.length > 0) {
    doc['grants'] = customer.grants.map((g) => (g.reason === undefined
      ? { id: g.id, tierId: g.tierId, at: instantText(g.at), reward: g.reward }
      : { id: g.id, tierId: g.tierId, at: instantText(g.at), reason: g.reason, reward: g.reward }));
  }
  return doc;
}
