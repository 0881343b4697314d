// The byte budgets of the README's "Performance" (and, where this version is over them, ceilings at its sizes), checked on the built dist/ (run `npm run build` first; `npm test` does).
// Bytes are deterministic, so they are asserted here; timings are only reported by `npm run bench`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { budgets, distDir, importGraph, languageChunks, lazyChunkFor, registers, sizeOf, widgetBytes } from '../../scripts/dist-sizes.mjs';

assert.ok(existsSync(join(distDir, 'vip-tiers.js')), 'dist/vip-tiers.js is missing: run `npm run build` first');
const bytes = widgetBytes();
/** Sizes of this version plus about 1 % (a few small fixes' worth): a ratchet, lowered as the code shrinks. */
// The account block's sections, ladder and guest panel (2.9 kB), the rolling milestone, the tier history and their
// messages (1.7 kB), and the cart element's chunk (2 kB, everything only), the popup's panel, deep links, contrast and the remembered size (1 kB, 1.9 kB in all).
// Languages added about 560 B to the account path. The catalogs chunk (loaders, unpacking, compiler and placeholder
// table) is held at its size plus about 1 %; it grew by 376 B when the catalogs were packed and split in two parts
// (a loader and a hashed file name per part, and the unpacking), which brought every catalog within its budget.
// The block's later sections and their pieces left its first download (−2.5 kB) for a chunk of their own, loaded while
// the first stages show; as separate files they compress about 1.2 kB worse, in full and in everything.
// Chunk names carry content hashes, which brotli cannot shrink: changing one character of one catalog moved the first
// stages by up to 30 B and everything by up to 66 B, the code unchanged. So the three ceilings sit 100 B above the
// sizes measured (27,814 / 31,499 / 47,673 before the Intl worker). The loader's Intl worker added 444 B to each
// (28,258 / 31,943 / 48,117): the price of Intl's first uses off the main thread (README, "Performance"). Measuring
// the tier colours and starting the later sections' imports in tasks of their own, not in the status's first render,
// added 84 B (28,342 / 32,018 / 48,227). Long lists rendered as their rows near the viewport (staged.ts, `isLong`) added
// up to 121 B (28,388 / 32,139 / 48,308). The engine's throughput work (the breakdown's dates per period frame, day
// starts by day number, the last zone kept) added up to 61 B (28,421 / 32,200 / 48,304); the cart element shares the
// engine's instant reading (about 1,950 B of its 2,000 B). The ceilings stay where a frame-later popup opening, since
// reverted, had them (28,468 / 32,237 / 48,392 plus 100 B). V8's compile hint on the shared chunk (29 B raw) and the
// loader's requests after the page's first frame (39 B brotli) brought them to 28,519 / 32,284 / 48,469. The host
// holding its space by its own min-block-size while the stages show (the size the skeleton had, a theme's minimum
// included), so lifting it restyles the host alone, added up to 154 B (28,673 / 32,424 / 48,587): the ceilings are
// those plus about 95 B. The popup opening as a popover with its own backdrop, focus kept inside by the launcher and
// its panel chunk (Escape wherever focus is, the system's close request, a launcher removed while open), not as a
// native modal that restyles the whole page, added 682 B to everything (49,286). V8's compile hint on the loader added
// 29 B raw and 8 B brotli to each (28,691 / 32,447 / 49,282). The loader starting in a frame callback where it runs
// as the page's parse ends added 49 B (28,763 / 32,519 / 49,354): the ceilings are those plus about 65 B. Decoding
// the account document's body a step per task, not in `response.text()`'s one task, added 18 B (28,783 / 32,534 /
// 49,366).
const ceilings = { accountBrotli: 28_830, accountInFullBrotli: 32_580, everythingBrotli: 49_420, catalogsBrotli: 1_356 };

describe('bytes a storefront downloads', () => {
  it('keeps the script-tag entry within Shopify theme-check limit of 10,000 raw bytes', () => {
    assert.ok(bytes.loader.raw <= budgets.loaderRaw, `dist/vip-tiers.js is ${bytes.loader.raw} bytes`);
  });

  it('keeps the script-tag entry within 3,000 bytes brotli', () => {
    assert.ok(bytes.loader.brotli <= budgets.loaderBrotli, `dist/vip-tiers.js is ${bytes.loader.brotli} bytes brotli`);
  });

  // The README's "Performance" budgets are ≤ 18,000 (account block) and ≤ 26,000 (everything) bytes brotli; this version is over both
  // (`npm run bench` reports the figures against those budgets and fails). Until the code fits, these ceilings hold
  // the measured sizes of this version, so any growth fails here while the bench keeps the real budget in view.
  it(`renders an account block with at most ${ceilings.accountBrotli.toLocaleString('en')} bytes brotli in all (budget ${budgets.accountBrotli.toLocaleString('en')})`, () => {
    assert.ok(
      bytes.account.brotli <= ceilings.accountBrotli,
      `${bytes.account.brotli} bytes brotli in ${bytes.account.files.join(', ')}`,
    );
  });

  it(`loads the account block's later sections, at most ${ceilings.accountInFullBrotli.toLocaleString('en')} bytes brotli in all, after its first download`, () => {
    assert.ok(
      bytes.accountInFull.brotli <= ceilings.accountInFullBrotli,
      `${bytes.accountInFull.brotli} bytes brotli in ${bytes.accountInFull.files.join(', ')}`,
    );
    for (const tag of ['vip-tier-rewards', 'vip-coupons', 'vip-tier-list', 'vip-tier-history']) {
      assert.ok(!bytes.account.files.some((file) => registers(file, tag)), `<${tag}> is registered in the first download`);
      assert.equal(bytes.accountInFull.files.filter((file) => registers(file, tag)).length, 1, `<${tag}> is not registered once in full`);
    }
    for (const tag of ['vip-tier-badge', 'vip-tier-progress']) {
      assert.ok(bytes.account.files.some((file) => registers(file, tag)), `<${tag}> is not in the first download`);
    }
  });

  it(`loads at most ${ceilings.everythingBrotli.toLocaleString('en')} bytes brotli with the popup and every element (budget ${budgets.everythingBrotli.toLocaleString('en')})`, () => {
    assert.ok(
      bytes.everything.brotli <= ceilings.everythingBrotli,
      `${bytes.everything.brotli} bytes brotli in ${bytes.everything.files.join(', ')}`,
    );
  });

  it('loads <vip-cart-progress> with at most 2,000 bytes brotli beyond the chunks every element shares', () => {
    const own = importGraph(lazyChunkFor('vip-cart-progress')).filter((file) => !bytes.account.files.includes(file));
    const size = sizeOf(own).brotli;
    assert.ok(size <= 2_000, `${size} bytes brotli in ${own.join(', ')}`);
  });

  it('keeps zod out of what a page with a valid document loads: the schema chunk comes only for a refused one', () => {
    const withZod = (files) => files.filter((file) => /\b_zod\b/.test(readFileSync(join(distDir, file), 'utf8')));
    assert.deepEqual(withZod(bytes.account.files), []);
    const schemaChunks = withZod(bytes.everything.files);
    assert.equal(schemaChunks.length, 1, `zod is in ${schemaChunks.join(', ') || 'no chunk'}`);
    assert.ok(!bytes.account.files.includes(schemaChunks[0]));
  });

  it("ships zod's JSON-Schema metadata to no browser: it stays in the Node build the JSON Schema is made from", () => {
    // A description and a pattern of src/engine/schema.ts, as the minifier leaves them.
    const metadata = /A CSS colour; any other value|maxLength|19\[7-9\]\[0-9\]/;
    for (const file of bytes.everything.files) assert.doesNotMatch(readFileSync(join(distDir, file), 'utf8'), metadata, file);
    assert.match(readFileSync(join(distDir, 'engine.js'), 'utf8'), metadata);
  });

  it('keeps element code out of the script-tag entry and fetches it only through import()', () => {
    const loader = readFileSync(join(distDir, 'vip-tiers.js'), 'utf8');
    assert.doesNotMatch(loader, /(?:^|[;}])\s*import\s*[^(\s]/, 'the loader imports something statically');
    assert.doesNotMatch(loader, /LitElement|_\$litElement\$/);
    const providers = ['vip-account', 'vip-launcher', 'vip-program'].map((tag) => lazyChunkFor(tag));
    assert.equal(new Set(providers).size, 3, 'each provider has its own chunk');
  });

  it('downloads the pieces and Lit once for a page with both an account block and a custom layout', () => {
    const programGraph = new Set(importGraph(lazyChunkFor('vip-program')));
    const shared = bytes.accountInFull.files.filter((file) => programGraph.has(file));
    assert.ok(shared.some((file) => /_\$litElement\$/.test(readFileSync(join(distDir, file), 'utf8'))), 'Lit is not shared');
    for (const tag of ['vip-tier-badge', 'vip-tier-progress', 'vip-tier-rewards', 'vip-coupons', 'vip-tier-list']) {
      const registering = bytes.everything.files.filter((file) => registers(file, tag));
      assert.equal(registering.length, 1, `<${tag}> is registered in ${registering.join(', ') || 'no chunk'}`);
      assert.ok(shared.includes(registering[0]), `<${tag}> is registered outside the shared chunks`);
    }
  });

  it("marks the loader and the shared chunk, and only them, for V8's eager compilation on their first line", () => {
    // Every browser file of dist/, entries and chunks, not only those the loader reaches.
    const browserFiles = readdirSync(distDir, { recursive: true }).map(String)
      .filter((file) => file.endsWith('.js') && !file.startsWith('node-chunks') && !['node.js', 'cli.js'].includes(file));
    const hinted = browserFiles.filter((file) => readFileSync(join(distDir, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'));
    const shared = hinted.filter((file) => file !== 'vip-tiers.js');
    assert.ok(hinted.includes('vip-tiers.js'), `hinted: ${hinted.join(', ') || 'none'}`);
    assert.equal(shared.length, 1, `hinted: ${hinted.join(', ')}`);
    assert.match(readFileSync(join(distDir, shared[0]), 'utf8'), /_\$litElement\$/, `${shared[0]} is not the shared chunk`);
    assert.ok(bytes.account.files.includes(shared[0].replaceAll('\\', '/')));
  });

  it('keeps the popup content out of what a page with only the launcher loads up front', () => {
    const launcherGraph = new Set(importGraph(lazyChunkFor('vip-launcher')));
    const pieces = bytes.everything.files.find((file) => registers(file, 'vip-tier-progress'));
    assert.ok(pieces, 'no chunk registers the pieces');
    const later = importGraph(pieces).filter((file) => !launcherGraph.has(file));
    // The registrations and the pieces' classes themselves arrive with the popup, not with the button.
    assert.ok(later.includes(pieces) && later.length >= 2, `only ${later.join(', ')} wait for the popup`);
  });
});

describe('bytes of the languages', () => {
  const { catalogs, locales } = languageChunks();

  const languages = ['ar', 'da', 'de', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'nl', 'pl', 'pt-BR', 'pt-PT', 'sv', 'zh-CN', 'zh-TW'];

  it('has two chunks per built-in language besides English: the main part and the cart part', () => {
    assert.deepEqual(
      locales.map((locale) => locale.id).sort(),
      languages.flatMap((id) => [id, `${id} cart`]).sort(),
    );
    for (const locale of locales) assert.equal(locale.id, locale.part === 'cart' ? `${locale.catalog} cart` : locale.catalog);
  });

  it('puts the cart sentences in the cart part only', () => {
    for (const locale of locales.filter(({ catalog }) => catalog === 'fr' || catalog === 'de')) {
      const code = readFileSync(join(distDir, locale.file), 'utf8');
      const cartSentence = /cette commande|dieser Bestellung/i;
      if (locale.part === 'cart') assert.match(code, cartSentence, locale.file);
      else assert.doesNotMatch(code, cartSentence, locale.file);
    }
  });

  for (const locale of locales) {
    it(`keeps the ${locale.id} catalog within ${budgets.localeBrotli.toLocaleString('en')} bytes brotli`, () => {
      assert.ok(locale.brotli <= budgets.localeBrotli, `${locale.file} is ${locale.brotli} bytes brotli`);
    });
  }

  it(`keeps the catalog loader and compiler within ${ceilings.catalogsBrotli} bytes brotli`, () => {
    assert.ok(catalogs.brotli <= ceilings.catalogsBrotli, `${catalogs.files[0]} is ${catalogs.brotli} bytes brotli`);
  });

  it('loads no language chunk and no translation on an English page', () => {
    const language = new Set([...catalogs.files, ...locales.map((locale) => locale.file)]);
    for (const file of bytes.everything.files) {
      assert.ok(!language.has(file), `${file} is loaded on an English page`);
      assert.doesNotMatch(readFileSync(join(distDir, file), 'utf8'), /Kopieren|Bonuspunkte|ポイント/, `${file} carries a translation`);
    }
    // The reader's one static import is the shared chunk (English messages), which every element has loaded already.
    const beyondElements = importGraph(catalogs.files[0]).filter((file) => !bytes.account.files.includes(file));
    assert.deepEqual(beyondElements, catalogs.files, 'the catalogs chunk imports something else statically');
  });
});
