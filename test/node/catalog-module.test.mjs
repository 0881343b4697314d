// The packed catalogs a browser loads (README, "Languages"; scripts/catalog-module.mjs) against the keyed files
// translators edit: for every catalog, both parts packed and then unpacked and compiled by the browser's code
// (src/i18n/catalogs.ts) give the same messages as compiling the keyed file, for every message, with sample arguments,
// in every plural category and with and without an optional argument. Needs no build.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { catalogModule, catalogPartModule, catalogPartOf, catalogParts } from '../../scripts/catalog-module.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, 'src/i18n/catalogs');
const load = async (path) => (await runnerImport(join(root, path), { configFile: false })).module;
const { compile, unpack, placeholders } = await load('src/i18n/catalogs.ts');
const { defaultMessages } = await load('src/i18n/messages.ts');

const englishText = readFileSync(join(dir, 'en.json'), 'utf8');
const ids = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'en.json').map((name) => name.slice(0, -5));
const categories = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The array a packed module exports. */
const packedOf = (moduleText) => {
  const match = /^export default (\[.*\]);\n$/s.exec(moduleText);
  assert.ok(match, `not a packed module: ${moduleText.slice(0, 80)}`);
  return JSON.parse(match[1]);
};

/** The messages of a catalog text as the browser gets them: each part packed, unpacked and compiled, merged. */
const shipped = (text) =>
  Object.assign({}, ...catalogParts.map((part) => compile(unpack(packedOf(catalogModule(text, englishText, part)), part))));

/** Every way a message is called: each plural category, the optional argument given or not, else once. */
function calls(key) {
  const names = placeholders[key]?.split(' ') ?? [];
  const args = names.map((name) => (name === 'count' ? '7' : `[${name.replace('?', '')}]`));
  if (names.includes('plural')) return categories.map((category) => args.map((arg, i) => (names[i] === 'plural' ? category : arg)));
  const optional = names.findIndex((name) => name.endsWith('?'));
  return optional < 0 ? [args] : [args, args.slice(0, optional)];
}

/** Every text the messages give, by key and call. */
function texts(messages) {
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [
      key,
      typeof message === 'string' ? message : calls(key).map((args) => message(...args)),
    ]),
  );
}

describe('packed catalogs', () => {
  it('reads the English keys in the order of the English messages', () => {
    assert.deepEqual(Object.keys(JSON.parse(englishText)), Object.keys(defaultMessages));
  });

  for (const id of ids) {
    it(`gives the same ${id} messages packed as the keyed file, for every message, argument and plural category`, () => {
      const text = readFileSync(join(dir, `${id}.json`), 'utf8');
      const keyed = texts(compile(JSON.parse(text)));
      assert.deepEqual(texts(shipped(text)), keyed);
      assert.equal(Object.keys(keyed).length, Object.keys(defaultMessages).length);
    });
  }

  it('lists the plural categories the file uses, in CLDR order, then the forms of each message in that order', () => {
    const polish = packedOf(catalogPartModule('pl', 'cart'));
    assert.equal(polish[0], 'one few many other');
    const { cartOrdersToward: forms } = JSON.parse(readFileSync(join(dir, 'pl.json'), 'utf8'));
    // cartReaches, cartAddToReach, then cartOrdersToward's four forms.
    assert.deepEqual(polish.slice(3, 7), [forms.one, forms.few, forms.many, forms.other]);
    assert.equal(packedOf(catalogPartModule('ar', 'main'))[0], 'zero one two few many other');
    assert.equal(packedOf(catalogPartModule('ja', 'main'))[0], 'other');
  });

  it('puts the cart sentences in the cart part and every other message in the main part', () => {
    const english = JSON.parse(englishText);
    const cartKeys = Object.keys(english).filter((key) => key.startsWith('cart'));
    assert.deepEqual(Object.keys(unpack(packedOf(catalogModule(englishText, englishText, 'cart')), 'cart')), cartKeys);
    const main = Object.keys(unpack(packedOf(catalogModule(englishText, englishText, 'main')), 'main'));
    assert.deepEqual(main, Object.keys(english).filter((key) => !key.startsWith('cart')));
  });

  it('leaves a missing message or form a hole, so the browser shows English for it alone', () => {
    const french = JSON.parse(readFileSync(join(dir, 'fr.json'), 'utf8'));
    delete french.copy;
    delete french.points.many;
    delete french.couponReward.validity;
    const messages = shipped(JSON.stringify(french));
    assert.equal(messages.copy, undefined);
    assert.equal(messages.copied, 'Copié');
    assert.equal(messages.points('1', 'one'), '1 point');
    assert.equal(messages.points('1000000', 'many'), '1000000 points', 'a missing form takes the other form');
    const coupon = french.couponReward.other.replace('{discount}', '10 €');
    assert.match(coupon, /^Bon\s:\s10 €$/);
    assert.equal(messages.couponReward('10 €'), coupon);
    assert.equal(messages.couponReward('10 €', 'valable 30 jours'), coupon, 'the other form, as compiled from a keyed file');
  });

  it('refuses a part other than main and cart', () => {
    assert.throws(() => catalogModule('{}', englishText, 'history'), /catalog part "history"/);
  });

  it('serves parts only for the requests that name one, in the build, the dev server and the tests', () => {
    assert.deepEqual(catalogPartOf('/repo/src/i18n/catalogs/pt-BR.json?cart'), { id: 'pt-BR', part: 'cart' });
    assert.deepEqual(catalogPartOf('/@fs/repo/src/i18n/catalogs/fr.json?import&main'), { id: 'fr', part: 'main' });
    assert.equal(catalogPartOf('/repo/src/i18n/catalogs/fr.json'), undefined);
    assert.equal(catalogPartOf('/repo/src/i18n/catalogs/en.json?main'), undefined);
  });
});
