// Its own page: `setMessages` changes the page for good, so each test here overrides messages no other test reads.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { formatDate } from '../../src/i18n/format.js';
import { setMessages } from '../../src/i18n/messages.js';
import { account, coupon, silverAnn } from '../support/account.js';
import { part, parts, partText, settled } from '../support/elements.js';

async function block(locale: string, messages?: object): Promise<VipAccount> {
  const el = await fixture<VipAccount>(html`<vip-account locale=${locale} .account=${silverAnn()} .messages=${messages}></vip-account>`);
  await settled(el);
  return el;
}

const couponsLabel = (el: Element) => part(el, 'coupons')!.getAttribute('aria-label');

describe('merchant messages', () => {
  it('for one language win over its catalog, in every region of it, and nowhere else', async () => {
    setMessages('fr', { copy: 'Copier le code' });
    expect(partText(await block('fr'), 'copy')).to.equal('Copier le code');
    expect(partText(await block('fr-CA'), 'copy')).to.equal('Copier le code');
    expect(partText(await block('de'), 'copy')).to.equal('Kopieren');
    expect(partText(await block('en'), 'copy')).to.equal('Copy');
  });

  it('for one region win over the ones for its language', async () => {
    setMessages('pt-BR', { used: 'Já usado' });
    setMessages('pt', { expired: 'Venceu' });
    setMessages('pt-PT', { expired: 'Caducou' });
    const coupons = [
      coupon({ id: 'c-used', usedAt: '2026-05-01T12:00:00Z', expiresAt: '2027-02-28T15:00:00Z' }),
      coupon({ id: 'c-expired', expiresAt: '2026-06-01T15:00:00Z' }),
    ];
    const statuses = async (locale: string) => {
      const el = await fixture<VipAccount>(html`<vip-account locale=${locale} .account=${account({ coupons })}></vip-account>`);
      await settled(el);
      return parts(el, 'coupon-status').map((status) => status.textContent?.trim());
    };
    // Brazil: its catalog's overrides (pt-BR) and the language's (pt); Portugal: the language's, then its own.
    expect(await statuses('pt-BR')).to.deep.equal(['Venceu', 'Já usado']);
    expect(await statuses('pt-PT')).to.deep.equal(['Caducou', 'Utilizado']);
  });

  it('for every language win over the catalogs; a language\u2019s own win over them; an element\u2019s win over all', async () => {
    setMessages({ coupons: 'Coupons (all)' });
    setMessages('it', { coupons: 'Buoni (it)' });
    expect(couponsLabel(await block('de'))).to.equal('Coupons (all)');
    expect(couponsLabel(await block('it'))).to.equal('Buoni (it)');
    expect(couponsLabel(await block('it', { coupons: 'Buoni (element)' }))).to.equal('Buoni (element)');
  });

  it('for English apply to English and to what falls back to it', async () => {
    setMessages('en', { retry: 'Reload' });
    setMessages('en', { currentTier: 'Your level' });
    expect(partText(await block('en-GB'), 'current-label')).to.equal('Your level');
    expect(partText(await block('fi'), 'current-label')).to.equal('Your level');
    expect(partText(await block('sv'), 'current-label')).to.equal('Din nivå');
  });

  it('for a language without a catalog make it one of its own, numbers and dates too', async () => {
    setMessages('nb', { validUntil: (date: string) => `Gyldig til ${date}`, tierLabel: 'VIP-nivå' });
    const el = await block('nb-NO');
    expect(partText(el, 'valid-until')).to.equal(`Gyldig til ${formatDate('2027-12-31', 'nb-NO')}`.replace(/\s+/g, ' '));
    expect(partText(el, 'copy'), 'the rest in English').to.equal('Copy');
    expect(partText(await block('da'), 'valid-until')).to.equal(`Gyldig til og med ${formatDate('2027-12-31', 'da')}`.replace(/\s+/g, ' '));
  });

  it('refuses a locale that is not a language tag, naming it', () => {
    expect(() => setMessages('français', { copy: 'Copier' })).to.throw(RangeError, '"français" is not a language tag');
  });
});
