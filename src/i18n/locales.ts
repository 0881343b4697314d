/**
 * Which messages, Intl locale and direction a resolved BCP 47 tag gets (README, "Languages"). English is built in;
 * every other language is a catalog of its own (`catalogs/<id>.json`), imported the first time an element needs it,
 * in parts: the main part for every element, the cart's sentences only for `<vip-cart-progress>`.
 */
import type { CatalogPart } from './catalogs.js';
import type { Messages } from './messages.js';

type Loaded = Partial<Messages>;

/**
 * The languages with a built-in catalog besides English (the catalog ids of catalogs.ts, where a test holds them):
 * their code waits in a chunk of its own, so an English page carries only this list.
 */
const catalogLanguages = /^(ar|da|de|es|fr|he|it|ja|ko|nl|pl|sv)$/;

/** The compiled parts loaded so far, by catalog id and part (`fr main`, `fr cart`). */
const loaded = new Map<string, Loaded>();
const loading = new Map<string, Promise<void>>();

/** Merchant messages per locale (`setMessages('fr', …)`), keyed by canonical tag. */
export const localeOverrides = new Map<string, Partial<Messages>>();

/**
 * The built-in catalog of a tag: its language's, or the nearest one for Portuguese (Brazil, else Portugal's) and
 * Chinese (Traditional script: zh-TW, else zh-CN); `en` for a language without one, never a neighbour's.
 * @example catalogOf('de-AT') // 'de'
 * @example catalogOf('zh-HK') // 'zh-TW'
 * @example catalogOf('nb') // 'en'
 */
export function catalogOf(tag: string): string {
  const locale = new Intl.Locale(tag);
  const { language } = locale;
  if (language === 'pt') return locale.maximize().region === 'BR' ? 'pt-BR' : 'pt-PT';
  if (language === 'zh') return locale.maximize().script === 'Hant' ? 'zh-TW' : 'zh-CN';
  return catalogLanguages.test(language) ? language : 'en';
}

/** Languages written right to left. */
const rtl = /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)$/;

/** What an element shows for a resolved tag. */
export interface LocaleChoice {
  /** The Intl locale of numbers, money, dates and plurals: the tag when its messages are in its language, else `en`. */
  readonly locale: string;
  /** The built-in catalog (`en` for English). */
  readonly catalog: string;
  /** Override keys that apply, least specific first: the catalog, the language, the (canonical) tag. */
  readonly keys: readonly string[];
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The messages, Intl locale and direction for a resolved tag. A language without a catalog (and without the merchant's
 * own messages for it) is shown in English, so its numbers and dates are English too: a sentence never mixes two.
 */
export function chooseLocale(tag: string): LocaleChoice {
  const catalog = catalogOf(tag);
  const language = new Intl.Locale(tag).language;
  const own = catalog !== 'en' || language === 'en' || localeOverrides.has(language) || localeOverrides.has(tag);
  const locale = own ? tag : 'en';
  return {
    locale,
    catalog,
    keys: [catalog, language, tag],
    dir: own && rtl.test(language) ? 'rtl' : 'ltr',
  };
}

/**
 * The compiled built-in messages of a catalog: the parts loaded so far, merged (an empty set for English or a catalog
 * that failed).
 */
export function catalogMessages(catalog: string): Loaded {
  const main = loaded.get(`${catalog} main`) ?? {};
  const cart = loaded.get(`${catalog} cart`);
  return cart ? { ...main, ...cart } : main;
}

/** Starts loading a part of a catalog; a promise while it is on its way, undefined once it is here. */
function partPending(catalog: string, part: CatalogPart): Promise<void> | undefined {
  const id = `${catalog} ${part}`;
  if (catalog === 'en' || loaded.has(id)) return undefined;
  let pending = loading.get(id);
  if (!pending) {
    pending = import('./catalogs.js').then(({ loadCatalog }) => loadCatalog(catalog, part)).then(
      (messages) => void loaded.set(id, messages),
      () => void loaded.set(id, {}),
    );
    loading.set(id, pending);
  }
  return pending;
}

/**
 * Starts loading a catalog's main part, and its cart part `withCart`; a promise while either is on its way,
 * undefined once both are here. A part that fails to load (offline) is shown in English rather than held forever.
 */
export function catalogPending(catalog: string, withCart = false): Promise<void> | undefined {
  const main = partPending(catalog, 'main');
  const cart = withCart ? partPending(catalog, 'cart') : undefined;
  return main && cart ? Promise.all([main, cart]).then(() => undefined) : (main ?? cart);
}
