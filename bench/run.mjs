// `npm run bench`: every budgeted figure, measured in one run on this machine and printed beside its budget; a
// missed budget is printed as OVER with its figure and budget. Exits 1 when any budget is missed, unless run with
// `--report` (`npm run bench -- --report`), which prints the same table and exits 0. `--no-cli` leaves out the
// vip-tiers command's figure (minutes of CPU on a 767 MB export), `--no-lighthouse` the Lighthouse scores. The method is in bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { budgets, distDir, importGraph, languageChunks, lazyChunkFor, sizeOf, widgetBytes } from '../scripts/dist-sizes.mjs';
import { median } from './engine.mjs';
import { accountBreakdown, formatBreakdown } from './breakdown.mjs';
import { buildFloor } from './floor.mjs';
import { recalculateFigure } from './cli.mjs';
import { largestDocumentRuns } from './largest.mjs';
import { describeLighthouse, lighthouseFigures } from './lighthouse.mjs';
import { busyStarts, coldRun, isWidgetTask, launch, SRC_DELAY_MS, startServer } from './page.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Traced loads of each page for the CPU-time figures (page.mjs, `withCpuTime`), after the untraced ones. */
const CPU_RUNS = Number(process.env.BENCH_CPU_RUNS ?? 5);
if (!Number.isInteger(CPU_RUNS) || CPU_RUNS < 0) {
  console.error(`BENCH_CPU_RUNS must be a whole number (0 leaves the traced loads out), not ${process.env.BENCH_CPU_RUNS}`);
  process.exit(1);
}
const reportOnly = process.argv.includes('--report');
if (!existsSync(join(distDir, 'vip-tiers.js'))) {
  console.error('dist/ is missing: run `npm run build` (npm run bench does).');
  process.exit(1);
}

const rows = [];

/** One printed figure; `ok` is undefined for figures reported without a budget; `excess` says by how much it missed. */
function row(figure, measured, budget = '', ok = undefined, excess = '') {
  rows.push({ figure, measured, budget, missed: ok === false, verdict: ok === undefined ? '' : ok ? 'ok' : `OVER ${excess}`.trim() });
}

const kb = (n) => `${n.toLocaleString('en-US')} B`;
const ms = (n) => `${n.toFixed(1)} ms`;
const bytesTriple = (s) => `${kb(s.raw)} raw · ${kb(s.gzip)} gzip · ${kb(s.brotli)} br`;
const bytesOver = (measured, budget) => `by ${kb(measured - budget)}`;

// Bytes.
const bytes = widgetBytes();
const floor = await buildFloor();
const floorBytes = sizeOf(floor.files, floor.dir);
row('dist/vip-tiers.js (every page)', bytesTriple(bytes.loader), `≤ ${kb(budgets.loaderRaw)} raw`,
  bytes.loader.raw <= budgets.loaderRaw, bytesOver(bytes.loader.raw, budgets.loaderRaw));
row('dist/vip-tiers.js brotli', kb(bytes.loader.brotli), `≤ ${kb(budgets.loaderBrotli)} br`,
  bytes.loader.brotli <= budgets.loaderBrotli, bytesOver(bytes.loader.brotli, budgets.loaderBrotli));
row(`everything for <vip-account>, its first stages (${bytes.account.files.length} files)`, bytesTriple(bytes.account),
  `≤ ${kb(budgets.accountBrotli)} br`, bytes.account.brotli <= budgets.accountBrotli,
  bytesOver(bytes.account.brotli, budgets.accountBrotli));
row(`<vip-account> in full, its later sections loaded meanwhile (${bytes.accountInFull.files.length} files)`, bytesTriple(bytes.accountInFull), 'reported');
row(`everything, popup included (${bytes.everything.files.length} files)`, bytesTriple(bytes.everything),
  `≤ ${kb(budgets.everythingBrotli)} br`, bytes.everything.brotli <= budgets.everythingBrotli,
  bytesOver(bytes.everything.brotli, budgets.everythingBrotli));
// A page in another language than English adds the catalogs chunk and its language's catalog, main part; a page with
// <vip-cart-progress> also its cart part (README, "Languages").
const languages = languageChunks();
row('languages: catalog reader (any language but English)', bytesTriple(languages.catalogs), 'reported');
for (const locale of languages.locales) {
  row(`  catalog ${locale.id}`, bytesTriple(locale), `≤ ${kb(budgets.localeBrotli)} br`, locale.brotli <= budgets.localeBrotli,
    bytesOver(locale.brotli, budgets.localeBrotli));
}
// Where the account path's bytes go (bench/breakdown.mjs: a source-mapped build of the same config).
const breakdown = await accountBreakdown();
for (const { layer, brotli } of breakdown.account.layers) row(`  account path: ${layer}`, kb(brotli), 'reported');
row('floor: Lit + @lit/context + zod/mini, same build', bytesTriple(floorBytes), 'reported');
// The cart element's own chunk: what a cart page adds beyond the chunk every element shares.
const cartBytes = sizeOf(importGraph(lazyChunkFor('vip-cart-progress')).filter((file) => !bytes.account.files.includes(file)));
row('<vip-cart-progress> beyond the shared chunk', bytesTriple(cartBytes), `≤ ${kb(2_000)} br`, cartBytes.brotli <= 2_000,
  bytesOver(cartBytes.brotli, 2_000));
row('<vip-account> / floor (brotli)', `${(bytes.account.brotli / floorBytes.brotli).toFixed(2)} ×`, 'reported');
row('everything / floor (brotli)', `${(bytes.everything.brotli / floorBytes.brotli).toFixed(2)} ×`, 'reported');

// Engine in Node, in a process of its own (bench/engine.mjs).
const { large, throughput, detailed } = JSON.parse(execFileSync(process.execPath, [fileURLToPath(new URL('./engine.mjs', import.meta.url)), join(distDir, 'engine.js')], { encoding: 'utf8' }));
row(`10,000-item account (${kb(large.bytes)} JSON): JSON.parse`, ms(large.jsonParseMs), 'reported');
row('  JSON.parse + parseAccount + evaluate', `${ms(large.fullMs)} (validate ${ms(large.validateMs)}, evaluate ${ms(large.evaluateMs)})`, 'reported');
row('  ratio to JSON.parse (medians of 41)', `${large.ratio.toFixed(2)} ×`, '≤ 3 ×', large.ratio <= 3);
row('20-order customers recalculated (detail: false), one core', `${Math.round(throughput.perSecond).toLocaleString('en-US')} /s`,
  '≥ 178,483 /s', throughput.perSecond >= 178_483);
row('  with history and breakdown (the shopper\'s status)', `${Math.round(detailed.perSecond).toLocaleString('en-US')} /s`, 'reported');

// Page in Chromium.
const server = await startServer();
const browser = await launch();
const runs = { inline: [], src: [], snippet: [], launcher: [], 'inline-script-only': [], bare: [] };
/** Pages whose shopper comes back: the second visit holds the size remembered on the first. */
const revisited = new Set(['inline', 'src', 'snippet']);
/** The same pages traced, for each long task's CPU time: what the widget's own work is, without the machine's waits. */
const traced = { inline: [], src: [], snippet: [], launcher: [], bare: [] };
try {
  for (let i = 0; i < RUNS; i += 1) {
    for (const name of Object.keys(runs)) runs[name].push(await coldRun(browser, server.origin, name, { repeat: revisited.has(name) }));
    process.stderr.write(`\rChromium cold runs: ${i + 1}/${RUNS}`);
  }
  process.stderr.write('\n');
  for (let i = 0; i < CPU_RUNS; i += 1) {
    for (const name of Object.keys(traced)) traced[name].push(await coldRun(browser, server.origin, name, { cpu: true }));
    process.stderr.write(`\rChromium traced runs: ${i + 1}/${CPU_RUNS}`);
  }
  process.stderr.write('\n');
} finally {
  await browser.close();
  await server.close();
}

const widgetRuns = [...runs.inline, ...runs.src, ...runs.snippet, ...runs.launcher];
const summary = (values, format) => `median ${format(median(values))} · worst ${format(Math.max(...values))}`;
row(`first rendered <vip-account>, data inline (${RUNS} cold runs, 4× CPU)`, summary(runs.inline.map((r) => r.renderMs), ms), 'reported');
row(`first rendered <vip-account>, data from src (+${SRC_DELAY_MS} ms server delay)`, summary(runs.src.map((r) => r.renderMs), ms), 'reported');
row('first rendered <vip-account>, README snippet', summary(runs.snippet.map((r) => r.renderMs), ms), 'reported');
row('launcher click → popup painted', summary(runs.launcher.map((r) => r.popupMs), ms), 'reported');
/** How many of `loads` started before the machine was quiet (page.mjs, `quiet`): `0 of 115`. */
const busyFigure = (loads) => `${busyStarts(loads)} of ${loads.length}`;
row('page loads that started before the machine was quiet (page.mjs, `quiet`)', busyFigure([...Object.values(runs), ...Object.values(traced)].flat()), 'reported');

// A long task is the widget's when it ends after the widget's first chunk was requested, or the loader ran in it.
const widgetTasks = (r) => r.longTasks.filter((t) => isWidgetTask(t, r.widgetStart));
const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));
const widgetLong = widgetRuns.flatMap(widgetTasks);
const pageLong = widgetRuns.flatMap((r) => r.longTasks.filter((t) => !widgetTasks(r).includes(t)));
const bareLong = runs.bare.flatMap((r) => r.longTasks);
row('main-thread tasks > 50 ms caused by the widget', `${widgetLong.length} in ${widgetRuns.length} loads · longest ${ms(longest(widgetLong))}`,
  'none', widgetLong.length === 0);
/** Long tasks counted by the scripts that ran in them (Long Animation Frames), most frequent first. */
const byScript = (tasks) => {
  const counts = new Map();
  for (const t of tasks) {
    const key = t.scripts.length ? t.scripts.join(' + ') : 'no script (parse, style, layout)';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${n} ${key}`).join(' · ') || 'none';
};
row('  by script', byScript(widgetLong), 'reported');
// A task that ended before the widget's first chunk was requested is the widget's only because the loader ran in it
// (the page's parse ends there): reported when the page's own work in it was over 50 ms.
const pageMade = widgetRuns.flatMap((r) => widgetTasks(r).filter((t) => t.start + t.duration <= r.widgetStart && t.duration - t.widgetMs > 50));
row('  of them, long without the loader\'s time in them (the page\'s parse ending)', `${pageMade.length}`, 'reported');
row('  by page', Object.entries({ inline: runs.inline, src: runs.src, snippet: runs.snippet, launcher: runs.launcher })
  .map(([name, pageRuns]) => `${name} ${pageRuns.flatMap(widgetTasks).length}`).join(' · '), 'reported');
row('  tasks > 50 ms of the page alone (before the widget started, no widget script)', `${pageLong.length} · longest ${ms(longest(pageLong))}`, 'reported');
row('  tasks > 50 ms, same page without the widget', `${bareLong.length} in ${runs.bare.length} loads · longest ${ms(longest(bareLong))}`, 'reported');
// The same count by CPU time, from traced loads: a task whose main thread had over 50 ms of CPU time at 4× (the rest of
// a task's wall-clock length is waiting for a core or another process; bench/README.md, "CPU time of a long task").
/** Of `tasks` (over 50 ms of wall-clock time, traced), those over 50 ms of CPU time, each with its scripts. */
const cpuFigure = (tasks, loads) => {
  const over = tasks.filter((t) => t.cpuMs > 50);
  return `${over.length} in ${loads} loads (of ${tasks.length} over 50 ms of wall-clock time)`
    + over.map((t, i) => `${i ? ',' : ':'} ${t.cpuMs.toFixed(0)} ms [${t.scripts.join(' ') || 'no script'}]`).join('');
};
const tracedPages = ['inline', 'src', 'snippet', 'launcher'];
/** The widget's longest task by CPU time in each `[name, runs]` of traced loads: `the widget's inline 25.6 ms · src 39.5 ms …`. */
const peakFigure = (pages) => `the widget's ${pages.map(([name, pageRuns]) => `${name} ${ms(Math.max(...pageRuns.map((r) => r.cpuPeaks.widget)))}`).join(' · ')}`;
if (traced.bare.length > 0) {
  const tracedWidget = tracedPages.flatMap((name) => traced[name].flatMap(widgetTasks));
  row(`  of the widget's, over 50 ms of CPU time (${traced.inline.length} traced loads of each page)`,
    cpuFigure(tracedWidget, tracedPages.reduce((sum, name) => sum + traced[name].length, 0)), 'reported');
  row('  same page without the widget, over 50 ms of CPU time', cpuFigure(traced.bare.flatMap((r) => r.longTasks), traced.bare.length), 'reported');
  // The margin a count hides: the longest CPU time of one task (page.mjs, `cpuPeaks`), the widget's against the page's.
  row('  longest task by CPU time (traced loads)', `${peakFigure(tracedPages.map((name) => [name, traced[name]]))} · the page's own before the widget `
    + `started ${ms(Math.max(...tracedPages.flatMap((name) => traced[name].map((r) => r.cpuPeaks.page))))} · the page without the widget `
    + `${ms(Math.max(...traced.bare.map((r) => r.cpuPeaks.page)))}`, 'reported');
}

// A first visit holds an estimate of the block's size (README, "Layout stability"): reported. A repeat visit holds
// the size remembered for the src (or page). The README snippet's render-blocking script sets it before the first
// paint: nothing may move. The other pages load the script at the end of <body>, so the first paint may come first.
const clsFigure = (values) => summary(values, (v) => v.toFixed(4));
for (const name of ['snippet', 'inline', 'src']) {
  const label = name === 'snippet' ? 'README snippet as written (src)' : `${name} (script at the end + vip-tiers.css)`;
  row(`cumulative layout shift, ${label}, first visit`, clsFigure(runs[name].map((r) => r.cls)), 'reported');
  const repeat = runs[name].map((r) => r.repeatCls);
  if (name === 'snippet') row(`cumulative layout shift, ${label}, repeat visit`, clsFigure(repeat), '0', Math.max(...repeat) === 0);
  else row(`cumulative layout shift, ${label}, repeat visit`, clsFigure(repeat), 'reported');
}
const launcherCls = runs.launcher.map((r) => r.cls);
row('cumulative layout shift, launcher (script + vip-tiers.css)', clsFigure(launcherCls), '0', Math.max(...launcherCls) === 0);
row('cumulative layout shift, inline, script tag only (no vip-tiers.css)',
  summary(runs['inline-script-only'].map((r) => r.cls), (v) => v.toFixed(4)), 'reported');

const bareHeap = median(runs.bare.map((r) => r.heapBytes));
for (const name of ['inline', 'src', 'launcher']) {
  row(`JS heap added, ${name} (after GC, vs. the bare page)`,
    summary(runs[name].map((r) => r.heapBytes - bareHeap), (v) => `${(v / 1024).toFixed(0)} KiB`), 'reported');
}
// The largest document the limits allow (README "Limits"), from src: the widget's long tasks over 50 ms.
const largest = await largestDocumentRuns(Math.max(3, Math.round(RUNS / 3)));
const largestLong = largest.results.flatMap((r) => r.longTasks);
row(`largest allowed document (${kb(largest.bytes)} JSON), the widget's tasks > 50 ms`,
  `${largestLong.length} in ${largest.results.length} loads · longest ${ms(longest(largestLong))}`, 'none', largestLong.length === 0,
  `(${largestLong.length})`);
row('  by script', byScript(largestLong), 'reported');
const largestTracedRuns = CPU_RUNS > 0 ? (await largestDocumentRuns(3, { cpu: true })).results : [];
if (largestTracedRuns.length) {
  row('  over 50 ms of CPU time (3 traced loads)', cpuFigure(largestTracedRuns.flatMap((r) => r.longTasks), 3), 'reported');
  row('  longest task by CPU time (traced loads)', `${peakFigure([['on the largest document', largestTracedRuns]])} · the page's own `
    + `${ms(Math.max(...largestTracedRuns.map((r) => r.cpuPeaks.page)))}`, 'reported');
}
row('  loads that started before the machine was quiet', busyFigure([...largest.results, ...largestTracedRuns]), 'reported');

// Lighthouse's performance score with and without the widget (bench/lighthouse.mjs); `--no-lighthouse` leaves it out.
let lh;
if (process.argv.includes('--no-lighthouse')) {
  row('Lighthouse performance drop (account page / launcher only)', 'not run (--no-lighthouse)', '≤ 2 points');
} else {
  lh = await lighthouseFigures().catch((error) => {
    // Not installed yet (`npm install` after the devDependency was added): the other figures still count.
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  });
  if (!lh) row('Lighthouse performance drop (account page / launcher only)', 'not run (lighthouse not installed)', '≤ 2 points');
}
if (lh) {
  row(`Lighthouse 12 mobile, page without the widget (median of ${lh.runs})`, describeLighthouse(lh.bare), 'reported');
  row('  account page, README snippet (script + vip-tiers.css; block + launcher)', `${describeLighthouse(lh.account)} · drop ${lh.account.drop}`,
    '≤ 2 points', lh.account.drop <= 2);
  row('  the same with the script tag only (no vip-tiers.css)', `${describeLighthouse(lh.accountScriptOnly)} · drop ${lh.accountScriptOnly.drop}`,
    'reported');
  row('  any page, launcher only', `${describeLighthouse(lh.launcher)} · drop ${lh.launcher.drop}`, '≤ 2 points', lh.launcher.drop <= 2);
}

// The vip-tiers command on a generated 1,000,000-order Shopify export (bench/cli.mjs); `--no-cli` leaves it out.
if (process.argv.includes('--no-cli')) {
  row('vip-tiers recalculate, 1,000,000-order export', 'not run (--no-cli)', '≤ 20 s, ≤ 400 MB');
} else {
  const cli = await recalculateFigure();
  row('vip-tiers recalculate, 1,000,000-order export', `${cli.cpuSeconds.toFixed(1)} s CPU · ${cli.seconds.toFixed(1)} s wall · ${cli.peakMB} MB peak`,
    '≤ 20 s, ≤ 400 MB', cli.cpuSeconds <= 20 && cli.peakMB <= 400);
}

const pageErrors = Object.values(runs).flat().flatMap((r) => r.errors);
row('uncaught errors on the pages', pageErrors.length ? pageErrors.slice(0, 3).join(' | ') : '0', '0', pageErrors.length === 0);

// Print.
console.log(`Account path by source — ${formatBreakdown(breakdown.account, { top: 25 })}\n`);
const width = (key) => Math.max(key.length, ...rows.map((r) => r[key].length));
const [wf, wm, wb] = [width('figure'), width('measured'), width('budget')];
console.log(`${'figure'.padEnd(wf)}  ${'measured'.padEnd(wm)}  ${'budget'.padEnd(wb)}  verdict`);
console.log(`${'-'.repeat(wf)}  ${'-'.repeat(wm)}  ${'-'.repeat(wb)}  -------`);
for (const r of rows) console.log(`${r.figure.padEnd(wf)}  ${r.measured.padEnd(wm)}  ${r.budget.padEnd(wb)}  ${r.verdict}`);
const missed = rows.filter((r) => r.missed);
if (missed.length === 0) {
  console.log('\nEvery budget holds.');
} else {
  console.log(`\n${missed.length} budget${missed.length === 1 ? '' : 's'} missed:`);
  for (const r of missed) console.log(`  ${r.figure.trim()}: ${r.measured}, budget ${r.budget}`);
  if (reportOnly) console.log('(--report: exit status 0)');
}
process.exit(missed.length > 0 && !reportOnly ? 1 : 0);
