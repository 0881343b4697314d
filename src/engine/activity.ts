/**
 * The fast path for `activity`, the bulk of an account document (thousands of orders). Validating 10,000 orders
 * through zod costs twice a JSON.parse of the whole text; this hand-written check of the same rules costs a
 * tenth of it. It only ever accepts: an item it does not accept is validated by the zod schema (schema.ts),
 * which words the issues. It must accept nothing the schema rejects — a
 * property test holds the two together.
 */
import { parseInstant } from './dates.js';
import { isSupportedYear } from './limits.js';
import type { Activity } from './types.js';

const isWhole = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * One activity item converted for the engine, or undefined when it is not plainly valid (the schema then words
 * why). Instants must fall in the supported years (limits.ts), as the schema requires.
 */
export function fastActivityItem(item: unknown): Activity | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const { type, id, at: atText } = item as Record<string, unknown>;
  if (typeof id !== 'string' || typeof atText !== 'string') return undefined;
  const at = parseInstant(atText);
  if (at === undefined || !isSupportedYear(atText)) return undefined;
  if (type === 'order') {
    // Absent refunded, cancelled and points read as 0, false and 0 (README "The account document").
    const { amount, refunded = 0, cancelled = false, points = 0 } = item as Record<string, unknown>;
    if (!isWhole(amount) || !isWhole(refunded) || refunded > amount || typeof cancelled !== 'boolean' || !isWhole(points)) return undefined;
    return { type, id, at, amount, refunded, cancelled, points };
  }
  if (type === 'points') {
    const { points, source } = item as Record<string, unknown>;
    if (!Number.isSafeInteger(points)) return undefined;
    if (source === undefined || source === null) return { type, id, at, points: points as number };
    if (typeof source === 'string') return { type, id, at, points: points as number, source };
  }
  return undefined;
}
