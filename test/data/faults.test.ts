import { expect } from '@open-wc/testing';
import { HttpResponse, delay } from 'msw';
import {
  LoadError,
  configureRequests,
  isLoadError,
  loadMessages,
  pendingRequestCount,
  pendingTimerCount,
  requestAccount,
} from '../../src/data/index.js';
import { account } from '../support/account.js';
import { serve, uniquePath, useMockApi } from '../support/msw.js';
import { rejectionOf, spyOnFetch, useFastTimings } from './helpers.js';

const htmlPage = '<!doctype html><html><head><title>Sign in</title></head><body><form>…</form></body></html>';

describe('requestAccount under network faults', () => {
  useMockApi();
  useFastTimings();

  afterEach(() => {
    expect(pendingRequestCount(), 'requests still running').to.equal(0);
    expect(pendingTimerCount(), 'timers still pending').to.equal(0);
  });

  it('sends the Bearer token, asks for JSON and sends same-origin credentials', async () => {
    const path = uniquePath('headers');
    const api = serve(path, () => HttpResponse.json(account()));
    const fetchSpy = spyOnFetch();
    try {
      await requestAccount(path, { token: 'tok-7Q2' });
    } finally {
      fetchSpy.restore();
    }
    const [seen] = api.seen;
    expect(seen?.request.headers.get('authorization')).to.equal('Bearer tok-7Q2');
    expect(seen?.request.headers.get('accept')).to.equal('application/json');
    expect(seen?.request.credentials).to.equal('same-origin');
    expect(fetchSpy.calls.map((call) => call.init?.credentials)).to.deep.equal(['same-origin']);
  });

  it('sends no Authorization header without a token', async () => {
    const path = uniquePath('no-token');
    const api = serve(path, () => HttpResponse.json(account()));
    await requestAccount(path);
    expect(api.seen[0]?.request.headers.has('authorization')).to.equal(false);
  });

  it('resolves with the raw document a store sends', async () => {
    const path = uniquePath('document');
    const doc = account();
    serve(path, () => HttpResponse.json(doc));
    expect(await requestAccount(path)).to.deep.equal({ kind: 'document', body: doc });
  });

  it('reports a network error after three attempts, in words a shopper can read', async () => {
    const path = uniquePath('offline');
    const api = serve(path, () => HttpResponse.error());
    const error = await rejectionOf(requestAccount(path));
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).message).to.equal(loadMessages.offline);
    expect((error as LoadError).retryable).to.equal(true);
    expect((error as LoadError).httpStatus).to.equal(undefined);
    expect(api.seen).to.have.length(3);
  });

  it('never makes more than three attempts, even when configured for more', async () => {
    const path = uniquePath('bounded');
    const api = serve(path, () => new HttpResponse(null, { status: 502 }));
    const previous = configureRequests({ maxAttempts: 10 });
    try {
      const error = await rejectionOf(requestAccount(path));
      expect(isLoadError(error)).to.equal(true);
    } finally {
      configureRequests(previous);
    }
    expect(api.seen).to.have.length(3);
  });

  it('times out a request that never answers, reports it, and a retry then works', async () => {
    const path = uniquePath('silent');
    const doc = account();
    let answering = false;
    serve(path, async () => {
      if (!answering) await delay('infinite');
      return HttpResponse.json(doc);
    });
    const started = performance.now();
    const fetchSpy = spyOnFetch();
    let error: unknown;
    try {
      error = await rejectionOf(requestAccount(path, { timeoutMs: 60 }));
    } finally {
      fetchSpy.restore();
    }
    expect((error as LoadError).message).to.equal(loadMessages.timeout);
    expect((error as LoadError).retryable).to.equal(true);
    // Counted where the page sends them: on a busy machine an attempt can time out before the mock server sees it.
    expect(fetchSpy.calls.map((call) => new URL(call.url, location.href).pathname)).to.deep.equal([path, path, path]);
    expect(performance.now() - started).to.be.at.least(3 * 60);

    answering = true;
    const retried = await requestAccount(path, { refresh: true });
    expect(retried).to.deep.equal({ kind: 'document', body: doc });
  });

  it('retries a 500 with an HTML body, then says the service is unavailable', async () => {
    const path = uniquePath('html-500');
    const api = serve(path, () => HttpResponse.html(htmlPage, { status: 500 }));
    const error = await rejectionOf(requestAccount(path));
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).message).to.equal(loadMessages.unavailable);
    expect((error as LoadError).httpStatus).to.equal(500);
    expect(api.seen).to.have.length(3);
  });

  it('calls truncated JSON an invalid response and does not retry it', async () => {
    const path = uniquePath('truncated');
    const text = JSON.stringify(account());
    const api = serve(
      path,
      () => new HttpResponse(text.slice(0, 60), { headers: { 'content-type': 'application/json' } }),
    );
    const error = await rejectionOf(requestAccount(path));
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).message).to.equal('The rewards service sent an invalid response.');
    expect((error as LoadError).retryable).to.equal(false);
    expect(api.seen).to.have.length(1);
  });

  it('calls a 200 with content-type text/html an invalid response (a login page, not a document)', async () => {
    const path = uniquePath('html-200');
    const api = serve(path, () => HttpResponse.html(htmlPage));
    const error = await rejectionOf(requestAccount(path));
    expect((error as LoadError).message).to.equal(loadMessages.invalid);
    expect((error as LoadError).httpStatus).to.equal(200);
    expect(api.seen).to.have.length(1);
  });

  it('calls an HTML body labelled application/json an invalid response', async () => {
    const path = uniquePath('html-as-json');
    serve(path, () => new HttpResponse(htmlPage, { headers: { 'content-type': 'application/json' } }));
    expect(((await rejectionOf(requestAccount(path))) as LoadError).message).to.equal(loadMessages.invalid);
  });

  it('accepts a JSON media type with parameters or a +json suffix', async () => {
    const path = uniquePath('vendor-json');
    serve(
      path,
      () =>
        new HttpResponse(JSON.stringify({ version: 1 }), {
          headers: { 'content-type': 'application/vnd.rewards+json; charset=utf-8' },
        }),
    );
    expect(await requestAccount(path)).to.deep.equal({ kind: 'document', body: { version: 1 } });
  });

  it('waits the Retry-After of a 429 before asking again, and stops after three attempts', async () => {
    const path = uniquePath('busy');
    const api = serve(path, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } }));
    const error = await rejectionOf(requestAccount(path));
    expect((error as LoadError).message).to.equal(loadMessages.busy);
    expect((error as LoadError).httpStatus).to.equal(429);
    expect((error as LoadError).retryable).to.equal(true);
    expect(api.seen).to.have.length(3);
    const [first, second, third] = api.seen.map((seen) => seen.at);
    expect(second! - first!, 'pause before the second attempt').to.be.at.least(1000);
    expect(third! - second!, 'pause before the third attempt').to.be.at.least(1000);
  });

  it('waits until the HTTP date a 503 names before asking again', async () => {
    const path = uniquePath('maintenance');
    let notBefore = 0;
    const sentAt: number[] = [];
    serve(path, (_request, index) => {
      sentAt.push(Date.now());
      if (index > 0) return HttpResponse.json(account());
      const date = new Date(Date.now() + 1500);
      notBefore = Math.floor(date.getTime() / 1000) * 1000;
      return new HttpResponse(null, { status: 503, headers: { 'retry-after': date.toUTCString() } });
    });
    expect((await requestAccount(path)).kind).to.equal('document');
    expect(sentAt).to.have.length(2);
    expect(sentAt[1]).to.be.at.least(notBefore);
  });

  it('gives up at once when Retry-After asks for more than a minute', async () => {
    const path = uniquePath('closed');
    const api = serve(path, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '3600' } }));
    const error = await rejectionOf(requestAccount(path));
    expect((error as LoadError).message).to.equal(loadMessages.busy);
    expect((error as LoadError).retryable).to.equal(true);
    expect(api.seen).to.have.length(1);
  });

  it('recovers by itself from a 503 followed by a 200', async () => {
    const path = uniquePath('blip');
    const doc = account();
    const api = serve(path, (_request, index) =>
      index === 0 ? new HttpResponse('Service Unavailable', { status: 503 }) : HttpResponse.json(doc),
    );
    expect(await requestAccount(path)).to.deep.equal({ kind: 'document', body: doc });
    expect(api.seen).to.have.length(2);
  });

  it('treats a 401 as a guest and does not retry it', async () => {
    const path = uniquePath('guest');
    const api = serve(path, () => HttpResponse.json({ error: 'unauthorized' }, { status: 401 }));
    expect(await requestAccount(path)).to.deep.equal({ kind: 'unauthorized' });
    expect(api.seen).to.have.length(1);
  });

  it('asks again after a 401, since signing in changes the answer without changing the address', async () => {
    const path = uniquePath('guest-then-member');
    const api = serve(path, (_request, index) =>
      index === 0 ? new HttpResponse(null, { status: 401 }) : HttpResponse.json(account()),
    );
    expect((await requestAccount(path)).kind).to.equal('unauthorized');
    expect((await requestAccount(path)).kind).to.equal('document');
    expect(api.seen).to.have.length(2);
  });

  it('does not retry a 404 and names its status', async () => {
    const path = uniquePath('missing');
    const api = serve(path, () => HttpResponse.json({ error: 'not found' }, { status: 404 }));
    const error = await rejectionOf(requestAccount(path));
    expect((error as LoadError).message).to.equal(loadMessages.refused);
    expect((error as LoadError).httpStatus).to.equal(404);
    expect((error as LoadError).retryable).to.equal(false);
    expect(api.seen).to.have.length(1);
  });

  it('refuses a javascript: or data: address without sending anything', async () => {
    const fetchSpy = spyOnFetch();
    try {
      for (const src of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:application/json,{}']) {
        const error = await rejectionOf(requestAccount(src));
        expect((error as LoadError).message, src).to.equal(loadMessages.badAddress);
      }
    } finally {
      fetchSpy.restore();
    }
    expect(fetchSpy.calls).to.have.length(0);
  });
});
