/**
 * The whole account document checked and converted without zod: the browser's happy path. It accepts exactly what
 * the zod schema (schema.ts) accepts within the size limits (limits.ts), and returns what `parseAccount` (parse.ts)
 * returns for it — a property test holds the two together over valid and near-valid documents. It never words a
 * problem: a document it refuses goes to `parseAccount`, whose schema says why, so a browser loads zod only then.
 */
import { fastActivityItem } from './activity.js';
import { isCssColor } from './colors.js';
import { isCalendarDate, parseInstant } from './dates.js';
import { HIDDEN_CHARACTERS, LIMITS, isSupportedYear } from './limits.js';
import { ENTRY_METHODS, MILESTONES, PROGRAM_STATES, REWARD_DISTRIBUTIONS } from './types.js';
import type { Account, Activity, Coupon, Customer, Discount, EntryReward, Grant, Perk, Tier } from './types.js';
import { isTimeZone } from './zoned.js';

/** A tier image: an `https:` URL or a path on the store, never `http:`, `//host`, `javascript:` or `data:`. */
export const IMAGE_URL = /^(?:https:\/\/[^\s\\/?#]+[^\s\\]*|\/(?![/\\])[^\s\\]*|[^\s\\/:?#][^\s\\:]*)$/;
/** The longest tier image URL. */
export const IMAGE_URL_LENGTH = 2048;

let currencies: ReadonlySet<string> | null | undefined;

/** ISO 4217 codes this runtime can format (`USD`, `JPY`, `KWD`). */
export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (currencies === undefined) {
    try {
      currencies = new Set(Intl.supportedValuesOf('currency'));
    } catch {
      currencies = null;
    }
  }
  return currencies === null || currencies.has(code);
}

/** Thrown (and caught below) at the first thing the schema would refuse: the check only ever answers yes or no. */
const REFUSED = Symbol('refused');

function need(ok: unknown): asserts ok {
  if (!ok) throw REFUSED;
}

type Fields = Record<string, unknown>;

function record(value: unknown): Fields {
  need(typeof value === 'object' && value !== null && !Array.isArray(value));
  return value as Fields;
}

function text(value: unknown, max: number = LIMITS.text): string {
  need(typeof value === 'string' && value.length <= max);
  return value;
}

function nonEmpty(value: unknown, max: number = LIMITS.id): string {
  need(text(value, max) !== '');
  return value as string;
}

/** Absent and null both mean none. */
const optionalText = (value: unknown, max?: number): string | undefined => (value == null ? undefined : text(value, max));

function whole(value: unknown, least = 0): number {
  need(Number.isSafeInteger(value) && (value as number) >= least);
  return value as number;
}

/** A number in (0, max]. */
function positive(value: unknown, max: number): number {
  need(typeof value === 'number' && value > 0 && value <= max);
  return value;
}

function oneOf<const T extends string>(value: unknown, values: readonly T[]): T {
  need(values.includes(value as T));
  return value as T;
}

function instant(value: unknown): number {
  const at = typeof value === 'string' ? parseInstant(value) : undefined;
  need(at !== undefined && isSupportedYear(value as string));
  return at;
}

const optionalInstant = (value: unknown): number | undefined => (value == null ? undefined : instant(value));

/** A list that may be absent (none), of at most `max` items. */
function list(value: unknown, max: number): readonly unknown[] {
  if (value === undefined) return [];
  // A hole (`delete list[i]`, never from JSON) is an undefined item to the schema: refused, not skipped by map().
  need(Array.isArray(value) && value.length <= max && !value.includes(undefined));
  return value;
}

/**
 * The fields that are not undefined: the output carries only what the document said. A new object rather than
 * `delete`, which would leave the engine objects in slow dictionary mode.
 */
function defined<T extends object>(value: T): T {
  const out: Partial<T> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

function discount(value: unknown): Discount {
  const { kind, amount, percent } = record(value);
  if (kind === 'fixed') return { kind, amount: whole(amount) };
  if (kind === 'percentage') return { kind, percent: positive(percent, 100) };
  need(kind === 'free_shipping');
  return { kind };
}

/** A perk or entry reward: its type and title, each within the text limit; unknown types keep only those. */
function typed(value: unknown): { fields: Fields; type: string; title: string | undefined } {
  const fields = record(value);
  return { fields, type: text(fields['type']), title: optionalText(fields['title']) };
}

function entryReward(value: unknown): EntryReward {
  const { fields, type, title } = typed(value);
  if (type === 'points') return defined({ type, points: whole(fields['points']), title });
  if (type === 'coupon') {
    const days = fields['expiresAfterDays'];
    return defined({ type, title: text(title), discount: discount(fields['discount']), expiresAfterDays: days == null ? undefined : whole(days, 1) });
  }
  return defined({ type, title });
}

function perk(value: unknown): Perk {
  const { fields, type, title } = typed(value);
  if (type === 'points_multiplier') return defined({ type, multiplier: positive(fields['multiplier'], 1000), title });
  if (type === 'birthday_points') return defined({ type, points: whole(fields['points']), title });
  if (type === 'custom') return { type, title: text(title) };
  return defined({ type, title });
}

function image(value: unknown): string | undefined {
  const url = optionalText(value, IMAGE_URL_LENGTH);
  need(url === undefined || IMAGE_URL.test(url));
  return url;
}

function tier(value: unknown): Tier {
  const t = record(value);
  const color = t['color'];
  return defined({
    id: nonEmpty(t['id']),
    name: text(t['name']),
    goal: whole(t['goal']),
    // An invalid colour is ignored, not a failure (README, "Reliability and security").
    color: typeof color === 'string' && isCssColor(color) ? color : undefined,
    image: image(t['image']),
    entryRewards: list(t['entryRewards'], LIMITS.entryRewardsPerTier).map(entryReward),
    perks: list(t['perks'], LIMITS.perksPerTier).map(perk),
  });
}

function distinct(values: readonly unknown[]): void {
  need(new Set(values).size === values.length);
}

function coupon(value: unknown): Coupon {
  const c = record(value);
  const code = nonEmpty(c['code'], LIMITS.code);
  // Shown and copied: no character that hides or reorders text (README "Limits").
  need(!HIDDEN_CHARACTERS.test(code));
  return defined({
    id: nonEmpty(c['id']),
    code,
    title: text(c['title']),
    tierId: optionalText(c['tierId'], LIMITS.id),
    issuedAt: optionalInstant(c['issuedAt']),
    expiresAt: optionalInstant(c['expiresAt']),
    usedAt: optionalInstant(c['usedAt']),
  });
}

function grant(value: unknown): Grant {
  const g = record(value);
  const reward = g['reward'];
  need(typeof reward === 'boolean');
  return defined({ id: nonEmpty(g['id']), tierId: nonEmpty(g['tierId']), at: instant(g['at']), reason: optionalText(g['reason']), reward });
}

function customer(value: unknown): Customer | null {
  if (value == null) return null;
  const c = record(value);
  return defined({ id: nonEmpty(c['id']), firstName: optionalText(c['firstName']), joinedAt: optionalInstant(c['joinedAt']) });
}

/** One activity item as the fast path reads it, within the limits on its id and source. */
function activityItem(value: unknown): Activity {
  const item = fastActivityItem(value);
  need(item);
  const { id, source } = value as Fields;
  // The limits measure `source` on any item (limits.ts), as they measure every text of its expected kind.
  need((id as string).length <= LIMITS.id && !(typeof source === 'string' && source.length > LIMITS.text));
  return item;
}

/** Activity items checked between two yields of {@link checkAccountSteps}. */
const ACTIVITY_SLICE = 2_500;
/** Tiers (each up to 40 entry rewards and perks), and coupons, checked between two yields. */
const TIER_SLICE = 5;
const COUPON_SLICE = 50;

/** `items` checked by `check`, yielding before each slice of `slice` items but the first. */
function* checkedSlices<T>(items: readonly unknown[], check: (item: unknown) => T, slice: number): Generator<void, T[], void> {
  const checked: T[] = [];
  for (const item of items) {
    if (checked.length && checked.length % slice === 0) yield;
    checked.push(check(item));
  }
  return checked;
}

/**
 * {@link checkAccount} as steps: it yields after each slice of tiers, of coupons and of activity, so a caller can
 * give the page a task for each, and returns the same result.
 */
export function* checkAccountSteps(input: unknown): Generator<void, Account | undefined, void> {
  let account: Account;
  const activity: Activity[] = [];
  let items: readonly unknown[];
  try {
    const doc = record(input);
    need(doc['version'] === 1);
    const p = record(doc['program']);
    const tiers = p['tiers'];
    need(Array.isArray(tiers) && tiers.length > 0 && tiers.length <= LIMITS.tiers && !tiers.includes(undefined));
    const startDate = text(p['startDate']);
    need(isCalendarDate(startDate) && isSupportedYear(startDate));
    const timeZone = text(p['timeZone'], LIMITS.timeZone);
    const currency = text(p['currency']);
    need(isTimeZone(timeZone) && isCurrency(currency));
    const programTiers = yield* checkedSlices(tiers, tier, TIER_SLICE);
    distinct(programTiers.map((t) => t.id));
    distinct(programTiers.map((t) => t.goal));
    const grants = list(doc['grants'], LIMITS.grants).map(grant);
    // R10: each grant names a tier of the program; grant ids are distinct.
    const tierIds = new Set(programTiers.map((t) => t.id));
    need(grants.every((g) => tierIds.has(g.tierId)));
    distinct(grants.map((g) => g.id));
    items = list(doc['activity'], LIMITS.activity);
    const couponItems = list(doc['coupons'], LIMITS.coupons);
    yield;
    const coupons = yield* checkedSlices(couponItems, coupon, COUPON_SLICE);
    account = defined({
      version: 1,
      generatedAt: optionalInstant(doc['generatedAt']),
      program: defined({
        state: oneOf(p['status'], PROGRAM_STATES),
        entryMethod: oneOf(p['entryMethod'], ENTRY_METHODS),
        milestone: oneOf(p['milestone'], MILESTONES),
        startDate,
        settingsSavedAt: optionalInstant(p['settingsSavedAt']),
        timeZone,
        currency,
        rewardDistribution: oneOf(p['rewardDistribution'], REWARD_DISTRIBUTIONS),
        // R3: tiers are sorted by goal (goals are distinct, so the order is total).
        tiers: programTiers.sort((a, b) => a.goal - b.goal),
      }),
      customer: customer(doc['customer']),
      activity,
      coupons,
      grants,
    });
  } catch (error) {
    if (error === REFUSED) return undefined;
    throw error;
  }
  for (let index = 0; index < items.length; index++) {
    if (index % ACTIVITY_SLICE === 0) yield;
    try {
      activity.push(activityItem(items[index]));
    } catch (error) {
      if (error === REFUSED) return undefined;
      throw error;
    }
  }
  return account;
}

/**
 * The account `parseAccount` would return for `input`, or undefined when it would refuse it (then `parseAccount`
 * says why). Throws only for inputs no JSON can produce (getters that throw).
 */
export function checkAccount(input: unknown): Account | undefined {
  const steps = checkAccountSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
