import { expect } from '@open-wc/testing';
import english from '../../src/i18n/catalogs/en.json';
import { catalogIds, compile, loadCatalog, placeholders, type Catalog } from '../../src/i18n/catalogs.js';
import { catalogOf } from '../../src/i18n/locales.js';
import { defaultMessages, type Messages } from '../../src/i18n/messages.js';
import { catalogIssues, englishCatalog } from './catalog-check.js';

const catalogs = async (): Promise<[string, Catalog][]> =>
  Promise.all(
    catalogIds().map(async (id) => [id, (await import(`../../src/i18n/catalogs/${id}.json`) as { default: Catalog }).default] as [string, Catalog]),
  );

describe('catalogs', () => {
  it('has the English catalog the English messages give (run `npm run i18n` after adding one)', () => {
    expect(english).to.deep.equal(englishCatalog(defaultMessages, placeholders));
  });

  it('has all 16 languages besides English, each the catalog of its own language', () => {
    expect(catalogIds().sort()).to.deep.equal(
      ['ar', 'da', 'de', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'nl', 'pl', 'pt-BR', 'pt-PT', 'sv', 'zh-CN', 'zh-TW'],
    );
    for (const id of catalogIds()) expect(catalogOf(id), id).to.equal(id);
  });

  it('translates every English message, with its placeholders and every plural form of the language', async () => {
    for (const [id, catalog] of await catalogs()) expect(catalogIssues(english, catalog, id), id).to.deep.equal([]);
  });

  it('fails a catalog that misses a key, has an extra one, or changes a placeholder or a plural form', () => {
    const missing = Object.fromEntries(Object.entries(english).filter(([key]) => key !== 'validUntil'));
    expect(catalogIssues(english, missing, 'en')).to.deep.equal(['validUntil: missing']);
    expect(catalogIssues(english, { ...english, bonus: 'Bonus' }, 'en')).to.deep.equal(['bonus: not an English message']);
    expect(catalogIssues(english, { ...english, unlocks: '{tiers} unlocks {list}.' }, 'en')).to.deep.equal([
      'unlocks: placeholders {list} {tiers} differ from English {list} {tier}',
    ]);
    expect(catalogIssues(english, { ...english, unlocks: 'Almost at {tier}' }, 'en')).to.have.length(1);
    expect(catalogIssues(english, { ...english, points: '{count} points' }, 'en')).to.deep.equal([
      'points: forms in English, a text here',
    ]);
    // Polish needs one, few, many and other.
    const polish = { ...english, points: { one: '{count} punkt', few: '{count} punkty', other: '{count} punktu' } };
    expect(catalogIssues(english, polish, 'pl')).to.include('points: forms few one other, expected few many one other');
    // A form may leave out the count ("one day"), but not another placeholder, and `other` keeps everything.
    const fine = { ...english, expiresIn: { one: 'Expires tomorrow', other: 'Expires in {count} days' } };
    expect(catalogIssues(english, fine, 'en')).to.deep.equal([]);
    const lost = { ...english, expiresIn: { one: 'Expires in {count} day', other: 'Expires soon' } };
    expect(catalogIssues(english, lost, 'en')).to.deep.equal(['expiresIn.other: placeholders {} differ from English {count}']);
    const optional = { ...english, couponReward: { validity: '{discount} coupon', other: '{discount} coupon' } };
    expect(catalogIssues(english, optional, 'en')).to.deep.equal([
      'couponReward.validity: placeholders {discount} differ from English {discount} {validity}',
    ]);
  });

  it('loads each catalog packed, in a main part and a cart part, with the messages of its file', async () => {
    /** Every text of the messages: each message called with sample arguments, in every plural category and with and without an optional one. */
    const texts = (messages: Partial<Messages>): Record<string, unknown> =>
      Object.fromEntries(Object.entries(messages).map(([key, message]) => {
        if (typeof message === 'string') return [key, message];
        const names = (placeholders as Record<string, string>)[key]!.split(' ');
        const args = names.map((name) => `[${name}]`);
        const forms = names.includes('plural')
          ? ['zero', 'one', 'two', 'few', 'many', 'other'].map((category) => args.map((arg, i) => (names[i] === 'plural' ? category : arg)))
          : [args, args.filter((_, i) => !names[i]!.endsWith('?'))];
        return [key, forms.map((form) => (message as (...a: string[]) => string)(...form))];
      }));
    for (const [id, catalog] of await catalogs()) {
      const [main, cart] = await Promise.all([loadCatalog(id, 'main'), loadCatalog(id, 'cart')]);
      expect(Object.keys(cart), id).to.deep.equal(Object.keys(defaultMessages).filter((key) => key.startsWith('cart')));
      expect(Object.keys(main).some((key) => key.startsWith('cart')), id).to.equal(false);
      expect(texts({ ...main, ...cart }), id).to.deep.equal(texts(compile(catalog)));
    }
  });

  it('compiles a catalog to messages taking the English arguments', async () => {
    const de = await loadCatalog('de');
    expect(de.toNext?.(de.spendMore!('120,00 $'), 'Gold')).to.equal('Noch 120,00 $ ausgeben, um Gold zu erreichen');
    expect(de.toNext?.(de.spendMore!('120,00 $'), 'Gold', '31.12.2026')).to.equal('Noch 120,00 $ ausgeben, um bis zum 31.12.2026 Gold zu erreichen');
    expect(de.points?.('1', 'one')).to.equal('1 Punkt');
    expect(de.points?.('2', 'other')).to.equal('2 Punkte');
    expect(de.couponReward?.('10,00 $ Rabatt', '180 Tage gültig')).to.equal('Gutschein: 10,00 $ Rabatt, 180 Tage gültig');
    expect(de.couponReward?.('15 % Rabatt')).to.equal('Gutschein: 15 % Rabatt');
    expect(de.copy).to.equal('Kopieren');
    const ja = compile({ keep: '{year}も{tier}をキープするには、{date}までに{goal}が必要です' });
    expect(ja.keep?.('$400.00のお買い物', '2026/12/31', 'Silver', '2027年')).to.equal(
      '2027年もSilverをキープするには、2026/12/31までに$400.00のお買い物が必要です',
    );
    expect(await loadCatalog('nb')).to.deep.equal({});
  });
});
