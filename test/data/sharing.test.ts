import { expect } from '@open-wc/testing';
import { HttpResponse, delay } from 'msw';
import {
  LoadError,
  clearAccountCache,
  configureRequests,
  isAbortError,
  pendingRequestCount,
  pendingTimerCount,
  requestAccount,
} from '../../src/data/index.js';
import type { AccountResponse } from '../../src/data/index.js';
import { countListeners } from '../support/hardening.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { until } from '../support/wait.js';
import { rejectionOf, spyOnFetch, useFastTimings } from './helpers.js';

const bodyOf = (response: AccountResponse): unknown => (response.kind === 'document' ? response.body : undefined);

describe('requestAccount sharing, reuse and abort', () => {
  useMockApi();
  useFastTimings();

  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent): void => {
    unhandled.push(event.reason);
  };
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => window.removeEventListener('unhandledrejection', onUnhandled));

  afterEach(async () => {
    // Let late rejections surface before judging.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
    expect(pendingRequestCount(), 'requests still running').to.equal(0);
    expect(pendingTimerCount(), 'timers still pending').to.equal(0);
  });

  it('serves ten callers on one src with one request', async () => {
    const path = uniquePath('ten');
    const api = serve(path, async () => {
      await delay(30);
      return HttpResponse.json({ tier: 'gold' });
    });
    const callers = Array.from({ length: 10 }, (_, i) =>
      // The same address written relative and absolute is one request.
      requestAccount(i % 2 ? path : new URL(path, location.href).href),
    );
    const answers = await Promise.all(callers);
    expect(answers.map(bodyOf)).to.deep.equal(Array.from({ length: 10 }, () => ({ tier: 'gold' })));
    expect(api.seen).to.have.length(1);
  });

  it('keeps shoppers with different tokens apart', async () => {
    const path = uniquePath('tokens');
    const api = serve(path, ({ headers }) => HttpResponse.json({ token: headers.get('authorization') }));
    const [ann, bob] = await Promise.all([
      requestAccount(path, { token: 'ann' }),
      requestAccount(path, { token: 'bob' }),
    ]);
    expect(bodyOf(ann)).to.deep.equal({ token: 'Bearer ann' });
    expect(bodyOf(bob)).to.deep.equal({ token: 'Bearer bob' });
    expect(api.seen).to.have.length(2);
  });

  it('gives a caller added later the document a holder of the same src keeps, without a new request', async () => {
    const path = uniquePath('reuse');
    const api = serve(path, () => HttpResponse.json({ tier: 'silver' }));
    const holder = new AbortController();
    await requestAccount(path, { signal: holder.signal });
    expect(bodyOf(await requestAccount(path))).to.deep.equal({ tier: 'silver' });
    expect(api.seen).to.have.length(1);
    holder.abort();
  });

  it('keeps nothing of a src once every holder has left: the next caller loads again', async () => {
    const path = uniquePath('left');
    const api = serve(path, (_request, index) => HttpResponse.json({ visit: index }));
    const first = new AbortController();
    const second = new AbortController();
    await requestAccount(path, { signal: first.signal });
    await requestAccount(path, { signal: second.signal });
    first.abort();
    await Promise.resolve();
    expect(bodyOf(await requestAccount(path)), 'one holder is still on the page').to.deep.equal({ visit: 0 });
    second.abort();
    await Promise.resolve();
    expect(bodyOf(await requestAccount(path)), 'every holder has left').to.deep.equal({ visit: 1 });
    expect(api.seen).to.have.length(2);
  });

  it('loads again when asked to refresh', async () => {
    const path = uniquePath('refresh');
    const api = serve(path, (_request, index) => HttpResponse.json({ visit: index }));
    const holder = new AbortController();
    await requestAccount(path, { signal: holder.signal });
    expect(bodyOf(await requestAccount(path, { refresh: true }))).to.deep.equal({ visit: 1 });
    expect(bodyOf(await requestAccount(path)), 'the refreshed document is kept').to.deep.equal({ visit: 1 });
    expect(api.seen).to.have.length(2);
    holder.abort();
  });

  it('loads again once the kept document is older than maxAgeMs', async () => {
    const path = uniquePath('max-age');
    const api = serve(path, (_request, index) => HttpResponse.json({ visit: index }));
    const holder = new AbortController();
    const previous = configureRequests({ maxAgeMs: 0 });
    try {
      await requestAccount(path, { signal: holder.signal });
      expect(bodyOf(await requestAccount(path))).to.deep.equal({ visit: 1 });
    } finally {
      configureRequests(previous);
      holder.abort();
    }
    expect(api.seen).to.have.length(2);
  });

  it('forgets kept documents on clearAccountCache()', async () => {
    const path = uniquePath('clear');
    const api = serve(path, (_request, index) => HttpResponse.json({ visit: index }));
    const holder = new AbortController();
    await requestAccount(path, { signal: holder.signal });
    clearAccountCache();
    expect(bodyOf(await requestAccount(path))).to.deep.equal({ visit: 1 });
    expect(api.seen).to.have.length(2);
    holder.abort();
  });

  it('lets the newest request win when two answers arrive out of order', async () => {
    const path = uniquePath('out-of-order');
    const api = serve(path, async (_request, index) => {
      if (index === 0) await delay(150);
      return HttpResponse.json({ answer: index === 0 ? 'older' : 'newer' });
    });
    const holder = new AbortController();
    const first = requestAccount(path, { signal: holder.signal });
    await until(() => api.seen.length === 1);
    const second = requestAccount(path, { refresh: true });
    expect((await Promise.all([first, second])).map(bodyOf)).to.deep.equal([{ answer: 'newer' }, { answer: 'newer' }]);
    // The older answer's time passes; it must not replace the newer document.
    await delay(200);
    expect(bodyOf(await requestAccount(path))).to.deep.equal({ answer: 'newer' });
    expect(api.seen).to.have.length(2);
    holder.abort();
  });

  it('gives the last good document on a failed refresh to a caller of the same shopper, so a view can show it as stale', async () => {
    const path = uniquePath('stale');
    const gold = { customer: { id: '42' }, tier: 'gold' };
    const api = serve(path, (_request, index) =>
      index === 0 ? HttpResponse.json(gold) : new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }),
    );
    const holder = new AbortController();
    await requestAccount(path, { signal: holder.signal, customerId: '42' });
    const error = await rejectionOf(requestAccount(path, { refresh: true, customerId: '42' }));
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).httpStatus).to.equal(502);
    expect((error as LoadError).lastGood).to.deep.equal(gold);
    expect(api.seen).to.have.length(4);
    const other = await rejectionOf(requestAccount(path, { refresh: true, customerId: '7' }));
    expect((other as LoadError).lastGood, 'another shopper').to.equal(undefined);
    const unknown = await rejectionOf(requestAccount(path, { refresh: true }));
    expect((unknown as LoadError).lastGood, 'a page that does not say who is signed in').to.equal(undefined);
    holder.abort();
  });

  it('carries no last good document when none ever arrived', async () => {
    const path = uniquePath('never-good');
    serve(path, () => new HttpResponse(null, { status: 500 }));
    const error = await rejectionOf(requestAccount(path));
    expect((error as LoadError).lastGood).to.equal(undefined);
  });

  it('keeps loading for the callers left when one caller aborts', async () => {
    const path = uniquePath('one-leaves');
    serve(path, async () => {
      await delay(50);
      return HttpResponse.json({ tier: 'bronze' });
    });
    const leaving = new AbortController();
    const gone = requestAccount(path, { signal: leaving.signal });
    const staying = requestAccount(path);
    leaving.abort();
    const error = await rejectionOf(gone);
    expect(isAbortError(error)).to.equal(true);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(bodyOf(await staying)).to.deep.equal({ tier: 'bronze' });
  });

  it('aborts the request once every caller has aborted, and surfaces no error', async () => {
    const path = uniquePath('all-leave');
    const api = serve(path, async () => {
      await delay(100);
      return HttpResponse.json({ tier: 'bronze' });
    });
    const fetchSpy = spyOnFetch();
    const first = new AbortController();
    const second = new AbortController();
    const answers = [requestAccount(path, { signal: first.signal }), requestAccount(path, { signal: second.signal })];
    const failures = Promise.all(answers.map(rejectionOf));
    fetchSpy.restore();
    const wire = fetchSpy.calls[0]?.init?.signal;
    expect(fetchSpy.calls).to.have.length(1);

    first.abort();
    await Promise.resolve();
    expect(wire?.aborted, 'aborted while a caller still waits').to.equal(false);
    second.abort();
    await until(() => wire?.aborted === true);

    const errors = await failures;
    expect(errors.map((error) => (error as DOMException).name)).to.deep.equal(['AbortError', 'AbortError']);
    expect(pendingRequestCount()).to.equal(0);
    await delay(150);
    expect(api.seen.length, 'no attempt after the abort').to.be.at.most(1);
  });

  it('rejects at once, without a request, when the signal is already aborted', async () => {
    const path = uniquePath('pre-aborted');
    const api = serve(path, () => HttpResponse.json({}));
    const error = await rejectionOf(requestAccount(path, { signal: AbortSignal.abort() }));
    expect((error as DOMException).name).to.equal('AbortError');
    expect(api.seen).to.have.length(0);
  });

  it('lets an element moved in the DOM join the running request instead of sending another', async () => {
    const path = uniquePath('moved');
    serve(path, async () => {
      await delay(50);
      return HttpResponse.json({ tier: 'silver' });
    });
    const fetchSpy = spyOnFetch();
    const beforeMove = new AbortController();
    const original = requestAccount(path, { signal: beforeMove.signal });
    // disconnectedCallback aborts, connectedCallback asks again, in the same task.
    beforeMove.abort();
    const afterMove = requestAccount(path, { signal: new AbortController().signal });
    fetchSpy.restore();
    expect((await rejectionOf(original) as DOMException).name).to.equal('AbortError');
    expect(bodyOf(await afterMove)).to.deep.equal({ tier: 'silver' });
    expect(fetchSpy.calls).to.have.length(1);
    expect(fetchSpy.calls[0]?.init?.signal?.aborted).to.equal(false);
  });

  it('leaves no requests, timers or listeners behind after 20 request and abort cycles', async () => {
    const path = uniquePath('cycles');
    const api = serve(path, async () => {
      await delay(20);
      return HttpResponse.json({ tier: 'gold' });
    });
    const fetchSpy = spyOnFetch();
    try {
      for (let cycle = 0; cycle < 20; cycle++) {
        const controller = new AbortController();
        const answer = requestAccount(path, { signal: controller.signal });
        controller.abort();
        expect((await rejectionOf(answer) as DOMException).name).to.equal('AbortError');
        expect(pendingRequestCount(), `requests after cycle ${cycle + 1}`).to.equal(0);
        expect(pendingTimerCount(), `timers after cycle ${cycle + 1}`).to.equal(0);
      }
    } finally {
      fetchSpy.restore();
    }
    expect(fetchSpy.calls, 'one request per cycle, never a retry').to.have.length(20);
    expect(fetchSpy.calls.every((call) => call.init?.signal?.aborted)).to.equal(true);
    await delay(50);
    expect(api.seen.length).to.be.at.most(20);
  });

  it('holds a src with one abort listener on a long-lived signal, however often it asks, and lets go on abort', async () => {
    const path = uniquePath('long-lived');
    const api = serve(path, () => HttpResponse.json({ tier: 'gold' }));
    const controller = new AbortController();
    const listeners = countListeners([controller.signal]);
    for (let round = 0; round < 20; round++) {
      await requestAccount(path, { signal: controller.signal, refresh: true });
      expect(listeners.active(), `listeners after round ${round + 1}`).to.equal(1);
    }
    const failing = uniquePath('long-lived-failing');
    serve(failing, () => new HttpResponse(null, { status: 404 }));
    await rejectionOf(requestAccount(failing, { signal: controller.signal }));
    expect(listeners.active(), 'listeners after a failure: one hold per src').to.equal(2);
    controller.abort();
    await Promise.resolve();
    await requestAccount(path);
    expect(api.seen, 'nothing kept after the abort').to.have.length(21);
    listeners.restore();
  });

  it('shares one request with a second copy of vip-tiers on the page', async () => {
    const path = uniquePath('two-copies');
    const api = serve(path, async () => {
      await delay(30);
      return HttpResponse.json({ tier: 'gold' });
    });
    const copyUrl = new URL('../../src/data/requests.ts?copy=2', import.meta.url).href;
    const copy = (await import(copyUrl)) as typeof import('../../src/data/requests.js');
    expect(copy.requestAccount, 'a separate module instance').not.to.equal(requestAccount);
    const answers = await Promise.all([requestAccount(path), copy.requestAccount(path)]);
    expect(answers.map(bodyOf)).to.deep.equal([{ tier: 'gold' }, { tier: 'gold' }]);
    expect(api.seen).to.have.length(1);
    const registry = (globalThis as Record<symbol, { version?: unknown }>)[Symbol.for('vip-tiers.requests')];
    expect(registry?.version).to.equal(2);
  });
});
