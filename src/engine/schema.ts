/**
 * The account document as a zod/mini schema: what a store must send (README, "The account document"). It validates;
 * `parseAccount` (parse.ts) turns its output into the engine's `Account`, instants into epoch milliseconds.
 * The same schema generates `account.schema.json` for backend implementers (scripts/build-schema.mjs).
 *
 * Nothing is built at import: about a hundred schema objects cost the page a long task (docs/performance.md) when
 * built while the widget's code is evaluated. `getAccountSchema()` builds them on first use; `prepareAccountSchema()`
 * hands out the same work as a few steps, for a caller to run one per task before the first parse.
 *
 * Every schema carries its own English message: zod's defaults are terse, and a merchant reads these.
 */
import * as z from 'zod/mini';
import { IMAGE_URL, IMAGE_URL_LENGTH, isCurrency } from './check.js';
import { isCalendarDate, parseInstant } from './dates.js';
import { HIDDEN_CHARACTERS, LIMITS, isSupportedYear } from './limits.js';
import { ZONE_NAME, isTimeZone } from './zoned.js';
import { ENTRY_METHODS, MILESTONES, PROGRAM_STATES, REWARD_DISTRIBUTIONS } from './types.js';

const ZONE_PATTERN = ZONE_NAME.source;

// Strict Content-Security-Policy: zod must never compile a parser with `new Function`. Read when a schema is
// constructed, so it is set at import, before any step below builds one.
z.config({ jitless: true });

type ErrorMap = (issue: z.core.$ZodRawIssue) => string;

/** "… is required." when the field is absent, else `problem`. */
const needs = (label: string, problem: string): ErrorMap => (issue) =>
  issue.input === undefined ? `${label} is required.` : problem;

/** Text of at most `maxLength` characters (README "Limits": parseAccount measures lengths before the schema runs). */
const text = (label: string, maxLength: number = LIMITS.text) =>
  z.string({ error: needs(label, `${label} must be text.`) }).register(z.globalRegistry, { maxLength });

const nonEmptyText = (label: string, maxLength: number = LIMITS.id, meta: z.core.GlobalMeta = {}) =>
  text(label).check(z.refine((value) => value !== '', { error: `${label} must not be empty.` })).register(z.globalRegistry, { minLength: 1, maxLength, ...meta });

const WHOLE_PROBLEM = 'must be a whole number, 0 or more.';

/** What is wrong with a number that must be a safe integer (0 or more unless `signed`), or undefined. */
function wholeProblem(value: number, signed = false): string | undefined {
  if (Number.isSafeInteger(value)) return signed || value >= 0 ? undefined : WHOLE_PROBLEM;
  return Number.isInteger(value) ? 'is too large to be exact.' : signed ? 'must be a whole number.' : WHOLE_PROBLEM;
}

/**
 * A number checked by one refinement, its bounds stated for the JSON Schema by `meta`: zod's own number checks
 * (int, gt, lte, positive) would each bring their code to every browser.
 */
const checkedNumber = (label: string, typeProblem: string, meta: z.core.GlobalMeta, problemOf: (value: number) => string | undefined) =>
  z.number({ error: needs(label, `${label} ${typeProblem}`) })
    .check(z.refine((value) => problemOf(value) === undefined, { error: (issue) => `${label} ${problemOf(issue.input as number)}` }))
    .register(z.globalRegistry, meta);

const MAX = Number.MAX_SAFE_INTEGER;
const WHOLE = { type: 'integer', minimum: 0, maximum: MAX } as const;

const wholeNumber = (label: string) => checkedNumber(label, WHOLE_PROBLEM, WHOLE, (value) => wholeProblem(value));

/*
 * The JSON Schema states the syntax of dates and instants as patterns rather than `format`: a validator's
 * `date-time` refuses instants without seconds, which the engine reads, and accepts leap seconds and years it does
 * not support. What a pattern cannot say (30 February) is listed in the README ("The account document").
 */
/** An https URL with a host, or a relative URL without a scheme, `//` or backslash: nothing but the store or https. */

const YEAR_PATTERN = '(?:19[7-9][0-9]|2[01][0-9][0-9]|2200)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])';
const INSTANT_PATTERN = `^${YEAR_PATTERN}[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`;
const DATE_PATTERN = `^${YEAR_PATTERN}$`;

const INSTANT_PROBLEM = 'must be an ISO-8601 instant with a UTC offset or Z, e.g. 2026-03-04T15:00:00Z.';
const YEAR_PROBLEM = `must fall in the years ${LIMITS.firstYear} to ${LIMITS.lastYear}.`;

/** What is wrong with an instant's text, or undefined: not an instant, or a year the engine does not support. */
function instantProblem(value: string): string | undefined {
  if (parseInstant(value) === undefined) return INSTANT_PROBLEM;
  return isSupportedYear(value) ? undefined : YEAR_PROBLEM;
}

/**
 * An ISO instant, checked here and converted to epoch milliseconds by parseAccount (parse.ts): a check costs
 * less in every browser than zod's pipe and transform.
 */
const instant = (label: string) => {
  return z.string({ error: needs(label, `${label} ${INSTANT_PROBLEM}`) }).check(
    z.refine((value) => instantProblem(value) === undefined, { error: (issue) => `${label} ${instantProblem(issue.input as string)}` }),
    z.meta({ pattern: INSTANT_PATTERN }),
  );
};

/** An instant that may be absent or null (both mean "none"). */
const optionalInstant = (label: string) => z.optional(z.nullable(instant(label)));

const optionalText = (label: string) => z.optional(z.nullable(text(label)));

const calendarDate = (label: string) =>
  z.string({ error: needs(label, `${label} must be a calendar date YYYY-MM-DD, e.g. 2023-02-01.`) }).check(
    z.refine(isCalendarDate, { error: `${label} must be a calendar date YYYY-MM-DD that exists, e.g. 2023-02-01.` }),
    z.refine(isSupportedYear, { error: `${label} ${YEAR_PROBLEM}` }),
    z.meta({ pattern: DATE_PATTERN }),
  );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: needs(label, `${label} must be one of: ${values.join(', ')}.`) });

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list that may be absent (none); parseAccount reads absent as empty. */
const listOf = <T extends z.core.SomeType>(item: T, error: string, maxItems: number) =>
  z.optional(z.array(item, { error })).register(z.globalRegistry, { default: [], maxItems });

/**
 * Known types are validated strictly; any other `type` is kept with its title (forward compatible, README:
 * "Reliability and security"). The fallback refuses the known types (and aborts), so a malformed known reward reports
 * its own field.
 */
const withUnknownTypes = <const K extends readonly z.core.SomeType[]>(known: K, names: readonly string[], label: string) =>
  z.union(
    [
      ...known,
      z.object({
        // The JSON Schema excludes the known names too, so a malformed known item cannot pass as an unknown one.
        type: text(`${label} type`)
          .check(z.refine((type) => !names.includes(type), { abort: true, error: `${label} type is not valid.` }))
          .register(z.globalRegistry, { maxLength: LIMITS.text, not: { enum: [...names] } }),
        title: optionalText(`${label} title`),
      }),
    ],
    {
      error: (issue) =>
        isObject(issue.input) ? `${label} needs a type (text).` : `${label} must be an object with a type.`,
    },
  );

// ---- program: tiers, rewards and perks ---------------------------------------------------------------------

/** The first step: the program and its tiers, the largest part of the schema. */
function buildProgram() {
  // Plain unions (parseAccount reports the branch whose `kind` or `type` matched): zod's discriminated union
  // costs more bytes in every browser than it saves in time on a handful of rewards.
  const discount = z.union(
    [
      z.object({ kind: z.literal('fixed'), amount: wholeNumber('A fixed discount amount') }),
      z.object({
        kind: z.literal('percentage'),
        percent: checkedNumber('A percentage discount', 'must be a number.', { exclusiveMinimum: 0, maximum: 100 }, (value) =>
          value <= 0 ? 'must be more than 0.' : value > 100 ? 'must be at most 100.' : undefined),
      }),
      z.object({ kind: z.literal('free_shipping') }),
    ],
    { error: needs('A discount', 'A discount kind must be one of: fixed, percentage, free_shipping.') },
  );

  const entryReward = withUnknownTypes(
    [
      z.object({
        type: z.literal('points'),
        points: wholeNumber('Bonus points'),
        title: optionalText('Reward title'),
      }),
      z.object({
        type: z.literal('coupon'),
        title: text('Coupon reward title'),
        discount,
        expiresAfterDays: z.optional(z.nullable(
          checkedNumber('Coupon validity in days', 'must be a whole number, 1 or more.', { type: 'integer', minimum: 1, maximum: MAX }, (value) =>
            Number.isSafeInteger(value) ? (value < 1 ? 'must be a whole number, 1 or more.' : undefined)
              : Number.isInteger(value) ? 'is too large to be exact.' : 'must be a whole number, 1 or more.'),
        )),
      }),
    ],
    ['points', 'coupon'],
    'An entry reward',
  );

  const perk = withUnknownTypes(
    [
      z.object({
        type: z.literal('points_multiplier'),
        multiplier: checkedNumber('A points multiplier', 'must be a number.', { exclusiveMinimum: 0, maximum: 1000 }, (value) =>
          value <= 0 ? 'must be more than 0.' : value > 1000 ? 'must be at most 1000.' : undefined),
        title: optionalText('Perk title'),
      }),
      z.object({ type: z.literal('birthday_points'), points: wholeNumber('Birthday points'), title: optionalText('Perk title') }),
      z.object({ type: z.literal('free_shipping'), title: optionalText('Perk title') }),
      z.object({ type: z.literal('custom'), title: text('A custom perk title') }),
    ],
    ['points_multiplier', 'birthday_points', 'free_shipping', 'custom'],
    'A perk',
  );

  const entryRewards = listOf(entryReward, 'Entry rewards must be a list.', LIMITS.entryRewardsPerTier);
  const perks = listOf(perk, 'Perks must be a list.', LIMITS.perksPerTier);
  const tier = z.object(
    {
      id: nonEmptyText('Tier id'),
      name: text('Tier name'),
      goal: wholeNumber('Tier goal'),
      // An invalid colour is ignored, not a failure (README, "Reliability and security"): parseAccount keeps only a
      // CSS colour.
      color: z.optional(z.custom().register(z.globalRegistry, { description: 'A CSS colour; any other value (null, a number) is ignored.' })),
      // Loaded by the shopper's browser: https or a path on the store only, like links (README, "Reliability and security").
      image: z.optional(z.nullable(text('Tier image', IMAGE_URL_LENGTH).check(z.refine((url) => url.length <= IMAGE_URL_LENGTH && IMAGE_URL.test(url), { error: 'Tier image must be an https URL or a path on the store, e.g. /images/gold.png.' }), z.meta({ pattern: IMAGE_URL.source })))),
      entryRewards,
      perks,
    },
    { error: 'Each tier must be an object.' },
  );

  const tiers = z.array(tier, { error: needs('Tiers', 'Tiers must be a list.') }).check(
    z.superRefine((list, payload) => {
      if (list.length === 0 || list.length > 20) {
        payload.addIssue({ code: 'custom', input: list, message: list.length === 0 ? 'A program needs at least one tier.' : 'A program has at most 20 tiers.' });
        return;
      }
      const ids = new Map<string, number>();
      const goals = new Map<number, number>();
      list.forEach((t, index) => {
        const sameId = ids.get(t.id);
        if (sameId === undefined) ids.set(t.id, index);
        else payload.addIssue({ code: 'custom', path: [index, 'id'], input: t.id, message: `Tier id "${t.id}" is already used by tier ${sameId}.` });
        const sameGoal = goals.get(t.goal);
        if (sameGoal === undefined) goals.set(t.goal, index);
        else payload.addIssue({ code: 'custom', path: [index, 'goal'], input: t.goal, message: `Tier goal ${t.goal} is already the goal of tier ${sameGoal}; goals must differ.` });
      });
    }),
  ).register(z.globalRegistry, { minItems: 1, maxItems: 20 });

  const program = z.object(
    {
      status: oneOf(PROGRAM_STATES, 'Program status'),
      entryMethod: oneOf(ENTRY_METHODS, 'Entry method'),
      milestone: oneOf(MILESTONES, 'Milestone'),
      startDate: calendarDate('Program start date'),
      settingsSavedAt: optionalInstant('Settings saved time'),
      timeZone: text('Time zone', LIMITS.timeZone).check(
        z.refine(isTimeZone, { error: 'Time zone must be an IANA time zone name, e.g. America/New_York.' }),
      ).register(z.globalRegistry, { maxLength: LIMITS.timeZone, pattern: ZONE_PATTERN }),
      currency: text('Currency').check(
        z.refine(isCurrency, { error: 'Currency must be an ISO 4217 currency code, e.g. USD.' }),
      ).register(z.globalRegistry, { pattern: '^[A-Z]{3}$' }),
      rewardDistribution: oneOf(REWARD_DISTRIBUTIONS, 'Reward distribution'),
      tiers,
    },
    { error: needs('The program', 'The program must be an object.') },
  );
  return { program, entryRewards, perks };
}

// ---- activity ----------------------------------------------------------------------------------------------

/*
 * Activity is the bulk of a document (thousands of orders), so each item is one flat object of plain types plus
 * one check that validates every value in a single pass — the per-field check wrappers used elsewhere cost more
 * than JSON.parse itself at 10,000 orders. The JSON Schema still states each constraint (registered metadata).
 */
const SIGNED = { type: 'integer', minimum: -MAX, maximum: MAX } as const;

const plainNumber = (label: string, problem: string, meta: z.core.GlobalMeta) =>
  z.number({ error: needs(label, `${label} ${problem}`) }).register(z.globalRegistry, meta);
const plainInstant = (label: string) =>
  z.string({ error: needs(label, `${label} ${INSTANT_PROBLEM}`) }).register(z.globalRegistry, { pattern: INSTANT_PATTERN });

/** A whole number that may be absent: `default` is what parseAccount reads then. */
const optionalWhole = (label: string, fallback: number | boolean) =>
  z.optional(plainNumber(label, WHOLE_PROBLEM, WHOLE)).register(z.globalRegistry, { default: fallback });

type Issues = { addIssue(issue: { code: 'custom'; path: PropertyKey[]; input: unknown; message: string }): void };

function checkInstant(value: string, key: string, label: string, payload: Issues): void {
  const problem = instantProblem(value);
  if (problem !== undefined) payload.addIssue({ code: 'custom', path: [key], input: value, message: `${label} ${problem}` });
}

function checkWhole(value: number, key: string, label: string, payload: Issues, signed = false): boolean {
  const problem = wholeProblem(value, signed);
  if (problem === undefined) return true;
  payload.addIssue({ code: 'custom', path: [key], input: value, message: `${label} ${problem}` });
  return false;
}

/** The second step: an activity item and the activity list, the bulk of a document. */
function buildActivity() {
  const order = z
    .object({
      type: z.literal('order'),
      id: text('Order id', LIMITS.id),
      at: plainInstant('Order time'),
      amount: plainNumber('Order amount', WHOLE_PROBLEM, WHOLE),
      // Optional (README "The account document"): no refund is 0, not cancelled is false, no points is 0. The fast
      // path (activity.ts) reads nearly every item, so the optional wrappers cost little.
      refunded: optionalWhole('Refunded amount', 0),
      cancelled: z.optional(z.boolean({ error: 'Cancelled must be true or false.' })).register(z.globalRegistry, { default: false }),
      points: optionalWhole('Order points', 0),
    })
    .check(
      z.superRefine((o, payload) => {
        checkInstant(o.at, 'at', 'Order time', payload);
        const amountOk = checkWhole(o.amount, 'amount', 'Order amount', payload);
        const refunded = o.refunded ?? 0;
        if (checkWhole(refunded, 'refunded', 'Refunded amount', payload) && amountOk && refunded > o.amount) {
          payload.addIssue({ code: 'custom', path: ['refunded'], input: refunded, message: 'Refunded amount must not be greater than the order amount.' });
        }
        checkWhole(o.points ?? 0, 'points', 'Order points', payload);
      }),
    );

  const pointsEvent = z
    .object({
      type: z.literal('points'),
      id: text('Points event id', LIMITS.id),
      at: plainInstant('Points event time'),
      points: plainNumber('Points', 'must be a whole number.', SIGNED),
      source: optionalText('Points source'),
    })
    .check(
      z.superRefine((p, payload) => {
        checkInstant(p.at, 'at', 'Points event time', payload);
        checkWhole(p.points, 'points', 'Points', payload, true);
      }),
    );

  const activity = z.union([order, pointsEvent], {
    error: (issue) =>
      isObject(issue.input) ? 'Activity type must be one of: order, points.' : 'Each activity must be an object.',
  });

  return { item: activity, list: listOf(activity, 'Activity must be a list.', LIMITS.activity) };
}

type GrantsOf = { program: { tiers: readonly { id: string }[] }; grants?: readonly { id: string; tierId: string }[] | undefined };

/** R10: each grant names a tier of the program, and grant ids are distinct (what JSON Schema cannot say). */
function checkGrants(doc: GrantsOf, payload: Issues): void {
  const tierIds = new Set(doc.program.tiers.map((tier) => tier.id));
  const seen = new Map<string, number>();
  (doc.grants ?? []).forEach((grant, index) => {
    if (!tierIds.has(grant.tierId)) {
      payload.addIssue({ code: 'custom', path: ['grants', index, 'tierId'], input: grant.tierId, message: `Grant tier id "${grant.tierId}" is not a tier of the program.` });
    }
    const same = seen.get(grant.id);
    if (same === undefined) seen.set(grant.id, index);
    else payload.addIssue({ code: 'custom', path: ['grants', index, 'id'], input: grant.id, message: `Grant id "${grant.id}" is already used by grant ${same}.` });
  });
}

// ---- customer, coupons and the document ---------------------------------------------------------------------

/** The last step: the customer, coupons, and the document with and without activity. */
function buildDocuments({ program }: ProgramSchemas, { list: activity }: ActivitySchemas) {
  const customer = z.nullable(
    z.object(
      {
        id: nonEmptyText('Customer id'),
        firstName: optionalText('First name'),
        joinedAt: optionalInstant('Join time'),
      },
      { error: 'The customer must be an object, or null for a guest.' },
    ),
  );

  const coupon = z.object(
    {
      id: nonEmptyText('Coupon id'),
      // Shown and copied: no character that hides or reorders text (README "Limits"), checked with the lengths.
      code: nonEmptyText('Coupon code', LIMITS.code, { pattern: `^[^${HIDDEN_CHARACTERS.source.slice(1, HIDDEN_CHARACTERS.source.indexOf(']'))}]*$` }),
      title: text('Coupon title'),
      tierId: z.optional(z.nullable(text('Coupon tier id', LIMITS.id))),
      issuedAt: optionalInstant('Coupon issue time'),
      expiresAt: optionalInstant('Coupon expiry time'),
      usedAt: optionalInstant('Coupon use time'),
    },
    { error: 'Each coupon must be an object.' },
  );

  // R10: a tier given rather than earned. Which tier it names is checked against the program below.
  const grant = z.object(
    {
      id: nonEmptyText('Grant id'),
      tierId: nonEmptyText('Grant tier id'),
      at: instant('Grant time'),
      reason: optionalText('Grant reason'),
      reward: z.boolean({ error: needs('Grant reward', 'Grant reward must be true or false.') }),
    },
    { error: 'Each grant must be an object.' },
  );
  const grants = listOf(grant, 'Grants must be a list.', LIMITS.grants);

  const documentError = { error: 'The account document must be a JSON object.' };
  const version = z.literal(1, { error: needs('Version', 'Version must be 1.') });
  const generatedAt = optionalInstant('Generated time');
  // Absent means the same as null: a guest.
  const optionalCustomer = z.optional(customer).register(z.globalRegistry, { default: null });
  const coupons = listOf(coupon, 'Coupons must be a list.', LIMITS.coupons);

  // The account document (README, "The account document"). Unknown fields are accepted and left out of the result.
  const account = z.object(
    { version, generatedAt, program, customer: optionalCustomer, activity, coupons, grants },
    documentError,
  ).check(z.superRefine(checkGrants));

  // The account document without `activity`, for when parseAccount's fast path has already checked it. Built from
  // the same parts rather than with `z.omit`, which brings a large part of zod's object utilities to the browser.
  const shell = z.object(
    { version, generatedAt, program, customer: optionalCustomer, coupons, grants },
    documentError,
  ).check(z.superRefine(checkGrants));
  return { account, shell, coupon };
}

type ProgramSchemas = ReturnType<typeof buildProgram>;
type ActivitySchemas = ReturnType<typeof buildActivity>;
type DocumentSchemas = ReturnType<typeof buildDocuments>;

// Each part once built: the steps and the getters share them, so nothing is built twice.
let builtProgram: ProgramSchemas | undefined;
let builtActivity: ActivitySchemas | undefined;
let builtDocuments: DocumentSchemas | undefined;

const programSchemas = (): ProgramSchemas => (builtProgram ??= buildProgram());
const activitySchemas = (): ActivitySchemas => (builtActivity ??= buildActivity());
const documentSchemas = (): DocumentSchemas => (builtDocuments ??= buildDocuments(programSchemas(), activitySchemas()));

/**
 * The account document's schema (README, "The account document"), built on first use. Unknown fields are accepted and
 * left out of the result.
 *
 * @example
 * const result = z.safeParse(getAccountSchema(), document); // import * as z from 'zod/mini'
 */
export const getAccountSchema = (): DocumentSchemas['account'] => documentSchemas().account;

/** The account document without `activity` (parseAccount's fast path), built on first use. */
export const getAccountShellSchema = (): DocumentSchemas['shell'] => documentSchemas().shell;

/**
 * The parts parseAccount validates in tasks of their own for a large document: a tier's entry rewards and perks,
 * and one coupon.
 */
export const getListSchemas = () => ({ ...programSchemas(), coupon: documentSchemas().coupon });

/** One activity item (order or points event), for wording the issues of an item the fast path refused. */
export const getActivityItemSchema = (): ActivitySchemas['item'] => activitySchemas().item;

/**
 * The work of the first `getAccountSchema()` as steps, to run one per task: the program and its tiers, the
 * activity, then the customer, coupons and the document. Running them all builds what `getAccountSchema()` would;
 * a step whose part is already built does nothing, and the getter builds whatever no step has built yet.
 *
 * @example
 * for (const step of prepareAccountSchema()) {
 *   await new Promise((resolve) => setTimeout(resolve)); // one step per task
 *   step();
 * }
 */
export function prepareAccountSchema(): Array<() => void> {
  return [programSchemas, activitySchemas, documentSchemas];
}

/** What the account schema outputs: validated, instants still ISO text, nulls not yet removed. */
export type AccountDocument = z.output<DocumentSchemas['account']>;
