// The bare tab in which the bench loads the largest document (bench/tab.mjs): driven over the protocol alone, with
// the page's signals and values reaching the bench, and unknown to Playwright, whose pages keep DevTools' network
// domain on.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { launch, signalsOf } from '../../bench/page.mjs';
import { bareTab, evaluate, load } from '../../bench/tab.mjs';

const page = `<!doctype html><title>Tab</title><script>
fetch('/document').then((response) => response.json()).then((body) => {
  window.shown = body.customer;
  console.debug('__bench', 'shown', JSON.stringify(body.customer));
});
</script>`;

let browser;
let server;
let origin;
before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/document') return response.writeHead(200, { 'content-type': 'application/json' }).end('{"customer":{"id":"c-7"}}');
    return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('a bare tab loads a page, hears its signals and reads its values, unknown to Playwright', async () => {
  const tab = await bareTab(browser);
  const signal = signalsOf(tab.onConsole);
  await load(tab, `${origin}/`);
  assert.deepEqual(await signal.next('shown'), { id: 'c-7' });
  assert.deepEqual(await evaluate(tab, () => ({ shown: window.shown, title: document.title })), { shown: { id: 'c-7' }, title: 'Tab' });
  // Playwright left the tab alone: no context of its own, so no page of its own with the network domain on.
  assert.equal(browser.contexts().length, 0);
  const cdp = await browser.newBrowserCDPSession();
  const pages = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(origin));
  assert.equal((await pages()).length, 1);
  await tab.close();
  assert.equal((await pages()).length, 0, 'closing the tab disposes of its context');
  await cdp.detach();
});

test('a failed evaluation and a failed command are errors that name them', async () => {
  const tab = await bareTab(browser);
  try {
    await assert.rejects(evaluate(tab, () => { throw new Error('no such status'); }), /evaluation failed: Error: no such status/);
    await assert.rejects(tab.send('Page.noSuchCommand'), /^Error: Page\.noSuchCommand: /);
  } finally {
    await tab.close();
  }
});
