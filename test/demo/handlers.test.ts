import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import {
  accountDocument,
  accountUrl,
  faults,
  handlers,
  programStates,
  SLOW_API_DELAY_MS,
} from '../../demo/handlers.js';
import { shoppers } from '../../demo/shoppers.js';
import { parseAccount } from '../../src/engine/index.js';

const worker = setupWorker(...handlers);

describe('demo store API', () => {
  before(async () => {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  });
  after(() => worker.stop());

  for (const shopper of shoppers) {
    it(`answers ${accountUrl({ shopper: shopper.id })} with ${shopper.id}'s document`, async () => {
      const response = await fetch(accountUrl({ shopper: shopper.id }));
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.contain('application/json');
      expect(await response.json()).to.deep.equal(accountDocument(shopper.id));
    });
  }

  for (const { id: program } of programStates) {
    it(`serves the program ${program} when asked`, async () => {
      const response = await fetch(accountUrl({ shopper: 'halfway', program }));
      const body = (await response.json()) as { program: { status: string } };
      expect(body.program.status).to.equal(program);
    });
  }

  it('offers each fault once in the picker', () => {
    expect(faults.map((f) => f.id)).to.deep.equal([
      'none', 'slow', 'bad-document', 'network-error', 'server-error', 'unauthorized', 'html',
    ]);
  });

  it('sends a document with a negative goal for the bad-document fault', async () => {
    const response = await fetch(accountUrl({ shopper: 'halfway', fault: 'bad-document' }));
    expect(response.status).to.equal(200);
    const result = parseAccount(await response.json());
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).to.include('program.tiers.1.goal');
  });

  it('fails the request itself for the network-error fault', async () => {
    let failure: unknown;
    try {
      await fetch(accountUrl({ shopper: 'halfway', fault: 'network-error' }));
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(TypeError);
  });

  it('answers 503 with Retry-After for the server-error fault', async () => {
    const response = await fetch(accountUrl({ shopper: 'halfway', fault: 'server-error' }));
    expect(response.status).to.equal(503);
    expect(response.headers.get('retry-after')).to.equal('1');
  });

  it('answers 401 for the expired session fault', async () => {
    const response = await fetch(accountUrl({ shopper: 'halfway', fault: 'unauthorized' }));
    expect(response.status).to.equal(401);
  });

  it('answers a login page in HTML for the html fault', async () => {
    const response = await fetch(accountUrl({ shopper: 'halfway', fault: 'html' }));
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.contain('text/html');
    expect(await response.text()).to.contain('<h1>Please log in</h1>');
  });

  it('answers 404 for a shopper the store does not know', async () => {
    const response = await fetch('/api/shoppers/nobody/vip-account');
    expect(response.status).to.equal(404);
  });

  it('takes at least 3 seconds, then sends the document, for the slow fault', async () => {
    const started = performance.now();
    const response = await fetch(accountUrl({ shopper: 'top-tier', fault: 'slow' }));
    expect(performance.now() - started).to.be.at.least(SLOW_API_DELAY_MS - 50);
    expect(await response.json()).to.deep.equal(accountDocument('top-tier'));
  });
});
