import { expect, waitUntil } from '@open-wc/testing';
import { otherOriginLoaderUrl, recordWorkers } from '../support/workers.js';

// The loader served from another origin, as a store serves it from a CDN: a worker cannot start from another origin's
// file, so the Intl worker is a one-line blob: module that imports the loader (src/loader.ts, `warmIntl`).
const started = recordWorkers();

describe('the Intl worker of a loader from another origin', () => {
  it('starts from a blob: module that imports the loader, which uses Intl and answers', async () => {
    document.body.insertAdjacentHTML('beforeend', '<vip-tier-badge></vip-tier-badge>');
    await import(/* @vite-ignore */ otherOriginLoaderUrl);
    await waitUntil(() => started[0]?.ended, 'the worker did not end', { timeout: 10000 });
    expect(started).to.have.length(1);
    expect(started[0]!.url).to.match(/^blob:/);
    expect(started[0]!.type).to.equal('module');
    expect(started[0]!.answer).to.equal(true);
  });
});
