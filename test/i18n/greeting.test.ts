import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { defaultMessages, resolveMessages, setMessages, type Messages } from '../../src/i18n/messages.js';
import { account } from '../support/account.js';
import { partText, settled } from '../support/elements.js';

describe('the greeting message', () => {
  afterEach(() => setMessages(defaultMessages));

  it('is one of the messages, in English by default', () => {
    const greeting: Messages['greeting'] = resolveMessages().greeting;
    expect(greeting('Ann')).to.equal('Hi Ann');
  });

  it('is replaced globally with setMessages, and per element with the messages property', async () => {
    setMessages({ greeting: (firstName) => `Hallo ${firstName}` });
    const global = await fixture<VipAccount>(html`<vip-account .account=${account()}></vip-account>`);
    await settled(global);
    expect(partText(global, 'greeting')).to.equal('Hallo Ann');

    const own = await fixture<VipAccount>(
      html`<vip-account .account=${account()} .messages=${{ greeting: (firstName: string) => `Bonjour ${firstName}` }}></vip-account>`,
    );
    await settled(own);
    expect(partText(own, 'greeting')).to.equal('Bonjour Ann');
  });
});
