import { expect } from '@open-wc/testing';
import { evaluate, guestStatus, parseAccount } from '../../src/engine/index.js';
import type { VipView } from '../../src/elements/context.js';
import { buildView, viewChanged } from '../../src/elements/view.js';
import { account } from '../support/account.js';

// buildView() is pure: no element, no fixture, no DOM; only its inputs decide the view.
const retry = (): void => {};
const parsed = parseAccount(account());
if (!parsed.ok) throw new Error('the example document must parse');
const annStatus = evaluate(parsed.account);
const failure = { message: 'HTTP 503', issues: [{ path: '', message: 'HTTP 503' }] };

describe('buildView', () => {
  it('is loading with neither a status nor an error', () => {
    const view = buildView({ locale: 'en', retry });
    expect(view.phase).to.equal('loading');
    expect(view.status).to.equal(undefined);
    expect(view.error).to.equal(undefined);
    expect(view.stale).to.equal(false);
    expect(view.messages.loading).to.equal('Loading your VIP status…');
    expect(view.loginUrl).to.equal('/account/login');
    expect(view.retry).to.equal(retry);
  });

  it("is ready with the engine's status, in the host's locale", () => {
    const view = buildView({ status: annStatus, locale: 'de-DE', retry });
    expect(view.phase).to.equal('ready');
    expect(view.status).to.equal(annStatus);
    expect(view.status?.tier?.id).to.equal('bronze');
    expect(view.stale).to.equal(false);
    expect(view.error).to.equal(undefined);
    expect(view.locale).to.equal('de-DE');
  });

  it('is ready and stale when a refresh failed but the last saved status is kept', () => {
    const view = buildView({ status: annStatus, error: failure, locale: 'en', retry });
    expect(view.phase).to.equal('ready');
    expect(view.stale).to.equal(true);
    expect(view.status).to.equal(annStatus);
    expect(view.error).to.equal(failure);
  });

  it('is the error phase with an error and no status', () => {
    const view = buildView({ error: failure, locale: 'en', retry });
    expect(view.phase).to.equal('error');
    expect(view.stale).to.equal(false);
    expect(view.status).to.equal(undefined);
    expect(view.error?.message).to.equal('HTTP 503');
    expect(view.messages.error).to.equal("We couldn't load your VIP status just now. Your tier and rewards are safe.");
  });

  it("is ready for a guest (a 401), with the host's sign-in link", () => {
    const status = guestStatus(Date.parse('2026-11-25T10:00:00Z'));
    const view = buildView({ status, locale: 'en', loginUrl: '/account/login?return=/rewards', retry });
    expect(view.phase).to.equal('ready');
    expect(view.status?.state).to.equal('guest');
    expect(view.stale).to.equal(false);
    expect(view.loginUrl).to.equal('/account/login?return=/rewards');
  });

  it('never hands the pieces a javascript: or data: sign-in link', () => {
    for (const loginUrl of ['javascript:alert(1)', 'data:text/html,<b>x</b>', ' JavaScript:void(0)']) {
      expect(buildView({ locale: 'en', loginUrl, retry }).loginUrl, loginUrl).to.equal('/account/login');
    }
  });

  it("merges the host's messages over the defaults", () => {
    const view = buildView({ locale: 'en', messages: { retry: 'Reload' }, retry });
    expect(view.messages.retry).to.equal('Reload');
    expect(view.messages.stale).to.equal('Showing your last saved status.');
  });

  it('keeps the last messages object when no message changed, and a new one when one did', () => {
    const last = buildView({ locale: 'en', messages: { retry: 'Reload' }, retry });
    expect(buildView({ locale: 'en', messages: { retry: 'Reload' }, retry }, last).messages).to.equal(last.messages);
    expect(buildView({ locale: 'en', messages: { retry: 'Again' }, retry }, last).messages).not.to.equal(last.messages);
  });
});

describe('viewChanged', () => {
  const last: VipView = buildView({ locale: 'en', retry });

  it('tells the pieces when the phase, status or locale changed', () => {
    expect(viewChanged(buildView({ status: annStatus, locale: 'en', retry }, last), last)).to.equal(true);
    expect(viewChanged(buildView({ locale: 'fr', retry }, last), last)).to.equal(true);
  });

  it('stays quiet for an equal view with a new retry function', () => {
    expect(viewChanged(buildView({ locale: 'en', retry: () => {} }, last), last)).to.equal(false);
  });
});
