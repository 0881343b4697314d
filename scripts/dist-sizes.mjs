// Byte sizes of the built script-tag entry and the chunks it loads, shared by test/node and bench/run.mjs.
// Each file travels compressed on its own, so the size of a set of files is the sum of its files' sizes.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const distDir = resolve(import.meta.dirname ?? dirname(new URL(import.meta.url).pathname), '../dist');

/** Raw, gzip (level 9) and brotli (quality 11, text mode) bytes of one buffer. */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

// ES output puts static imports and re-exports at statement starts: `import{a as b}from"./x.js"`,
// `import"./x.js"`, `export{a}from"./x.js"`. A dynamic `import("./x.js")` has a parenthesis instead.
const staticImport = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$\s{},*]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const dynamicImport = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

function importsOf(file, pattern) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((match) => resolve(dirname(file), match[1]));
}

/**
 * Files a browser downloads for `entry` (a path inside dist/): the entry and everything it imports statically,
 * transitively; with `dynamic`, also every chunk it may import later.
 */
export function importGraph(entry, { dynamic = false, dir = distDir } = {}) {
  const seen = new Set();
  const pending = [resolve(dir, entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...importsOf(file, staticImport));
    if (dynamic) pending.push(...importsOf(file, dynamicImport));
  }
  return [...seen].map((file) => relative(dir, file)).sort();
}

/** The chunks `entry` imports with `import()` (not their own dependencies). */
export function dynamicImportsOf(entry, dir = distDir) {
  return importsOf(resolve(dir, entry), dynamicImport).map((file) => relative(dir, file)).sort();
}

/** Summed raw, gzip and brotli bytes of files inside `dir` (dist/ by default). */
export function sizeOf(files, dir = distDir) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const sizes = compressedSizes(readFileSync(join(dir, file)));
    total.raw += sizes.raw;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}

/** Every JavaScript file of the build (entries and chunks), without the type declarations. */
export function allScripts(dir = distDir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && !file.startsWith('types'))
    .sort();
}

/** Whether a built file registers `tag`: `defineElement("tag", …)`, or its inlined `customElements.define("tag", …)`. */
export function registers(file, tag, dir = distDir) {
  return new RegExp(`\\(["'\`]${tag}["'\`],`).test(readFileSync(join(dir, file), 'utf8'));
}

/** The chunk the loader imports to register `tag` (the loader also starts that chunk's own imports at once). */
export function lazyChunkFor(tag, dir = distDir) {
  const chunk = dynamicImportsOf('vip-tiers.js', dir).find((file) => registers(file, tag, dir));
  if (!chunk) throw new Error(`dist/vip-tiers.js imports no chunk that registers <${tag}>`);
  return chunk;
}

/**
 * The language chunks (README, "Languages"): `catalogs` is the chunk a page in any language but English loads first
 * (the catalog reader: loaders, unpacking and compiler), `locales` each catalog part's chunk: `ar` the main part of
 * the catalog `ar`, `ar cart` its cart part (only `<vip-cart-progress>` loads it). A page loads at most one catalog's.
 */
export function languageChunks(dir = distDir) {
  const catalogs = allScripts(dir).find((file) => /^chunks\/catalogs-[\w-]{8}\.js$/.test(file.replaceAll('\\', '/')));
  if (!catalogs) throw new Error('dist/ has no chunks/catalogs-*.js');
  const locales = dynamicImportsOf(catalogs, dir).map((file) => {
    const [, catalog = '', cart] = /^chunks\/(.+?)(-cart)?-[\w-]{8}\.js$/.exec(file.replaceAll('\\', '/')) ?? [];
    const part = cart ? 'cart' : 'main';
    return { id: cart ? `${catalog} cart` : catalog, catalog, part, file, ...sizeOf([file], dir) };
  }).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { catalogs: { files: [catalogs], ...sizeOf([catalogs], dir) }, locales };
}

/** Chunks a page loads only in some cases: the schema for a refused document, the stepwise JSON reader, languages. */
const occasional = /^chunks\/(?:schema|parse|json-steps|catalogs)-[\w-]{8}\.js$/;

/**
 * The byte figures of the README's "Performance". `account` is the loader plus the chunk registering `<vip-account>`
 * and its static imports: the block's first download, all its first stages need. `accountInFull` adds what the block
 * imports while those show (its later sections and their pieces), without the occasional chunks. `everything` is all
 * the loader can ever load (every lazy chunk, the popup's included) on an English page: without the language chunks,
 * which {@link languageChunks} reports.
 */
export function widgetBytes(dir = distDir) {
  const loader = 'vip-tiers.js';
  const accountFiles = [...new Set([loader, ...importGraph(lazyChunkFor('vip-account', dir), { dir })])].sort();
  // The loader's own import() calls are the other tags' chunks.
  const later = accountFiles.filter((file) => file !== loader).flatMap((file) => dynamicImportsOf(file, dir)).filter((file) => !occasional.test(file.replaceAll('\\', '/')));
  const inFullFiles = [...new Set([...accountFiles, ...later.flatMap((file) => importGraph(file, { dir }))])].sort();
  const languages = languageChunks(dir);
  const languageFiles = new Set([...languages.catalogs.files, ...languages.locales.map((locale) => locale.file)]);
  const everythingFiles = importGraph(loader, { dynamic: true, dir }).filter((file) => !languageFiles.has(file));
  return {
    loader: { files: [loader], ...sizeOf([loader], dir) },
    account: { files: accountFiles, ...sizeOf(accountFiles, dir) },
    accountInFull: { files: inFullFiles, ...sizeOf(inFullFiles, dir) },
    everything: { files: everythingFiles, ...sizeOf(everythingFiles, dir) },
  };
}

export const budgets = {
  loaderRaw: 10_000,
  loaderBrotli: 3_000,
  /** Each language's catalog chunks, its main part and its cart part (README, "Languages"). */
  localeBrotli: 1_500,
  accountBrotli: 18_000,
  everythingBrotli: 26_000,
};
