/**
 * The built-in catalogs (`catalogs/<locale>.json`, one lazy chunk each) and what turns a translator's catalog into
 * messages. A chunk of its own, loaded with the first catalog a page needs: an English page loads none of it.
 */
import type { Messages } from './messages.js';

/** A message in a catalog: a text with `{name}` placeholders, or its forms keyed by plural category (or by `other`). */
export type CatalogEntry = string | Readonly<Record<string, string>>;
export type Catalog = Readonly<Record<string, CatalogEntry>>;

type MessageFunctions = { [K in keyof Messages as Messages[K] extends string ? never : K]: string };

/**
 * The placeholder names of each message's arguments, in the order of the English function's parameters. `plural`
 * is the count's plural category: the entry's forms are keyed by it. A name ending in `?` is an argument that may be
 * absent: the entry has a form named after it and an `other` form for when it is absent.
 */
export const placeholders: MessageFunctions = {
  validUntil: 'date',
  toNext: 'more tier date?',
  progressTo: 'tier',
  keep: 'goal date tier year',
  spend: 'amount',
  earn: 'points',
  place: 'orders',
  points: 'count plural',
  orders: 'count plural',
  bonusPoints: 'count plural',
  couponReward: 'discount validity?',
  amountOff: 'amount',
  percentOff: 'percent',
  validFor: 'count plural',
  multiplier: 'factor',
  birthdayPoints: 'count plural',
  rewardsOf: 'tier',
  expiresIn: 'count plural',
  greeting: 'firstName',
  spendMore: 'amount',
  earnMore: 'count plural',
  placeMore: 'count plural',
  totalOf: 'total goal',
  totalOfThisYear: 'total goal',
  totalOfRolling: 'total goal',
  totalThisYear: 'total',
  totalRolling: 'total',
  unlocks: 'tier list',
  countedSince: 'total date orders?',
  notCounted: 'list',
  cancelledOrders: 'count plural',
  refundedAmount: 'amount',
  refundedOrders: 'count plural',
  reachedOn: 'tier date',
  received: 'reward date',
  pastCoupons: 'count',
  toGo: 'amount',
  howStart: 'date',
  pitch: 'tier perk',
  keepRolling: 'goal date tier',
  cartReaches: 'tier',
  cartAddToReach: 'amount tier',
  cartOrdersToward: 'tier count plural',
  cartPointsToward: 'tier points',
  cartTopTier: 'tier',
  historyReached: 'tier date',
  historyGranted: 'tier date',
  historyExpired: 'tier date to',
  historyExpiredNone: 'tier date',
};

/** The form of `entry` for these arguments: by plural category, or by whether the optional argument is given. */
function formOf(entry: CatalogEntry, names: readonly string[], args: readonly (string | undefined)[]): string {
  if (typeof entry === 'string') return entry;
  const at = names.findIndex((name) => name === 'plural' || name.endsWith('?'));
  const name = names[at] ?? '';
  const arg = args[at];
  const key = name === 'plural' ? arg : arg === undefined ? 'other' : name.slice(0, -1);
  return entry[key ?? 'other'] ?? entry.other ?? '';
}

/** The messages of a catalog, as functions of the same arguments as the English ones. */
export function compile(catalog: Catalog): Partial<Messages> {
  const messages: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(catalog)) {
    const signature = (placeholders as Record<string, string | undefined>)[key];
    if (signature === undefined) {
      messages[key] = formOf(entry, [], []);
      continue;
    }
    const names = signature.split(' ');
    const plain = names.map((name) => name.replace('?', ''));
    messages[key] = (...args: (string | undefined)[]): string =>
      formOf(entry, names, args).replace(/\{(\w+)\}/g, (whole, name: string) => args[plain.indexOf(name)] ?? whole);
  }
  return messages as Partial<Messages>;
}

type Json = Promise<{ default: unknown }>;

const loaders: Readonly<Record<string, () => Json>> = {
  ar: () => import('./catalogs/ar.json'),
  da: () => import('./catalogs/da.json'),
  de: () => import('./catalogs/de.json'),
  es: () => import('./catalogs/es.json'),
  fr: () => import('./catalogs/fr.json'),
  he: () => import('./catalogs/he.json'),
  it: () => import('./catalogs/it.json'),
  ja: () => import('./catalogs/ja.json'),
  ko: () => import('./catalogs/ko.json'),
  nl: () => import('./catalogs/nl.json'),
  pl: () => import('./catalogs/pl.json'),
  'pt-BR': () => import('./catalogs/pt-BR.json'),
  'pt-PT': () => import('./catalogs/pt-PT.json'),
  sv: () => import('./catalogs/sv.json'),
  'zh-CN': () => import('./catalogs/zh-CN.json'),
  'zh-TW': () => import('./catalogs/zh-TW.json'),
};

/** The ids of the built-in catalogs besides English. */
export const catalogIds = (): string[] => Object.keys(loaders);

/** The messages of the built-in catalog `id` (none for an id without one). */
export async function loadCatalog(id: string): Promise<Partial<Messages>> {
  const load = loaders[id];
  return load ? compile((await load()).default as Catalog) : {};
}
