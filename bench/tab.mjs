// A tab the bench drives over the Chrome DevTools Protocol alone, without Playwright's page: Playwright keeps DevTools'
// network domain on in every page it knows, and that domain decodes a copy of each text response on the page's
// main thread as it finishes (35–45 ms of CPU time for the largest document's 1.4 MB at 4×, in a task of its own).
// A shopper's browser does no such thing, so the largest document's loads are measured in a tab of this kind.

/**
 * Opens a blank tab in a browser context of its own in `browser` (Playwright's, from page.mjs `launch`). Playwright
 * leaves targets in contexts it did not create alone, so only this session talks to the tab and no domain is on
 * but the runtime (for the page's console) and those the bench enables. Resolves with `send(method, params)` (the
 * command's result, or a rejection with the protocol's error), `on(event, listener)`, `onConsole(listener)`
 * (`listener(type, text)` for each console message, as page.mjs `signalsOf` reads them) and `close()` (the tab and
 * its context).
 */
export async function bareTab(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { browserContextId } = await cdp.send('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let lastId = 0;
  const replies = new Map();
  const listeners = new Map();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const reply = message.id !== undefined && replies.get(message.id);
    if (reply) {
      replies.delete(message.id);
      if (message.error) reply.reject(new Error(`${reply.method}: ${message.error.message}`));
      else reply.resolve(message.result);
    } else if (message.method) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params);
    }
  });
  const tab = {
    send(method, params = {}) {
      const id = ++lastId;
      return new Promise((resolve, reject) => {
        replies.set(id, { resolve, reject, method });
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    onConsole(listener) {
      tab.on('Runtime.consoleAPICalled', (event) => listener(event.type, event.args.map((arg) => arg.value).join(' ')));
    },
    async close() {
      await cdp.send('Target.disposeBrowserContext', { browserContextId });
      await cdp.detach();
    },
  };
  await tab.send('Runtime.enable');
  return tab;
}

/** What `expression` (a function's source, called with no arguments in the tab's page) returns, by value. */
export async function evaluate(tab, expression) {
  const { result, exceptionDetails } = await tab.send('Runtime.evaluate', {
    expression: `(${expression})()`, returnByValue: true, awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}

/** Navigates `tab`, a fresh one, to `url`; resolves once the page's load event has fired. */
export async function load(tab, url) {
  await tab.send('Page.enable');
  const loaded = new Promise((resolve) => tab.on('Page.loadEventFired', resolve));
  const { errorText } = await tab.send('Page.navigate', { url });
  if (errorText) throw new Error(`could not load ${url}: ${errorText}`);
  await loaded;
}
