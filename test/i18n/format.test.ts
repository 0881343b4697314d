import { expect, fixture, html } from '@open-wc/testing';
import { formatDate, formatMoney, formatYear, formatter, pluralOf, resolveLocale } from '../../src/i18n/format.js';
import { resolveMessages } from '../../src/i18n/messages.js';

describe('money', () => {
  it('reads minor units by ISO 4217 (non-breaking spaces as Intl writes them)', () => {
    expect(formatMoney(12000, 'USD', 'en-US')).to.equal('$120.00');
    expect(formatMoney(12999, 'USD', 'en-US')).to.equal('$129.99');
    expect(formatMoney(1200, 'JPY', 'en-US')).to.equal('¥1,200');
    expect(formatMoney(12345, 'KWD', 'en-US')).to.equal('KWD\u00a012.345');
    expect(formatMoney(0, 'USD', 'en-US')).to.equal('$0.00');
    expect(formatMoney(-500, 'USD', 'en-US')).to.equal('-$5.00');
  });

  it('reads hundredths where Intl shows no decimals (IDR, COP, HUF, PKR) and thousandths for IQD', () => {
    expect(formatMoney(1500000, 'IDR', 'en-US')).to.equal('IDR\u00a015,000');
    expect(formatMoney(15000000, 'COP', 'en-US')).to.equal('COP\u00a0150,000');
    expect(formatMoney(500000, 'HUF', 'en-US')).to.equal('HUF\u00a05,000');
    expect(formatMoney(1500000, 'PKR', 'en-US')).to.equal('PKR\u00a015,000');
    expect(formatMoney(1500000, 'IQD', 'en-US')).to.equal('IQD\u00a01,500');
  });

  it('reads whole units where ISO 4217 has no minor unit (ISK, CLP, UGX, JPY)', () => {
    expect(formatMoney(5000, 'ISK', 'en-US')).to.equal('ISK\u00a05,000');
    expect(formatMoney(50000, 'CLP', 'en-US')).to.equal('CLP\u00a050,000');
    expect(formatMoney(150000, 'UGX', 'en-US')).to.equal('UGX\u00a0150,000');
    expect(formatMoney(5000, 'JPY', 'en-US')).to.equal('¥5,000');
  });

  it("rounds to the digits Intl shows, half away from zero as Intl does", () => {
    expect(formatMoney(1, 'IDR', 'en-US')).to.equal('IDR\u00a00');
    expect(formatMoney(49, 'IDR', 'en-US')).to.equal('IDR\u00a00');
    expect(formatMoney(50, 'IDR', 'en-US')).to.equal('IDR\u00a01');
    expect(formatMoney(-150, 'HUF', 'en-US')).to.equal('-HUF\u00a02');
    expect(formatMoney(1499, 'IQD', 'en-US')).to.equal('IQD\u00a01');
    expect(formatMoney(1500, 'IQD', 'en-US')).to.equal('IQD\u00a02');
  });

  it('follows the shopper locale', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).to.equal('1.234,56\u00a0€');
    expect(formatMoney(1200, 'JPY', 'ja-JP')).to.equal('￥1,200');
    expect(formatMoney(1500000, 'IDR', 'id-ID')).to.equal('Rp\u00a015.000');
  });

  it('shows every safe amount exactly, as its ISO 4217 decimal string', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en-US')).to.equal('$90,071,992,547,409.91');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'KWD', 'en-US')).to.equal('KWD\u00a09,007,199,254,740.991');
  });

  it('still shows an amount for a currency code Intl does not accept', () => {
    expect(formatMoney(1250, 'US', 'en-US')).to.equal('12.5 US');
  });
});

describe('counts', () => {
  const f = formatter('en-US', 'USD', resolveMessages());

  it('word points and orders in their unit with their plural', () => {
    expect(f.quantity(1, 'points')).to.equal('1 point');
    expect(f.quantity(1200, 'points')).to.equal('1,200 points');
    expect(f.quantity(1, 'orders')).to.equal('1 order');
    expect(f.quantity(3, 'orders')).to.equal('3 orders');
    expect(f.quantity(0, 'orders')).to.equal('0 orders');
    expect(f.quantity(50000, 'money')).to.equal('$500.00');
  });

  it('word money in the store currency by its ISO 4217 minor unit', () => {
    expect(formatter('en-US', 'IDR', resolveMessages()).goal(1500000, 'money')).to.equal('Spend IDR\u00a015,000');
    expect(formatter('en-US', 'IQD', resolveMessages()).goal(1500000, 'money')).to.equal('Spend IQD\u00a01,500');
  });

  it('word goals by unit', () => {
    expect(f.goal(50000, 'money')).to.equal('Spend $500.00');
    expect(f.goal(1000, 'points')).to.equal('Earn 1,000 points');
    expect(f.goal(5, 'orders')).to.equal('Place 5 orders');
  });

  it('choose plural categories by the locale rules', () => {
    expect(pluralOf(1, 'en')).to.equal('one');
    expect(pluralOf(2, 'en')).to.equal('other');
    expect(pluralOf(3, 'pl')).to.equal('few');
    expect(pluralOf(1, 'ja')).to.equal('other');
  });
});

describe('store-local dates', () => {
  it('are shown in the shopper locale', () => {
    expect(formatDate('2027-12-31', 'en-US')).to.equal('Dec 31, 2027');
    expect(formatDate('2027-12-31', 'de-DE')).to.equal('31.12.2027');
    expect(formatDate('2026-01-01', 'en-GB')).to.equal('1 Jan 2026');
  });

  it('write the keep sentence\'s year in the locale\'s calendar', () => {
    expect(formatYear(2027, 'en-US')).to.equal('2027');
    expect(formatYear(2027, 'th-TH')).to.equal('พ.ศ. 2570');
  });
});

describe('resolveLocale', () => {
  const docLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = docLang;
  });

  it('takes the locale attribute first', async () => {
    const el = await fixture(html`<div lang="de"><span locale="fr-CA"></span></div>`);
    expect(resolveLocale(el.firstElementChild!)).to.equal('fr-CA');
  });

  it('then the nearest lang', async () => {
    const el = await fixture(html`<div lang="de"><p lang="ja-JP"><span></span></p></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('ja-JP');
  });

  it('crosses shadow roots outward to find a lang', async () => {
    const host = await fixture(html`<section lang="pt-BR"><div></div></section>`);
    const inner = document.createElement('span');
    host.firstElementChild!.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('pt-BR');
  });

  it('skips invalid tags and falls back to the document, then English', async () => {
    const el = await fixture(html`<div lang="de-AT"><p lang="not a locale"><span locale="??"></span></p></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('de-AT');
    const bare = await fixture(html`<span></span>`);
    document.documentElement.lang = 'nl';
    expect(resolveLocale(bare)).to.equal('nl');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(bare)).to.equal('en');
  });
});
