// The largest document the limits allow (README "Limits"), from `src`, in cold loads at 4× CPU throttling: the
// widget's long tasks (page.mjs, `isWidgetTask`). `node bench/largest.mjs` alone prints them; `npm run bench` reports
// them beside the other page figures.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir } from '../scripts/dist-sizes.mjs';
import { CPU_RATE, CPU_TRACE_CATEGORIES, cpuFigures, isWidgetTask, launch, longTaskProbe, quiet, SETTLE_MS, signalsOf } from './page.mjs';
import { bareTab, evaluate, load } from './tab.mjs';

/** Every list full and every text at its longest, as `LIMITS` (from the built engine) allows. */
export function largestDocument(LIMITS) {
  const times = (n, make) => Array.from({ length: n }, (_, i) => make(i));
  const tiers = times(LIMITS.tiers, (t) => ({
    id: `tier-${t}`.padEnd(LIMITS.id, '-'),
    name: `Tier ${t} `.padEnd(LIMITS.text, '·'),
    goal: t * 10_000,
    color: '#8a8d91',
    perks: times(LIMITS.perksPerTier, (i) => ({ type: 'custom', title: `Perk ${i} `.padEnd(LIMITS.text, '·') })),
    entryRewards: times(LIMITS.entryRewardsPerTier, (i) => ({
      type: 'coupon', title: `Gift ${i}`, discount: { kind: 'fixed', amount: 500 }, expiresAfterDays: 30,
    })),
  }));
  return {
    version: 1,
    generatedAt: '2026-11-25T10:00:00Z',
    program: {
      status: 'enabled', entryMethod: 'amount_spent', milestone: 'calendar_year', startDate: '2020-01-01',
      timeZone: 'America/New_York', currency: 'USD', rewardDistribution: 'all_tiers', tiers,
    },
    customer: { id: 'c-1', firstName: 'Ann' },
    coupons: times(LIMITS.coupons, (i) => ({
      id: `c-${i}`, code: `CODE-${i}-`.padEnd(LIMITS.code, 'X'), title: `Coupon ${i}`,
      issuedAt: '2026-01-01T00:00:00Z', expiresAt: i % 2 ? '2027-06-01T00:00:00Z' : '2026-02-01T00:00:00Z',
    })),
    activity: times(LIMITS.activity, (i) => ({
      type: 'order', id: `o-${i}`, at: new Date(Date.UTC(2022, 0, 1) + i * 5 * 3_600_000).toISOString(),
      amount: 1000, refunded: 0, cancelled: false, points: 10,
    })),
  };
}

// Signals once every stage is shown: the block, then each coupon and each tier of the lists, a stage per frame.
const probe = `${longTaskProbe}
__bench.when('shown', () => {
  const el = document.querySelector('vip-account');
  const status = el?.status;
  if (!status?.coupons?.length) return false;
  const inside = (tag, part) => el.shadowRoot.querySelector(tag)?.shadowRoot?.querySelectorAll(\`[part~="\${part}"]\`).length ?? 0;
  return inside('vip-coupons', 'coupon') === status.coupons.length && inside('vip-tier-list', 'tier') === status.tiers.length;
});`;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Largest account</title>
<script>${probe}</script><link rel="stylesheet" href="/dist/vip-tiers.css"></head>
<body><main><h1>Your account</h1><vip-account src="/api/largest"></vip-account></main>
<script type="module" src="/dist/vip-tiers.js"></script></body></html>`;

async function serve(body) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (pathname === '/api/largest') return response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'private, no-store' }).end(body);
    const file = normalize(join(distDir, pathname.slice('/dist/'.length)));
    if (!pathname.startsWith('/dist/') || !file.startsWith(distDir)) return response.writeHead(404).end();
    try {
      response.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' }).end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * `runs` cold loads; each: the widget's long tasks (page.mjs, `isWidgetTask`), with `cpu` each one's CPU time and the
 * longest task's (`cpuPeaks`). Each load is a bare tab in a new browser context (tab.mjs): no DevTools network domain
 * decodes a copy of the 1.4 MB response on the page's main thread, as a shopper's browser would not.
 */
export async function largestDocumentRuns(runs, { cpu = false } = {}) {
  const { LIMITS } = await import(pathToFileURL(join(distDir, 'engine.js')).href);
  const body = JSON.stringify(largestDocument(LIMITS));
  const server = await serve(body);
  const browser = await launch();
  const results = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const tab = await bareTab(browser);
      try {
        const signal = signalsOf(tab.onConsole);
        const startedQuiet = await quiet();
        await tab.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
        if (cpu) await browser.startTracing(undefined, { categories: CPU_TRACE_CATEGORIES });
        await load(tab, server.origin + '/');
        await signal.next('shown');
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        const recorded = await evaluate(tab, () => ({ longTasks: __bench.attributed(), widgetStart: __bench.widgetStart(), settled: __bench.settled() }));
        const { longTasks, cpuPeaks } = cpu
          ? cpuFigures(await browser.stopTracing(), `${server.origin}/`, recorded.longTasks, recorded.widgetStart, recorded.settled)
          : recorded;
        results.push({ longTasks: longTasks.filter((t) => isWidgetTask(t, recorded.widgetStart)), cpuPeaks, startedQuiet });
      } finally {
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { bytes: body.length, results };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { bytes, results } = await largestDocumentRuns(Number(process.env.BENCH_RUNS ?? 5));
  const tasks = results.flatMap((r) => r.longTasks);
  console.log(`largest document: ${bytes.toLocaleString('en-US')} B JSON, ${results.length} cold loads at ${CPU_RATE}× CPU`);
  console.log(`the widget's tasks > 50 ms: ${tasks.length} · longest ${Math.max(0, ...tasks.map((t) => t.duration)).toFixed(1)} ms`);
  console.log(tasks.map((t) => `${t.duration.toFixed(0)}${process.env.BENCH_VERBOSE ? ` [${t.scripts.join(' ')}]` : ''}`).join(process.env.BENCH_VERBOSE ? '\n' : ' '));
}
