/**
 * The issues of a document beyond the size limits (limits.ts, README "Limits"), each by its dotted path. Beside the
 * schema, in the part of the engine a browser loads only for a document the fast check (check.ts) refused.
 */
import { HIDDEN_CHARACTERS, LIMITS } from './limits.js';
import type { ParseIssue } from './types.js';

/** The first hidden character of `text` as `U+XXXX`, or undefined. */
export function hiddenCharacter(text: string): string | undefined {
  const found = HIDDEN_CHARACTERS.exec(text);
  if (!found) return undefined;
  return `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const count = (n: number): string => n.toLocaleString('en-US');

class Collector {
  readonly issues: ParseIssue[] = [];

  text(value: unknown, path: string, label: string, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.issues.push({ path, message: `${label} must be at most ${count(max)} characters (it has ${count(value.length)}).` });
    }
  }

  /** The list at `path` when it is within `max` items; undefined (and an issue) when it has more. */
  list(value: unknown, path: string, label: string, max: number, message?: string): readonly unknown[] | undefined {
    if (!Array.isArray(value)) return undefined;
    if (value.length <= max) return value;
    this.issues.push({ path, message: message ?? `${label} may hold at most ${count(max)} items (it has ${count(value.length)}).` });
    return undefined;
  }
}

function checkTier(tier: unknown, path: string, c: Collector): void {
  if (!isRecord(tier)) return;
  c.text(tier['id'], `${path}.id`, 'Tier id', LIMITS.id);
  c.text(tier['name'], `${path}.name`, 'Tier name', LIMITS.text);
  const lists = [
    ['entryRewards', 'Entry rewards of a tier', LIMITS.entryRewardsPerTier],
    ['perks', 'Perks of a tier', LIMITS.perksPerTier],
  ] as const;
  for (const [key, label, max] of lists) {
    c.list(tier[key], `${path}.${key}`, label, max)?.forEach((item, i) => {
      if (!isRecord(item)) return;
      c.text(item['type'], `${path}.${key}.${i}.type`, 'A type', LIMITS.text);
      c.text(item['title'], `${path}.${key}.${i}.title`, 'A title', LIMITS.text);
    });
  }
}

function checkCoupon(coupon: unknown, path: string, c: Collector): void {
  if (!isRecord(coupon)) return;
  c.text(coupon['id'], `${path}.id`, 'Coupon id', LIMITS.id);
  c.text(coupon['title'], `${path}.title`, 'Coupon title', LIMITS.text);
  c.text(coupon['tierId'], `${path}.tierId`, 'Coupon tier id', LIMITS.id);
  const code = coupon['code'];
  if (typeof code !== 'string') return;
  c.text(code, `${path}.code`, 'Coupon code', LIMITS.code);
  const hidden = code.length <= LIMITS.code ? hiddenCharacter(code) : undefined;
  if (hidden) {
    c.issues.push({
      path: `${path}.code`,
      message: `Coupon code must not contain invisible or direction-changing characters (it has ${hidden}): a shopper would copy something other than what is shown.`,
    });
  }
}

/**
 * What in `input` is beyond the document's size limits ({@link LIMITS}), each issue by its dotted path; empty when
 * nothing is. Types are left to the schema: only lists and texts of the expected kind are measured, and the items of
 * a list that is too long are not looked at.
 * @example limitIssues({ coupons: new Array(101).fill({}) }) // [{ path: 'coupons', message: 'Coupons may hold at most 100 items (it has 101).' }]
 */
export function limitIssues(input: unknown): ParseIssue[] {
  const c = new Collector();
  if (!isRecord(input)) return c.issues;
  const program = input['program'];
  if (isRecord(program)) {
    c.text(program['timeZone'], 'program.timeZone', 'Time zone', LIMITS.timeZone);
    c.list(program['tiers'], 'program.tiers', 'Tiers', LIMITS.tiers, `A program has at most ${LIMITS.tiers} tiers.`)?.forEach((tier, i) => checkTier(tier, `program.tiers.${i}`, c));
  }
  const customer = input['customer'];
  if (isRecord(customer)) {
    c.text(customer['id'], 'customer.id', 'Customer id', LIMITS.id);
    c.text(customer['firstName'], 'customer.firstName', 'First name', LIMITS.text);
  }
  c.list(input['coupons'], 'coupons', 'Coupons', LIMITS.coupons)?.forEach((coupon, i) => checkCoupon(coupon, `coupons.${i}`, c));
  c.list(input['grants'], 'grants', 'Grants', LIMITS.grants)?.forEach((grant, i) => {
    if (!isRecord(grant)) return;
    c.text(grant['id'], `grants.${i}.id`, 'Grant id', LIMITS.id);
    c.text(grant['tierId'], `grants.${i}.tierId`, 'Grant tier id', LIMITS.id);
    c.text(grant['reason'], `grants.${i}.reason`, 'Grant reason', LIMITS.text);
  });
  c.list(input['activity'], 'activity', 'Activity', LIMITS.activity)?.forEach((item, i) => {
    if (!isRecord(item)) return;
    c.text(item['id'], `activity.${i}.id`, 'An activity id', LIMITS.id);
    c.text(item['source'], `activity.${i}.source`, 'A points source', LIMITS.text);
  });
  return c.issues;
}

