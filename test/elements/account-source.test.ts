import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { AccountSource } from '../../src/elements/account-source.js';
import type { SourceState, VipSourceHost } from '../../src/elements/source-state.js';
import { account } from '../support/account.js';
import { useQuickLoads } from '../support/elements.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { until } from '../support/wait.js';

/** A plain element standing in for a provider: it records update requests instead of rendering. */
async function hostWith(props: Partial<VipSourceHost>, inner = ''): Promise<{ host: VipSourceHost; source: AccountSource; updates: () => number }> {
  const wrapper = await fixture(html`<div></div>`);
  let updates = 0;
  const host = Object.assign(document.createElement('div'), props, {
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => void (updates += 1),
    updateComplete: Promise.resolve(true),
  }) as unknown as VipSourceHost;
  host.innerHTML = inner;
  wrapper.append(host);
  const source = new AccountSource(host);
  source.connected();
  return { host, source, updates: () => updates };
}

const bodyOf = (state: SourceState): unknown => (state.kind === 'document' ? state.body : undefined);

describe('AccountSource', () => {
  useMockApi();
  useQuickLoads();

  it('takes the account property over an inline script and src, without a request', async () => {
    const path = uniquePath('source-order');
    const api = serve(path, () => HttpResponse.json(account()));
    const doc = account();
    const { source } = await hostWith({ account: doc, src: path }, '<script type="application/json">{"version":1}</script>');
    expect(bodyOf(source.read('en'))).to.equal(doc);
    expect(api.seen).to.have.length(0);
  });

  it('reads a child JSON script before src, and words invalid JSON as an error', async () => {
    const { source, host } = await hostWith({}, '<script type="application/json">{"version":1}</script>');
    expect(bodyOf(source.read('en'))).to.deep.equal({ version: 1 });
    host.querySelector('script')!.textContent = '{"version":';
    const state = source.read('en');
    expect(state.kind === 'error' && state.error.message).to.equal('The inline account document is not valid JSON.');
  });

  it('loads src once per key, and again when the signed-in shopper changes', async () => {
    const path = uniquePath('source-key');
    const api = serve(path, (request) => HttpResponse.json(account({ customer: { id: new URL(request.url).searchParams.get('c') ?? '42', firstName: 'Ann', joinedAt: '2023-02-10T09:00:00Z' } })));
    const { source, host } = await hostWith({ src: path, customerId: '42' });
    expect(source.read('en').kind).to.equal('loading');
    await until(() => source.read('en').kind === 'document');
    expect(api.seen).to.have.length(1);
    host.customerId = '';
    expect(source.read('en').kind, 'another shopper sees the skeleton, not the kept document').to.equal('loading');
    await until(() => api.seen.length === 2);
  });

  it("keeps the host's own document as stale when a retry of the same key fails", async () => {
    const path = uniquePath('source-stale');
    const doc = account();
    serve(path, (_request, index) => (index === 0 ? HttpResponse.json(doc) : new HttpResponse(null, { status: 404 })));
    const { source } = await hostWith({ src: path, customerId: '42' });
    source.read('en');
    await until(() => source.read('en').kind === 'document');
    source.retry();
    expect(source.read('en').kind, 'a refresh keeps showing the document').to.equal('document');
    await until(() => { const state = source.read('en'); return state.kind === 'document' && state.failure !== undefined; });
    expect(bodyOf(source.read('en'))).to.deep.equal(doc);
  });

  it('keeps its request when moved, and leaves nothing behind once removed: re-added, it loads again', async () => {
    const path = uniquePath('source-move');
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const api = serve(path, async () => {
      await answered;
      return HttpResponse.json(account());
    });
    const { source, host, updates } = await hostWith({ src: path });
    source.read('en');
    const other = await fixture(html`<section></section>`);
    const before = updates();
    // A move disconnects and reconnects in the same task.
    source.disconnected();
    other.append(host);
    source.connected();
    expect(updates(), 'a moved host does not load again').to.equal(before);
    // The removal check is the task after disconnecting; this one runs after it.
    await new Promise((resolve) => setTimeout(resolve));
    answer();
    await until(() => source.read('en').kind === 'document');
    expect(api.seen).to.have.length(1);

    host.remove();
    source.disconnected();
    await new Promise((resolve) => setTimeout(resolve));
    other.append(host);
    source.connected();
    expect(updates(), 'a re-added host asks for an update').to.be.greaterThan(before + 1);
    expect(source.read('en').kind).to.equal('loading');
    await until(() => source.read('en').kind === 'document');
    expect(api.seen).to.have.length(2);
  });
});
