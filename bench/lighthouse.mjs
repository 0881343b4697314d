// Lighthouse's performance score of a store page with and without the widget (README "Performance"): an account page
// and a page with only the launcher, each with the README's first snippet (the script tag and dist/vip-tiers.css),
// against the same page without the widget; and the account page with the script tag alone, reported.
// Lighthouse 12's mobile defaults (simulated throttling), a fresh profile per run, the median of `LIGHTHOUSE_RUNS`
// (default 5) runs each. Chromium from CHROME_PATH or /usr/bin/chromium; nothing is downloaded.
// `node bench/lighthouse.mjs` (after `npm run build`) prints the figures alone; `npm run bench` reports them.
// `LIGHTHOUSE_MODULE` may name a Lighthouse 12 installed elsewhere (a directory's node_modules/lighthouse).
import { pathToFileURL } from 'node:url';
import { median } from './engine.mjs';
import { startServer } from './page.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

/** Lighthouse and chrome-launcher, from this project or from LIGHTHOUSE_MODULE's installation. */
async function tools() {
  const from = process.env.LIGHTHOUSE_MODULE;
  if (!from) return { lighthouse: (await import('lighthouse')).default, launcher: await import('chrome-launcher') };
  const { createRequire } = await import('node:module');
  const require = createRequire(pathToFileURL(`${from}/`));
  const at = (name) => pathToFileURL(require.resolve(name)).href;
  return { lighthouse: (await import(at('lighthouse'))).default, launcher: await import(at('chrome-launcher')) };
}

/** Median performance score (0–100) and the medians of its main metrics over `RUNS` runs of `url`. */
async function measure(lighthouse, port, url) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    runs.push({
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    });
  }
  const of = (key) => median(runs.map((r) => r[key]));
  return { score: of('score'), lcp: of('lcp'), tbt: of('tbt'), cls: of('cls'), scores: runs.map((r) => r.score) };
}

/** The scores of the bare page, the account page and the launcher-only page, and each page's drop. */
export async function lighthouseFigures() {
  const { lighthouse, launcher } = await tools();
  const server = await startServer();
  const chrome = await launcher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const pages = {};
    const names = ['bare', 'snippet-account', 'snippet-account-script-only', 'snippet-launcher'];
    for (const name of names) pages[name] = await measure(lighthouse, chrome.port, `${server.origin}/${name}`);
    return {
      runs: RUNS,
      bare: pages.bare,
      account: { ...pages['snippet-account'], drop: pages.bare.score - pages['snippet-account'].score },
      accountScriptOnly: { ...pages['snippet-account-script-only'], drop: pages.bare.score - pages['snippet-account-script-only'].score },
      launcher: { ...pages['snippet-launcher'], drop: pages.bare.score - pages['snippet-launcher'].score },
    };
  } finally {
    await chrome.kill();
    await server.close();
  }
}

export const describeLighthouse = (page) =>
  `score ${page.score} (runs ${page.scores.join(', ')}) · LCP ${Math.round(page.lcp)} ms · TBT ${Math.round(page.tbt)} ms · CLS ${page.cls.toFixed(3)}`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await lighthouseFigures();
  console.log(`Lighthouse 12, mobile defaults, median of ${figures.runs} runs each`);
  console.log(`  page without the widget: ${describeLighthouse(figures.bare)}`);
  console.log(`  account page (block + launcher): ${describeLighthouse(figures.account)} · drop ${figures.account.drop} points`);
  console.log(`  the same with the script tag only: ${describeLighthouse(figures.accountScriptOnly)} · drop ${figures.accountScriptOnly.drop} points`);
  console.log(`  page with the launcher only: ${describeLighthouse(figures.launcher)} · drop ${figures.launcher.drop} points`);
}
