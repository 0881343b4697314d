import * as z from 'zod/mini';
import { isCssColor } from './colors.js';
import { parseInstant } from './dates.js';
import { fastActivityItem } from './activity.js';
import { checkAccountSteps } from './check.js';
import { limitIssues } from './limit-issues.js';
import { getAccountSchema, getAccountShellSchema, getActivityItemSchema, getListSchemas, type AccountDocument } from './schema.js';
import type { Account, Activity, Coupon, Customer, EntryReward, Grant, ParseIssue, ParseResult, Perk, Tier } from './types.js';

/** More issues than this are summarised: a merchant fixes the first ones and a huge list helps nobody. */
const MAX_ISSUES = 50;

type ZodIssue = z.core.$ZodIssue;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The field a union's branches are told apart by: `type` for activity, rewards and perks, `kind` for discounts. */
const atDiscriminator = (issue: ZodIssue): boolean =>
  issue.path.length === 1 && (issue.path[0] === 'type' || issue.path[0] === 'kind');

function collectIssues(issues: readonly ZodIssue[], base: readonly PropertyKey[], out: ParseIssue[]): void {
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union') {
      // An object of a known type that fails reports that type's own field, not "no branch matched". The branch
      // that matched is the one with no issue at the discriminator (nor at its root: the input was an object).
      const matched = issue.errors.find((branch) => branch.length > 0 && !branch.some((i) => i.path.length === 0 || atDiscriminator(i)));
      if (matched) {
        collectIssues(matched, path, out);
        continue;
      }
      // No branch matched: the union's own message, at the discriminator when the input was an object.
      const key = issue.errors.flat().find(atDiscriminator)?.path ?? [];
      out.push({ path: [...path, ...key].map(String).join('.'), message: issue.message });
    } else {
      out.push({ path: path.map(String).join('.'), message: issue.message });
    }
  }
}

function toIssues(issues: readonly ZodIssue[]): ParseIssue[] {
  const out: ParseIssue[] = [];
  collectIssues(issues, [], out);
  return out;
}

/** Drops null and undefined fields so the result carries only what the document said. */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] != null) out[key] = value[key];
  return out as { [K in keyof T]: Exclude<T[K], null> };
}

function toTier(tier: AccountDocument['program']['tiers'][number]): Tier {
  return defined({
    id: tier.id,
    name: tier.name,
    goal: tier.goal,
    color: typeof tier.color === 'string' && isCssColor(tier.color) ? tier.color : undefined,
    image: tier.image,
    entryRewards: (tier.entryRewards ?? []).map((reward) => defined(reward) as EntryReward),
    perks: (tier.perks ?? []).map((perk) => defined(perk) as Perk),
  });
}

/** Epoch milliseconds of an instant the schema has checked; undefined for none. */
const ms = (text: string | null | undefined): number | undefined => (text == null ? undefined : parseInstant(text));

/** Absent means the same as null: a guest. */
function toCustomer(customer: AccountDocument['customer']): Customer | null {
  return customer == null ? null : defined({ ...customer, joinedAt: ms(customer.joinedAt) });
}

/**
 * The schema's output objects are fresh (zod copies every object it strips), so activity — the bulk of a
 * document — is converted in place: only `at` changes, from checked ISO text to epoch milliseconds.
 */
function toActivity(event: NonNullable<AccountDocument['activity']>[number]): Activity {
  const item = event as { type: string; at: string | number; source?: string | null; refunded?: number; cancelled?: boolean; points?: number };
  item.at = parseInstant(event.at)!;
  if (item.source === null) delete item.source;
  if (item.type === 'order') {
    item.refunded ??= 0;
    item.cancelled ??= false;
    item.points ??= 0;
  }
  return item as unknown as Activity;
}

function toAccount(doc: AccountDocument, activity: readonly Activity[]): Account {
  const { program } = doc;
  const account = defined({
    version: doc.version,
    generatedAt: ms(doc.generatedAt),
    program: defined({
      state: program.status,
      entryMethod: program.entryMethod,
      milestone: program.milestone,
      startDate: program.startDate,
      settingsSavedAt: ms(program.settingsSavedAt),
      timeZone: program.timeZone,
      currency: program.currency,
      rewardDistribution: program.rewardDistribution,
      // R3: tiers are sorted by goal (goals are distinct, so the order is total).
      tiers: program.tiers.map(toTier).sort((a, b) => a.goal - b.goal),
    }),
    activity,
    coupons: (doc.coupons ?? []).map((c): Coupon =>
      defined({ ...c, issuedAt: ms(c.issuedAt), expiresAt: ms(c.expiresAt), usedAt: ms(c.usedAt) })),
    grants: (doc.grants ?? []).map((g): Grant => defined({ ...g, at: ms(g.at)! })),
  });
  // Outside `defined`: `customer: null` means a guest and must survive (R7).
  return { ...account, customer: toCustomer(doc.customer) } as Account;
}

/**
 * The whole document through the schema in one call, as the schema alone reads it: the reference the fast check
 * (check.ts) is held to by the property tests.
 */
export function parseBySchema(input: unknown): ParseResult {
  const tooLarge = limitIssues(input);
  if (tooLarge.length > 0) return refused(tooLarge);
  const result = z.safeParse(getAccountSchema(), input);
  if (!result.success) return refused(toIssues(result.error.issues));
  return { ok: true, account: toAccount(result.data, (result.data.activity ?? []).map(toActivity)) };
}

/** Activity items checked by the fast path between two yields of {@link parseAccountSteps}. */
const ACTIVITY_SLICE = 2_500;

function refused(issues: readonly ParseIssue[]): ParseResult {
  return { ok: false, issues: summarise([...issues]) };
}

function summarise(out: ParseIssue[]): ParseIssue[] {
  if (out.length <= MAX_ISSUES) return out;
  const more = out.length - MAX_ISSUES;
  return [...out.slice(0, MAX_ISSUES), { path: '', message: `…and ${more} more ${more === 1 ? 'issue' : 'issues'}.` }];
}

/**
 * {@link parseAccount} as steps: it yields between the size check, the document's shell and each slice of
 * activity, so a caller can give the page a task of its own for each (`for (;;) { … await nextTask(); }`), and
 * returns the same result. Driving it to the end without pausing is `parseAccount`.
 */
export function* parseAccountSteps(input: unknown): Generator<void, ParseResult, void> {
  try {
    // Sizes first (limits.ts): a document far beyond them is refused by counting, before anything else is read.
    const tooLarge = limitIssues(input);
    if (tooLarge.length > 0) return refused(tooLarge);
    // The whole document without zod (check.ts); only one it refuses goes through the schema, which words why.
    const account = yield* checkAccountSteps(input);
    if (account) return { ok: true, account };
  } catch (error) {
    return unreadable(error);
  }
  return yield* schemaSteps(input);
}

/** Only inputs no JSON can produce get here (getters that throw, revoked proxies). */
function unreadable(error: unknown): ParseResult {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, issues: [{ path: '', message: `The account document could not be read: ${reason}` }] };
}

/**
 * {@link parseAccountSteps} by the schema alone, for a document the fast check (check.ts) refused: the same result,
 * with every issue worded. A browser that has run the fast check itself imports this module only then.
 */
export function* schemaSteps(input: unknown): Generator<void, ParseResult, void> {
  try {
    const tooLarge = limitIssues(input);
    if (tooLarge.length > 0) return refused(tooLarge);
    // Absent activity is none; null is not a list (the schema says why, as the JSON Schema does).
    const list = isRecord(input) ? (input['activity'] === undefined ? [] : input['activity']) : undefined;
    if (!isRecord(input) || !Array.isArray(list)) {
      // Not an object, or activity that is not a list: the whole document through the schema, which words why.
      const result = z.safeParse(getAccountSchema(), input);
      if (!result.success) return refused(toIssues(result.error.issues));
      return { ok: true, account: toAccount(result.data, (result.data.activity ?? []).map(toActivity)) };
    }
    yield;
    const issues: ParseIssue[] = [];
    const shell = yield* shellSteps(input, issues);
    // The bulk of a document: each item by the fast path (activity.ts); only an item it refuses goes through the
    // schema, which words why. Issues stop being collected once there are more than can be shown.
    const activity: Activity[] = [];
    for (let index = 0; index < list.length; index++) {
      if (index % ACTIVITY_SLICE === 0) yield;
      const item = fastActivityItem(list[index]);
      if (item !== undefined) {
        activity.push(item);
      } else if (issues.length <= MAX_ISSUES) {
        const checked = z.safeParse(getActivityItemSchema(), list[index]);
        if (!checked.success) collectIssues(checked.error.issues, ['activity', index], issues);
      } else {
        issues.push({ path: `activity.${index}`, message: 'This activity item is not valid.' });
      }
    }
    if (issues.length > 0 || !shell) return refused(issues);
    return { ok: true, account: toAccount({ ...shell, activity: [] }, activity) };
  } catch (error) {
    return unreadable(error);
  }
}

/** Coupons validated between two yields of {@link parseAccountSteps}. */
const COUPON_SLICE = 25;

type Shell = Omit<AccountDocument, 'activity'>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The document without activity, validated in parts so that none takes long: first the shell with its long lists
 * (each tier's entry rewards and perks, the coupons) emptied, then each of those lists, a task each. Adds the issues
 * to `issues`; returns the validated shell, or undefined when any part is invalid.
 */
function* shellSteps(input: Record<string, unknown>, issues: ParseIssue[]): Generator<void, Shell | undefined, void> {
  const program = input['program'];
  const tiers = isRecord(program) && Array.isArray(program['tiers']) ? (program['tiers'] as unknown[]) : undefined;
  const coupons = Array.isArray(input['coupons']) ? (input['coupons'] as unknown[]) : undefined;
  const emptied = (value: unknown): unknown => (Array.isArray(value) ? [] : value);
  const light = {
    ...input,
    program: tiers
      ? { ...program as object, tiers: tiers.map((t) => (isRecord(t) ? { ...t, entryRewards: emptied(t['entryRewards']), perks: emptied(t['perks']) } : t)) }
      : program,
    coupons: emptied(input['coupons']),
  };
  const shell = z.safeParse(getAccountShellSchema(), light);
  if (!shell.success) issues.push(...toIssues(shell.error.issues));
  const schemas = getListSchemas();
  const lists: Array<{ tier: number; key: 'entryRewards' | 'perks'; value: unknown }> = [];
  for (let index = 0; tiers && index < tiers.length; index++) {
    const tier = tiers[index];
    for (const key of ['entryRewards', 'perks'] as const) {
      const items = isRecord(tier) ? tier[key] : undefined;
      if (!Array.isArray(items) || items.length === 0) continue;
      yield;
      const checked = z.safeParse(schemas[key], items);
      if (checked.success) lists.push({ tier: index, key, value: checked.data });
      else collectIssues(checked.error.issues, ['program', 'tiers', index, key], issues);
    }
  }
  yield;
  const couponsOut: unknown[] = [];
  for (let index = 0; coupons && index < coupons.length; index++) {
    if (index > 0 && index % COUPON_SLICE === 0) yield;
    const checked = z.safeParse(schemas.coupon, coupons[index]);
    if (checked.success) couponsOut.push(checked.data);
    else collectIssues(checked.error.issues, ['coupons', index], issues);
  }
  if (!shell.success || issues.length > 0) return undefined;
  const data = shell.data as Mutable<Shell>;
  const outTiers = data.program.tiers as Array<Record<string, unknown>>;
  for (const { tier, key, value } of lists) outTiers[tier]![key] = value;
  if (coupons) data.coupons = couponsOut as Shell['coupons'];
  return data;
}

/**
 * Validates an account document (README "The account document") and converts it for `evaluate`: instants
 * become epoch milliseconds, tiers are sorted by goal, invalid tier colours and unknown fields are dropped, and
 * unknown perk and reward types are kept with their title. A document beyond the size limits (README "Limits")
 * is refused before its items are validated. Never throws: any input — a string, null, an array, a document from
 * a broken backend — yields either the account or a list of issues, each naming the field by its dotted path.
 *
 * @example
 * const result = parseAccount(await response.json());
 * if (result.ok) render(evaluate(result.account));
 * else console.warn(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
 * // e.g. "program.tiers.1.goal: Tier goal must be a whole number, 0 or more."
 */
export function parseAccount(input: unknown): ParseResult {
  const steps = parseAccountSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
