import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import type { VipLauncher } from '../../src/elements/vip-launcher/vip-launcher.js';
import { formatDate, formatMoney, formatNumber, formatter, pluralOf } from '../../src/i18n/format.js';
import { catalogPending, chooseLocale } from '../../src/i18n/locales.js';
import { resolveMessages } from '../../src/i18n/messages.js';
import { coupon, silverAnn } from '../support/account.js';
import { deepAll, part, partText, settled } from '../support/elements.js';
import { until } from '../support/wait.js';

// The standard Silver shopper: Ann spent $880.00 in March 2026, Silver through 2027, $120.00 short of Gold, one
// active coupon.
/** Merchant-written texts of the document: the same in every language. */
const names = new Set(['Silver', 'Gold', 'Bronze', 'VIP-8F3K', '$10 off', 'Early access to sales', '–']);

/** Every text a shopper or a screen reader gets from `root`, in document order: own text, labels, value texts. */
function texts(root: Element): string[] {
  const found: string[] = [];
  for (const element of [root, ...deepAll(root, '*')]) {
    if (element.localName === 'style' || element.localName === 'script') continue;
    const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
    for (const text of [own, element.getAttribute('aria-label'), element.getAttribute('aria-valuetext')]) {
      const trimmed = text?.replace(/\s+/g, ' ').trim();
      if (trimmed) found.push(trimmed);
    }
  }
  return found;
}

async function block(locale: string, doc: unknown = silverAnn()): Promise<VipAccount> {
  const el = await fixture<VipAccount>(html`<vip-account locale=${locale} .account=${doc}></vip-account>`);
  await settled(el);
  return el;
}

/** A formatted value as `partText` shows it: every run of white space (Intl's no-break spaces too) one space. */
const spaced = (text: string): string => text.replace(/\s+/g, ' ');

const languages = ['de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'pt-PT', 'sv', 'da', 'pl', 'ja', 'ko', 'zh-CN', 'zh-TW', 'ar', 'he'];

describe('languages', () => {
  let english: string[];
  before(async () => {
    english = texts(await block('en-US'));
  });

  for (const locale of languages) {
    it(`shows the Silver shopper in ${locale} with no English message left, money and dates in ${locale}`, async () => {
      const el = await block(locale);
      const shown = texts(el);
      expect(shown.length, 'the same texts as in English').to.equal(english.length);
      // Symbols ("✓", "–") are the same in every language; a text with letters must not be.
      const untranslated = shown.filter((text, i) => text === english[i] && !names.has(text) && /\p{L}/u.test(text));
      expect(untranslated).to.deep.equal([]);
      expect(partText(el, 'progress-label')).to.contain(spaced(formatMoney(12000, 'USD', locale))).and.to.contain('Gold');
      expect(partText(el, 'valid-until')).to.contain(spaced(formatDate('2027-12-31', locale)));
      expect(deepAll(el, '[part~="tier-goal"]').map((goal) => goal.textContent)[2]).to.contain(formatMoney(100000, 'USD', locale));
      expect(partText(el, 'coupon-status')).to.match(new RegExp(formatNumber(95, locale)));
      expect(partText(el, 'greeting')).to.contain('Ann');
    });
  }

  it('labels the launcher and its popup in the locale', async () => {
    const el = await fixture<VipLauncher>(html`<vip-launcher locale="ja" .account=${silverAnn()}></vip-launcher>`);
    await settled(el);
    expect(partText(el, 'launcher')).to.equal('特典');
    el.show();
    await until(() => part(el, 'progress-label'));
    await settled(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('VIP特典');
    expect(partText(el, 'close')).to.equal('閉じる');
    expect(partText(el, 'progress-label')).to.equal(`2026/12/31までにあと${formatMoney(12000, 'USD', 'ja')}のお買い物でGoldにランクアップ`);
    el.hide();
  });
});

describe('right to left', () => {
  for (const locale of ['ar', 'he']) {
    it(`mirrors one ${locale} block on an English page: bar from the right, copy button at the logical end`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 480px">
        <vip-account locale=${locale} .account=${silverAnn()}></vip-account>
        <vip-account .account=${silverAnn()}></vip-account>
      </div>`);
      const [mirrored, plain] = [...wrapper.querySelectorAll('vip-account')];
      await settled(wrapper);
      expect(document.documentElement.dir).to.equal('');
      expect(part(mirrored!, 'content')!.getAttribute('dir')).to.equal('rtl');
      expect(part(mirrored!, 'content')!.getAttribute('lang'), 'read out in its language').to.equal(locale);
      expect(getComputedStyle(mirrored!).direction).to.equal('rtl');
      expect(getComputedStyle(part(mirrored!, 'progress-fill')!).direction).to.equal('rtl');
      expect(getComputedStyle(part(plain!, 'progress-fill')!).direction).to.equal('ltr');

      const bar = part(mirrored!, 'progress-bar')!.getBoundingClientRect();
      const fill = part(mirrored!, 'progress-fill')!.getBoundingClientRect();
      expect(fill.right).to.be.closeTo(bar.right, 0.5);
      expect(fill.left).to.be.greaterThan(bar.left + 1);
      const plainBar = part(plain!, 'progress-bar')!.getBoundingClientRect();
      expect(part(plain!, 'progress-fill')!.getBoundingClientRect().left).to.be.closeTo(plainBar.left, 0.5);

      const copy = part(mirrored!, 'copy')!.getBoundingClientRect();
      const title = part(mirrored!, 'coupon-title')!.getBoundingClientRect();
      expect(copy.right).to.be.at.most(title.left);
      expect(part(plain!, 'copy')!.getBoundingClientRect().left).to.be.at.least(part(plain!, 'coupon-title')!.getBoundingClientRect().right);
      // The code still reads left to right inside the mirrored block.
      expect(getComputedStyle(part(mirrored!, 'coupon-code')!).direction).to.equal('ltr');
      await expect(mirrored).to.be.accessible();
    });

    it(`puts a ${locale} launcher and its popup at the logical corner`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <vip-launcher locale=${locale} .account=${silverAnn()}></vip-launcher>
        <vip-launcher .account=${silverAnn()}></vip-launcher>
      </div>`);
      const [mirrored, plain] = [...wrapper.querySelectorAll('vip-launcher')] as VipLauncher[];
      await settled(wrapper);
      const middle = document.documentElement.clientWidth / 2;
      expect(part(mirrored!, 'launcher')!.getBoundingClientRect().right).to.be.lessThan(middle);
      expect(part(plain!, 'launcher')!.getBoundingClientRect().left).to.be.greaterThan(middle);
      mirrored!.show();
      await until(() => part(mirrored!, 'progress-label'));
      await settled(mirrored!);
      const dialog = part(mirrored!, 'panel')!;
      expect(getComputedStyle(dialog).direction).to.equal('rtl');
      const close = part(mirrored!, 'close')!.getBoundingClientRect();
      expect(close.right).to.be.at.most(dialog.querySelector('h2')!.getBoundingClientRect().left);
      await expect(mirrored).to.be.accessible();
      mirrored!.hide();
    });
  }
});

describe('plurals', () => {
  const counts = [0, 1, 2, 5, 11, 100];
  before(() => Promise.all([catalogPending('ar'), catalogPending('pl')]));

  it('has all six Arabic forms: zero, one, two, few, many, other', () => {
    const f = formatter('ar', 'USD', resolveMessages(undefined, 'ar'));
    const n = (count: number) => formatNumber(count, 'ar');
    expect(counts.map((count) => pluralOf(count, 'ar'))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(counts.map((count) => f.counted(count, f.messages.points))).to.deep.equal([
      `${n(0)} نقطة`, 'نقطة واحدة', 'نقطتان', `${n(5)} نقاط`, `${n(11)} نقطة`, `${n(100)} نقطة`,
    ]);
    expect(counts.map((count) => f.counted(count, f.messages.orders))).to.deep.equal([
      `${n(0)} طلب`, 'طلب واحد', 'طلبان', `${n(5)} طلبات`, `${n(11)} طلبًا`, `${n(100)} طلب`,
    ]);
    expect(counts.map((count) => f.counted(count, f.messages.expiresIn))).to.deep.equal([
      `تنتهي خلال ${n(0)} يوم`, 'تنتهي خلال يوم واحد', 'تنتهي خلال يومين', `تنتهي خلال ${n(5)} أيام`,
      `تنتهي خلال ${n(11)} يومًا`, `تنتهي خلال ${n(100)} يوم`,
    ]);
  });

  it('has the Polish one, few and many forms', () => {
    const f = formatter('pl', 'PLN', resolveMessages(undefined, 'pl'));
    expect(counts.map((count) => pluralOf(count, 'pl'))).to.deep.equal(['many', 'one', 'few', 'many', 'many', 'many']);
    expect(counts.map((count) => f.counted(count, f.messages.points))).to.deep.equal([
      '0 punktów', '1 punkt', '2 punkty', '5 punktów', '11 punktów', '100 punktów',
    ]);
    expect(counts.map((count) => f.counted(count, f.messages.orders))).to.deep.equal([
      '0 zamówień', '1 zamówienie', '2 zamówienia', '5 zamówień', '11 zamówień', '100 zamówień',
    ]);
    expect(counts.map((count) => f.counted(count, f.messages.expiresIn))).to.deep.equal([
      'Wygasa za 0 dni', 'Wygasa za 1 dzień', 'Wygasa za 2 dni', 'Wygasa za 5 dni', 'Wygasa za 11 dni', 'Wygasa za 100 dni',
    ]);
    expect(f.counted(22, f.messages.points)).to.equal('22 punkty');
    expect(f.counted(1.5, f.messages.points)).to.equal(`${formatNumber(1.5, 'pl')} punktu`);
  });

  it('words a coupon\u2019s days left by the plural of its count in the block', async () => {
    const inTwoDays = silverAnn([coupon({ expiresAt: '2026-11-27T15:00:00Z' })]);
    expect(partText(await block('ar', inTwoDays), 'coupon-status')).to.equal('تنتهي خلال يومين');
    const inFiveDays = silverAnn([coupon({ expiresAt: '2026-11-30T15:00:00Z' })]);
    expect(partText(await block('pl', inFiveDays), 'coupon-status')).to.equal('Wygasa za 5 dni');
  });
});

describe('locale resolution', () => {
  it('takes the catalog of the language or the nearest one, and English, never a neighbour, for a language without one', () => {
    const cases: Record<string, [catalog: string, intl: string]> = {
      'de-AT': ['de', 'de-AT'], 'fr-CA': ['fr', 'fr-CA'], 'es-MX': ['es', 'es-MX'], pt: ['pt-BR', 'pt'],
      'pt-BR': ['pt-BR', 'pt-BR'], 'pt-PT': ['pt-PT', 'pt-PT'], 'pt-AO': ['pt-PT', 'pt-AO'], zh: ['zh-CN', 'zh'],
      'zh-SG': ['zh-CN', 'zh-SG'], 'zh-HK': ['zh-TW', 'zh-HK'], 'zh-Hant': ['zh-TW', 'zh-Hant'], 'zh-TW': ['zh-TW', 'zh-TW'],
      'en-GB': ['en', 'en-GB'], nb: ['en', 'en'], no: ['en', 'en'], 'nn-NO': ['en', 'en'], fi: ['en', 'en'], fa: ['en', 'en'],
    };
    for (const [tag, [catalog, intl]] of Object.entries(cases)) {
      const choice = chooseLocale(tag);
      expect([choice.catalog, choice.locale], tag).to.deep.equal([catalog, intl]);
    }
    expect(chooseLocale('ar-EG').dir).to.equal('rtl');
    expect(chooseLocale('he').dir).to.equal('rtl');
    expect(chooseLocale('fa').dir, 'shown in English').to.equal('ltr');
  });

  it('shows de-AT in German with Austrian dates, zh-HK in Traditional Chinese, pt in Brazilian Portuguese', async () => {
    const austria = await block('de-AT');
    expect(partText(austria, 'copy')).to.equal('Kopieren');
    expect(partText(austria, 'valid-until')).to.equal(spaced(`Gültig bis ${formatDate('2027-12-31', 'de-AT')}`));
    expect(partText(await block('zh-HK'), 'copy')).to.equal('複製');
    expect(partText(await block('zh'), 'copy')).to.equal('复制');
    expect(part(await block('pt'), 'coupons')!.getAttribute('aria-label')).to.equal('Seus cupons');
    expect(part(await block('pt-AO'), 'coupons')!.getAttribute('aria-label')).to.equal('Os seus cupões');
  });

  it('shows Norwegian in English with English numbers and dates, not in Danish', async () => {
    const el = await block('nb-NO');
    expect(partText(el, 'copy')).to.equal('Copy');
    expect(partText(el, 'valid-until')).to.equal('Valid until Dec 31, 2027');
    expect(partText(el, 'progress-label')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
    expect(part(el, 'content')!.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(part(el, 'content')!).direction).to.equal('ltr');
    expect(part(el, 'content')!.getAttribute('lang')).to.equal('en');
  });

  it('takes the element\u2019s locale, then the nearest lang through shadow roots, then the page\u2019s, then English', async () => {
    const own = await fixture<HTMLElement>(html`<div lang="fr"><vip-account locale="de" .account=${silverAnn()}></vip-account></div>`);
    await settled(own);
    expect(partText(own.firstElementChild!, 'copy')).to.equal('Kopieren');

    const nearest = await fixture<HTMLElement>(html`<div lang="fr"><section lang="it"><vip-account .account=${silverAnn()}></vip-account></section></div>`);
    await settled(nearest);
    expect(partText(nearest.querySelector('vip-account')!, 'copy')).to.equal('Copia');

    const host = await fixture<HTMLElement>(html`<div lang="ja"><span></span></div>`);
    const root = host.firstElementChild!.attachShadow({ mode: 'open' });
    const inShadow = document.createElement('vip-account');
    inShadow.account = silverAnn();
    root.append(inShadow);
    await settled(inShadow);
    expect(partText(inShadow, 'copy')).to.equal('コピー');

    const pageLang = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'es';
      expect(partText(await block(''), 'copy')).to.equal('Copiar');
      document.documentElement.removeAttribute('lang');
      expect(partText(await block(''), 'copy')).to.equal('Copy');
    } finally {
      if (pageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = pageLang;
    }
  });

  it('follows the locale property', async () => {
    const el = await block('en');
    el.locale = 'nl';
    await settled(el);
    expect(partText(el, 'copy')).to.equal('Kopiëren');
    expect(partText(el, 'valid-until')).to.equal(spaced(`Geldig t/m ${formatDate('2027-12-31', 'nl')}`));
    el.locale = 'he';
    await settled(el);
    expect(partText(el, 'copy')).to.equal('העתקה');
    expect(getComputedStyle(el).direction).to.equal('rtl');
  });
});
