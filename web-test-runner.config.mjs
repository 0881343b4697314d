// Tests run in Debian's Chromium (or CHROME_PATH) through playwright-core; no browser is downloaded.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { cacheTestRoute } from './test/support/cache-server.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
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
    launchOptions: { executablePath, args },
    createBrowserContext: ({ browser }) => browser.newContext({ timezoneId, locale: 'en-US' }),
  });

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

// `npx wtr --files …` runs just those files in the default browser; the zone groups are for the whole suite.
const focused = process.argv.includes('--files');
const hasZoneTests = readdirSync('test', { recursive: true }).some((f) => String(f).endsWith('.tz.test.ts'));

export default {
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [mswWorker, hardeningCsp, cacheTestRoute],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // Browser in Asia/Tokyo (UTC+9) by default: never the store's zone in the fixtures.
  browsers: [chromium('Asia/Tokyo')],
  groups: focused ? [] : [
    { name: 'main', files: ['test/**/*.test.ts', '!test/**/*.tz.test.ts'] },
    ...(!hasZoneTests ? [] : [
    { name: 'tz-utc+14', files: 'test/**/*.tz.test.ts', browsers: [chromium('Pacific/Kiritimati')] },
    { name: 'tz-utc-11', files: 'test/**/*.tz.test.ts', browsers: [chromium('Pacific/Pago_Pago')] },
    ]),
  ],
};
