// Tests run in the three engines shoppers use, from installed browsers (no browser is downloaded): Chromium through
// playwright-core, Firefox through puppeteer over WebDriver BiDi, WebKit (WebKitGTK's MiniBrowser) through
// WebKitWebDriver and webdriverio. Environment variables pick other binaries and the browsers of a run.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { catalogPartModule, catalogPartOf } from './scripts/catalog-module.mjs';
import { cacheTestRoute } from './test/support/cache-server.mjs';

// Browser in Asia/Tokyo (UTC+9) by default: never the store's zone in the fixtures.
const defaultZone = 'Asia/Tokyo';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A Chromium whose clock runs in `timezoneId`, so tests can prove the store's zone decides, not the browser's. */
const chromium = (timezoneId) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: chromePath, args: chromeArgs },
    createBrowserContext: ({ browser }) => browser.newContext({ timezoneId, locale: 'en-US' }),
  });

const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const firefoxStarts = 3;

/**
 * Headless Firefox driven over WebDriver BiDi. It usually starts in 3–5 s with a fresh profile; in one CI run a start
 * did not answer within 30 s, puppeteer's default bound, and the runner then failed every Firefox file with that one
 * start's error. So a start may take 60 s, and one that fails is tried again, up to three times in all, with
 * Firefox's own output shown from the second start on (`browserStartTimeout` below covers the three).
 */
function firefox() {
  const launcher = puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      timeout: 60_000,
      env: { ...process.env, TZ: defaultZone },
      extraPrefsFirefox: { 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US' },
    },
    // One test file at a time: Firefox throttles timers in background tabs, and two windows lose focus events
    // and key presses to each other.
    concurrency: 1,
  });
  const { startBrowser } = launcher;
  launcher.startBrowser = async function startWithRetries(options = {}) {
    for (let start = 1; ; start += 1) {
      try {
        return await startBrowser.call(this, start === 1 ? options : { ...options, dumpio: true });
      } catch (error) {
        if (start === firefoxStarts) throw error;
        console.error(`Firefox did not start (${error.message}); starting it again, ${start + 1} of ${firefoxStarts}.`);
      }
    }
  };
  return launcher;
}

/** WebKitGTK's MiniBrowser: MINIBROWSER_PATH, else where Debian (lib/<multiarch>/) or Fedora (libexec/) put it. */
function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const multiarch = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((dir) => dir.includes('-linux-')) : [];
  const candidates = [...multiarch.map((dir) => `/usr/lib/${dir}`), '/usr/libexec'].map(
    (dir) => `${dir}/webkit2gtk-4.1/MiniBrowser`,
  );
  return candidates.find((path) => existsSync(path)) ?? candidates[0];
}

const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH || 'WebKitWebDriver';

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once `url` answers, or rejects when `child` fails to start or exits first. */
async function untilAnswering(url, child, timeoutMs = 15000) {
  let failure;
  const fail = (error) => (failure ??= error);
  child.once('error', fail).once('exit', (code) => fail(new Error(`${child.spawnfile} exited with code ${code}`)));
  const started = Date.now();
  while (!failure) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${child.spawnfile} did not answer ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw failure;
}

/** A virtual X display (Xvfb on the first free display number) and the DISPLAY value that reaches it. */
async function startXvfb() {
  const server = spawn('Xvfb', ['-displayfd', '1', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise((resolve, reject) => {
    let written = '';
    server.stdout.on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
  });
  return { display, server };
}

/**
 * MiniBrowser through a WebKitWebDriver started on a free port for the run and stopped with it. MiniBrowser has no
 * headless mode: without a display it gets a virtual one from Xvfb. One test file at a time: the launcher then runs
 * each file in the browser's page rather than in iframes, and WebKitWebDriver drives one window.
 */
function webkit() {
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      // The runner hears from the test page itself when it starts; a navigation still waiting for its load event
      // when the run stops is aborted, and the launcher does not catch that.
      pageLoadStrategy: 'none',
      'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
    },
  };
  const launcher = webdriverLauncher(options);
  const { initialize, stop } = launcher;
  const processes = [];
  /** Stops the driver, then the display; resolves when both are gone. */
  const stopProcesses = () =>
    Promise.all(
      processes.splice(0).reverse().map((child) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        return exited;
      }),
    );
  launcher.concurrency = 1;
  launcher.initialize = async (config, testFiles) => {
    process.once('exit', stopProcesses);
    const env = { ...process.env, TZ: defaultZone, LANG: 'en_US.UTF-8' };
    if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      const xvfb = await startXvfb();
      processes.push(xvfb.server);
      env.DISPLAY = xvfb.display;
    }
    options.port = await freePort();
    // The driver's and MiniBrowser's output, for a run where WebKit disconnects: WEBKIT_DRIVER_LOG, else a temp file.
    const log = openSync(process.env.WEBKIT_DRIVER_LOG || join(tmpdir(), 'vip-tiers-webkit-driver.log'), 'w');
    const driver = spawn(webkitDriverPath, [`--port=${options.port}`], { stdio: ['ignore', log, log], env });
    processes.push(driver);
    await untilAnswering(`http://127.0.0.1:${options.port}/status`, driver);
    await initialize.call(launcher, { ...config, concurrency: 1 }, testFiles);
    launcher.name = 'WebKit';
  };
  launcher.stop = async () => {
    await stop.call(launcher);
    await stopProcesses();
  };
  return launcher;
}

const launchers = { chromium: () => chromium(defaultZone), firefox, webkit };

/** TEST_BROWSERS=firefox,webkit: the browsers of this run (default: all three, Chromium alone for `--files`). */
const focused = process.argv.includes('--files');
const selected = (process.env.TEST_BROWSERS || (focused ? 'chromium' : 'chromium,firefox,webkit'))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of selected) {
  if (!launchers[name]) throw new Error(`TEST_BROWSERS: unknown browser "${name}" (chromium, firefox, webkit)`);
}

// msw's worker must be served from the root so that its scope covers the test pages.
const mswWorker = async (context, next) => {
  if (context.path === '/mockServiceWorker.js') {
    context.type = 'application/javascript';
    context.body = await readFile(new URL('./demo/public/mockServiceWorker.js', import.meta.url), 'utf8');
    return;
  }
  return next();
};

// The strict Content-Security-Policy of a careful store, on the hardening test pages under /test/hardening/csp/.
// Lit creates one Trusted Types policy, `lit-html`; nothing else of the widget needs one.
const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const hardeningCsp = async (context, next) => {
  await next();
  if (context.path.startsWith('/test/hardening/csp/')) context.set('Content-Security-Policy', strictPolicy);
};

// The widget's sources may be imported from the server's other name (127.0.0.1 for localhost), another origin, as a
// store imports them from a CDN (test/loader/loader-cross-origin.test.ts): module scripts from another origin need CORS.
const sourcesForAnyOrigin = async (context, next) => {
  await next();
  if (context.path.startsWith('/src/') || context.path.startsWith('/node_modules/')) context.set('Access-Control-Allow-Origin', '*');
};

const hasZoneTests = readdirSync('test', { recursive: true }).some((f) => String(f).endsWith('.tz.test.ts'));
const everyTest = ['test/**/*.test.ts', '!test/**/*.tz.test.ts'];
// What a shopper's browser runs: the elements, the loader and the hardening; the engine, i18n, data and demo
// tests check browser-independent code and stay in Chromium.
const shopperTests = ['test/elements/**/*.test.ts', 'test/loader/**/*.test.ts', 'test/hardening/**/*.test.ts', '!test/**/*.tz.test.ts'];
const has = (name) => selected.includes(name);

// `npx wtr --files …` runs just those files in the selected browsers; the groups are for the whole suite.
const groups = focused ? [] : [
  // WebKit first: its run is the longest.
  ...(has('webkit') ? [{ name: 'webkit', files: shopperTests, browsers: [webkit()] }] : []),
  ...(has('chromium') ? [{ name: 'main', files: everyTest, browsers: [chromium(defaultZone)] }] : []),
  ...(has('firefox') ? [{ name: 'firefox', files: shopperTests, browsers: [firefox()] }] : []),
  ...(!hasZoneTests || !has('chromium') ? [] : [
  { name: 'tz-utc+14', files: 'test/**/*.tz.test.ts', browsers: [chromium('Pacific/Kiritimati')] },
  { name: 'tz-utc-11', files: 'test/**/*.tz.test.ts', browsers: [chromium('Pacific/Pago_Pago')] },
  ]),
];

// The catalogs (src/i18n/catalogs/*.json) are imported as modules, as the build and Vite's dev server do: a part
// (`<id>.json?main`, `?cart`) packed by the same function (scripts/catalog-module.mjs), a plain `.json` as its object.
const catalogModules = {
  name: 'catalog-modules',
  resolveMimeType: (context) => (context.path.startsWith('/src/i18n/catalogs/') && context.path.endsWith('.json') ? 'js' : undefined),
  transform(context) {
    if (!context.path.startsWith('/src/i18n/catalogs/') || !context.path.endsWith('.json')) return undefined;
    const request = catalogPartOf(`${context.path}?${context.querystring}`);
    return { body: request ? catalogPartModule(request.id, request.part) : `export default ${context.body};` };
  },
};

export default {
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [catalogModules, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [mswWorker, hardeningCsp, cacheTestRoute, sourcesForAnyOrigin],
  concurrency: 2,
  // The selected engines at once: Firefox and WebKit each run one page, so on 2 cores this ends sooner than one at a
  // time. `npm test` runs WebKit after the other two (package.json, `test:browsers`; README, "Commands").
  concurrentBrowsers: 3,
  // A bound for a browser that never starts: Firefox's three starts of up to 60 s each (`firefox` above).
  browserStartTimeout: 240_000,
  // A bound for a test that never ends, not a guess at its length: axe in Firefox and WebKit on 2 busy cores has
  // taken over 10 s.
  testFramework: { config: { timeout: 20000 } },
  browsers: focused ? selected.map((name) => launchers[name]()) : groups.flatMap((group) => group.browsers),
  groups,
};
