// What a browser loads for a translator's catalog (README, "Languages"): src/i18n/catalogs/<id>.json stays the keyed
// file translators edit; the build (vite.config.ts), the demo's dev server (demo/vite.config.ts) and the test runner
// (web-test-runner.config.mjs) serve it packed, as `export default [categories, ...forms]`. The keys are left out
// (the browser has them: `Object.keys(defaultMessages)` of the part, in English key order), plural forms follow in
// the order of the categories the first item names, and the cart's sentences are a part of their own that only
// `<vip-cart-progress>` loads. src/i18n/catalogs.ts `unpack()` is the reverse.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The parts of a catalog: `main`, everything but the cart's sentences; `cart`, the messages whose key starts with `cart`. */
export const catalogParts = ['main', 'cart'];

/** Whether the message `key` is in `part`. */
export const inPart = (key, part) => key.startsWith('cart') === (part === 'cart');

/** The CLDR plural categories in the order a packed catalog lists them. */
const canonical = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The module text of one part of a catalog: `export default [categories, ...forms]`. `categories` names the plural
 * categories the file uses, space-separated, in canonical order. Then, for each English key of the part in en.json's
 * order: a text message's text; a plural message's forms, one per category, in that order; an optional-argument
 * message's form with the argument, then without it. A message the file lacks, or a form, is `null` (English is
 * shown instead). Flat rather than an array per message: the smallest of the encodings tried, once compressed.
 * @example catalogModule('{"copy":"Copier"}', englishText, 'main') // 'export default ["",null,null,…,"Copier",…]'
 */
export function catalogModule(text, englishText, part) {
  if (!catalogParts.includes(part)) throw new Error(`catalog part "${part}": expected ${catalogParts.join(' or ')}`);
  const catalog = JSON.parse(text);
  const english = JSON.parse(englishText);
  const keys = Object.keys(english).filter((key) => inPart(key, part));
  const plural = (key) => typeof english[key] === 'object' && 'one' in english[key];
  const used = new Set(keys.filter(plural).flatMap((key) => Object.keys(catalog[key] ?? {})));
  const categories = canonical.filter((category) => used.has(category));
  const unknown = [...used].filter((category) => !canonical.includes(category));
  if (unknown.length > 0) throw new Error(`catalog: ${unknown.join(', ')} is not a plural category`);
  const entries = keys.flatMap((key) => {
    const entry = catalog[key] ?? {};
    if (typeof english[key] === 'string') return [typeof entry === 'string' ? entry : null];
    const forms = plural(key) ? categories : [Object.keys(english[key]).find((form) => form !== 'other'), 'other'];
    // A text where English has forms (a catalog `npm run i18n` reports) serves as every form.
    return forms.map((form) => (typeof entry === 'string' ? entry : entry[form] ?? null));
  });
  return `export default ${JSON.stringify([categories.join(' '), ...entries])};\n`;
}

const catalogsDir = fileURLToPath(new URL('../src/i18n/catalogs/', import.meta.url));
/**
 * `<dir>/<id>.json?main` or `?cart`: a packed part of the catalog `id` (English has none: it is built in). Vite's dev
 * server adds `import` to the query (`?import&main`).
 */
const partRequest = /[\\/]src[\\/]i18n[\\/]catalogs[\\/]([\w-]+)\.json\?(?:[\w=]*&)*(main|cart)(?:&|$)/;

/** The id and part of a request for a packed catalog part, or undefined for any other. */
export function catalogPartOf(path) {
  const match = partRequest.exec(path);
  return match && match[1] !== 'en' ? { id: match[1], part: match[2] } : undefined;
}

/** The module of a part of the catalog `id`, from the files translators edit. */
export function catalogPartModule(id, part) {
  const read = (name) => readFileSync(`${catalogsDir}${name}.json`, 'utf8');
  return catalogModule(read(id), read('en'), part);
}

/**
 * For Vite (build and dev server): `import('./catalogs/<id>.json?main')` and `?cart` load the packed part. A plain
 * `.json` import stays Vite's keyed JSON (the tests and scripts that check the files read them so).
 */
export function catalogModulesPlugin() {
  return {
    name: 'vip-tiers:catalog-modules',
    enforce: 'pre',
    load(id) {
      const request = catalogPartOf(id);
      if (!request) return undefined;
      this.addWatchFile?.(`${catalogsDir}${request.id}.json`);
      this.addWatchFile?.(`${catalogsDir}en.json`);
      return { code: catalogPartModule(request.id, request.part), moduleType: 'js', map: null };
    },
  };
}
