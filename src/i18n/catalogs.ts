/**
 * The built-in catalogs (`catalogs/<locale>.json`, two lazy chunks each: the main part and the cart's sentences) and
 * what turns a translator's catalog into messages. A chunk of its own, loaded with the first catalog a page needs: an
 * English page loads none of it.
 */
import { defaultMessages, type Messages } from './messages.js';

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

/**
 * The parts of a catalog (README, "Languages"): `cart` is the messages whose key starts with `cart`, which only
 * `<vip-cart-progress>` shows; `main` is every other one.
 */
export type CatalogPart = 'main' | 'cart';

/**
 * A part of a catalog as a browser loads it (scripts/catalog-module.mjs packs the translator's file): the plural
 * categories its forms are in (space-separated), then the part's messages in English key order, without their keys:
 * a text, one form per category for a plural message, the form with and without the argument for an optional one.
 * `null` is a message or form the file lacks.
 */
export type PackedCatalog = readonly (string | null)[];

/** The keyed catalog of a packed part: the entries of {@link compile}, a message or form it lacks left out. */
export function unpack(packed: PackedCatalog, part: CatalogPart): Catalog {
  const categories = (packed[0] ?? '').split(' ');
  const catalog: Record<string, CatalogEntry> = {};
  let at = 1;
  for (const key of Object.keys(defaultMessages)) {
    if (key.startsWith('cart') !== (part === 'cart')) continue;
    const names = (placeholders as Record<string, string | undefined>)[key]?.split(' ') ?? [];
    const optional = names.find((name) => name.endsWith('?'));
    const forms = names.includes('plural') ? categories : optional ? [optional.slice(0, -1), 'other'] : undefined;
    if (!forms) {
      const text = packed[at++];
      if (typeof text === 'string') catalog[key] = text;
      continue;
    }
    const entry: Record<string, string> = {};
    for (const form of forms) {
      const text = packed[at++];
      if (typeof text === 'string') entry[form] = text;
    }
    if (Object.keys(entry).length > 0) catalog[key] = entry;
  }
  return catalog;
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

type Loader = () => Promise<{ readonly default: PackedCatalog }>;

const loaders: Readonly<Record<string, Readonly<Record<CatalogPart, Loader>>>> = {
  ar: { main: () => import('./catalogs/ar.json?main'), cart: () => import('./catalogs/ar.json?cart') },
  da: { main: () => import('./catalogs/da.json?main'), cart: () => import('./catalogs/da.json?cart') },
  de: { main: () => import('./catalogs/de.json?main'), cart: () => import('./catalogs/de.json?cart') },
  es: { main: () => import('./catalogs/es.json?main'), cart: () => import('./catalogs/es.json?cart') },
  fr: { main: () => import('./catalogs/fr.json?main'), cart: () => import('./catalogs/fr.json?cart') },
  he: { main: () => import('./catalogs/he.json?main'), cart: () => import('./catalogs/he.json?cart') },
  it: { main: () => import('./catalogs/it.json?main'), cart: () => import('./catalogs/it.json?cart') },
  ja: { main: () => import('./catalogs/ja.json?main'), cart: () => import('./catalogs/ja.json?cart') },
  ko: { main: () => import('./catalogs/ko.json?main'), cart: () => import('./catalogs/ko.json?cart') },
  nl: { main: () => import('./catalogs/nl.json?main'), cart: () => import('./catalogs/nl.json?cart') },
  pl: { main: () => import('./catalogs/pl.json?main'), cart: () => import('./catalogs/pl.json?cart') },
  'pt-BR': { main: () => import('./catalogs/pt-BR.json?main'), cart: () => import('./catalogs/pt-BR.json?cart') },
  'pt-PT': { main: () => import('./catalogs/pt-PT.json?main'), cart: () => import('./catalogs/pt-PT.json?cart') },
  sv: { main: () => import('./catalogs/sv.json?main'), cart: () => import('./catalogs/sv.json?cart') },
  'zh-CN': { main: () => import('./catalogs/zh-CN.json?main'), cart: () => import('./catalogs/zh-CN.json?cart') },
  'zh-TW': { main: () => import('./catalogs/zh-TW.json?main'), cart: () => import('./catalogs/zh-TW.json?cart') },
};

/** The ids of the built-in catalogs besides English. */
export const catalogIds = (): string[] => Object.keys(loaders);

/** The messages of a part of the built-in catalog `id` (none for an id without one). */
export async function loadCatalog(id: string, part: CatalogPart = 'main'): Promise<Partial<Messages>> {
  const load = loaders[id]?.[part];
  return load ? compile(unpack((await load()).default, part)) : {};
}
