/**
 * R1 counted activity: how much each activity moves the customer's total, in the program's unit.
 */
import type { Activity, EntryMethod } from './types.js';

/** One activity's effect on the counted total, at its instant. */
export interface CountedEvent {
  readonly at: number;
  readonly delta: number;
  readonly id: string;
  readonly type: string;
}

/** The amount an activity adds to the counted total under `entryMethod` (R1); may be negative for points. */
export function countedDelta(activity: Activity, entryMethod: EntryMethod): number {
  if (activity.type === 'order') {
    if (activity.cancelled) return 0;
    switch (entryMethod) {
      // A refund counts at the order's time.
      case 'amount_spent': return activity.amount - activity.refunded;
      case 'orders_placed': return activity.amount > 0 && activity.refunded >= activity.amount ? 0 : 1;
      case 'points_earned': return activity.points;
    }
  }
  // Tier bonuses never count toward tiers: no cascades.
  if (entryMethod !== 'points_earned' || activity.source === 'vip_reward') return 0;
  return activity.points;
}

const byTimeThenId = (a: CountedEvent, b: CountedEvent): number =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || a.delta - b.delta;

/** Sorts `events` in place: insertion sort for the short lists of most customers, the built-in sort beyond. */
function sortEvents(events: CountedEvent[]): void {
  if (events.length > 32) {
    events.sort(byTimeThenId);
    return;
  }
  for (let i = 1; i < events.length; i += 1) {
    const event = events[i]!;
    let j = i - 1;
    // Times decide almost every comparison; the full order only breaks ties.
    while (j >= 0 && (events[j]!.at > event.at || (events[j]!.at === event.at && byTimeThenId(events[j]!, event) > 0))) {
      events[j + 1] = events[j]!;
      j -= 1;
    }
    events[j + 1] = event;
  }
}

/**
 * Counted events in `[from, to]` that change the total, sorted by (time, id, type) so that the order of the
 * document's `activity` array never matters.
 */
export function countedEvents(activity: readonly Activity[], entryMethod: EntryMethod, from: number, to: number): CountedEvent[] {
  const events: CountedEvent[] = [];
  let sorted = true;
  let last: CountedEvent | undefined;
  for (const item of activity) {
    if (item.at < from || item.at > to) continue;
    const delta = countedDelta(item, entryMethod);
    if (delta === 0) continue;
    const event: CountedEvent = { at: item.at, delta, id: item.id, type: item.type };
    // Stores usually send activity in time order: sort only when it is not.
    if (sorted && last !== undefined && last.at >= event.at && byTimeThenId(last, event) > 0) sorted = false;
    events.push(event);
    last = event;
  }
  if (!sorted) sortEvents(events);
  return events;
}
