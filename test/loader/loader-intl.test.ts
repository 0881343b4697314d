import { expect, waitUntil } from '@open-wc/testing';
import { afterLoaderTasks, NativeWorker, otherOriginLoaderUrl, recordWorkers } from '../support/workers.js';

// The loader warms Intl up in a worker once the page has a widget element (src/loader.ts, `warmIntl`).
const started = recordWorkers();
const loaderUrl = new URL('../../src/loader.ts', import.meta.url).href;
// Firefox: a module worker from this origin's `/src/loader.ts` neither answered nor failed within 20 s in 2 of 3 runs
// of the suite on a fresh clone (never otherwise), so there only its start is checked; the worker's answers are read
// through a `blob:` module that imports the loader from another origin, which Firefox ran every time.
const firefox = navigator.userAgent.includes('Firefox/');

describe('the Intl warm-up worker', () => {
  it('starts no worker on a page without a widget element', async () => {
    await import('../../src/loader.js');
    document.body.insertAdjacentHTML('beforeend', '<div lang="de"><p>Not a widget</p></div>');
    await afterLoaderTasks();
    expect(started).to.have.length(0);
  });

  it('starts one worker from the loader, in the locale of the first widget element, and ends it once it answers', async () => {
    document.body.insertAdjacentHTML('beforeend', '<section lang="fr-CA"><vip-tier-badge></vip-tier-badge></section><vip-coupons lang="ja"></vip-coupons>');
    await waitUntil(() => started.length > 0, 'no worker started');
    expect(started).to.have.length(1);
    const [worker] = started;
    expect(new URL(worker!.url).pathname).to.equal(new URL(loaderUrl).pathname);
    expect(worker!.type).to.equal('module');
    expect(new URL(worker!.url).hash).to.equal('#fr-CA');
    if (!firefox) {
      await waitUntil(() => worker!.ended, 'the worker was not ended', { timeout: 10000 });
      expect(worker!.answer).to.equal(true);
    }
    document.body.insertAdjacentHTML('beforeend', '<vip-tier-progress></vip-tier-progress>');
    await afterLoaderTasks();
    expect(started).to.have.length(1);
  });

  it('answers from the worker whether every Intl service ran: for a valid locale, not for an invalid one', async () => {
    for (const [locale, ran] of [['ar-EG', true], ['ja', true], ['not a locale', false]] as const) {
      const module = URL.createObjectURL(new Blob([`import ${JSON.stringify(otherOriginLoaderUrl)}`], { type: 'text/javascript' }));
      const worker = new NativeWorker(`${module}#${encodeURIComponent(locale)}`, { type: 'module' });
      try {
        const answer = new Promise<unknown>((resolve, reject) => {
          worker.onmessage = (event) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
        });
        expect(await answer, locale).to.equal(ran);
      } finally {
        worker.terminate();
        URL.revokeObjectURL(module);
      }
    }
  });
});
