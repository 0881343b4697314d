import { expect, oneEvent } from '@open-wc/testing';
import { afterLoaderTasks, recordWorkers } from '../support/workers.js';

// `data-no-worker` on the script tag: the loader warms no Intl in a worker (a page whose policy would refuse it).
const started = recordWorkers();

describe('the script tag with data-no-worker', () => {
  it('loads the widget and starts no worker', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src: new URL('../../src/loader.ts', import.meta.url).href });
    script.toggleAttribute('data-no-worker', true);
    const loaded = oneEvent(script, 'load');
    document.head.append(script);
    await loaded;
    document.body.insertAdjacentHTML('beforeend', '<vip-tier-badge lang="fr"></vip-tier-badge>');
    await customElements.whenDefined('vip-tier-badge');
    await afterLoaderTasks();
    expect(started).to.deep.equal([]);
  });
});
