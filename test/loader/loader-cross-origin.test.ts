import { expect, waitUntil } from '@open-wc/testing';

// The loader served from another origin, as a store serves it from a CDN: a worker cannot start from another origin's
// file, so the Intl worker is a one-line blob: module that imports the loader (src/loader.ts, `warmIntl`).
interface Started {
  url: string;
  type: string | undefined;
  answer: unknown;
  ended: boolean;
}
const started: Started[] = [];
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  readonly #record: Started;

  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    const record: Started = { url: String(url), type: options?.type, answer: undefined, ended: false };
    this.#record = record;
    started.push(record);
    this.addEventListener('message', (event) => (record.answer = event.data));
  }

  override terminate(): void {
    this.#record.ended = true;
    super.terminate();
  }
};

describe('the Intl worker of a loader from another origin', () => {
  it('starts from a blob: module that imports the loader, which uses Intl and answers', async () => {
    // The test server under its other name is another origin (web-test-runner.config.mjs allows it the sources).
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const loader = `${location.protocol}//${other}:${location.port}/src/loader.ts`;
    document.body.insertAdjacentHTML('beforeend', '<vip-tier-badge></vip-tier-badge>');
    await import(/* @vite-ignore */ loader);
    await waitUntil(() => started[0]?.ended, 'the worker did not end', { timeout: 10000 });
    expect(started).to.have.length(1);
    expect(started[0]!.url).to.match(/^blob:/);
    expect(started[0]!.type).to.equal('module');
    expect(started[0]!.answer).to.equal(true);
  });
});
