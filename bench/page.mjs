// Page figures of the README's "Performance": a storefront page served from 127.0.0.1 with dist/, loaded cold (a new
// browser context each run) in Chromium with 4× CPU throttling.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { distDir } from '../scripts/dist-sizes.mjs';
import { accountDocument } from './engine.mjs';

/** How late the account document arrives for the `src` page: data after the code, as on a slow API. */
export const SRC_DELAY_MS = 300;

/** CPU throttling of every load: 4× (`BENCH_CPU=6` magnifies tasks near the 50 ms line, to compare two builds). */
export const CPU_RATE = Number(process.env.BENCH_CPU ?? 4);

const account = JSON.stringify(accountDocument(20, 7));

/**
 * Collects long tasks into `__bench.longTasks`, each with the scripts that ran in it (`scripts`: the paths of the
 * script URLs the Long Animation Frames API names for the script work overlapping the task), so a widget task and a
 * page task are told apart.
 */
export const longTaskProbe = `
window.__bench = { longTasks: [], shifts: [], cls: 0, scripts: [], frames: [], verbose: ${!!process.env.BENCH_VERBOSE} };
try {
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries()) {
      __bench.frames.push({ start: frame.startTime, end: frame.startTime + frame.duration, render: frame.renderStart ? frame.startTime + frame.duration - frame.renderStart : 0 });
      for (const s of frame.scripts) __bench.scripts.push({ start: s.startTime, end: s.startTime + s.duration, url: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker, at: s.sourceCharPosition, duration: s.duration, blocking: frame.blockingDuration, render: frame.renderStart ? frame.startTime + frame.duration - frame.renderStart : 0, style: frame.styleAndLayoutStart ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0 });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {}
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) __bench.longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
/**
 * Resolves with the time of the first animation frame in which check() holds: the page polls with it, since
 * Playwright's own waits inject a script into the page, a task of its own.
 */
__bench.frameWhen = (check) => new Promise((resolve) => {
  const tick = () => (check() ? resolve(performance.now()) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
});
/**
 * Tells the bench of a moment as a console message, which it reads with no evaluation in the page: the first
 * evaluation injects Playwright's script, a task of its own (30–40 ms at 4×) that would count as the widget's.
 */
__bench.signal = (name, value) => {
  // The bench reads the page no sooner than a settling time after the last signal: what runs from then on is its own.
  __bench.lastSignal = performance.now();
  console.debug('__bench', name, JSON.stringify(value ?? null));
};
/** When the widget's own code started arriving (its first chunk's request): long tasks from then on are the widget's. */
__bench.widgetStart = () => Math.min(...performance.getEntriesByType('resource').filter((r) => r.name.includes('/dist/chunks/')).map((r) => r.startTime));
/** When the page last had news for the bench (its load, or its last signal): the bench reads it SETTLE_MS later. */
__bench.settled = () => Math.max(__bench.lastSignal ?? 0, performance.getEntriesByType('navigation')[0].loadEventEnd);
/** Signals name with value(time) in the first frame in which check() holds. */
__bench.when = (name, check, value = (at) => at) => __bench.frameWhen(check).then((at) => __bench.signal(name, value(at)));
/** The long tasks, each with the paths of the scripts that ran in it. */
__bench.attributed = () => __bench.longTasks.map((t) => ({
  ...t,
  render: Math.max(0, ...__bench.frames.filter((f) => f.start < t.start + t.duration && f.end > t.start).map((f) => f.render)),
  // Time the widget's own scripts (any under /dist/) ran in the task.
  widgetMs: __bench.scripts.filter((s) => s.start < t.start + t.duration && s.end > t.start && s.url && new URL(s.url, location.href).pathname.startsWith('/dist/'))
    .reduce((sum, s) => sum + s.duration, 0),
  scripts: [...new Set(__bench.scripts.filter((s) => s.start < t.start + t.duration && s.end > t.start)
    .map((s) => (s.url ? new URL(s.url, location.href).pathname.replace(/-[\\w-]{8}\\.js$/, '.js') : '(page)') + (__bench.verbose ? ':' + s.invoker + ':' + s.fn + '@' + s.at + '=' + s.duration.toFixed(0) + ' style' + s.style.toFixed(0) : '')))],
}));`;

// Runs before anything else on the page: collects long tasks and layout shifts, and records the first frame in
// which the account block (or the open popup) shows the shopper's tier.
const probe = `${longTaskProbe}
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    __bench.cls += e.value;
    __bench.shifts.push({ at: e.startTime, value: e.value });
  }
}).observe({ type: 'layout-shift', buffered: true });
// Polled every frame, so it looks where the tier name is (the block's badge), not through every shadow root.
__bench.accountShown = () => {
  const root = document.querySelector('vip-account')?.shadowRoot;
  const content = root?.querySelector('[part~="content"]');
  const name = root?.querySelector('vip-tier-badge')?.shadowRoot?.querySelector('[part~="tier-name"]');
  return content?.getAttribute('aria-busy') === 'false' && !!name && name.textContent.trim() !== '';
};
// The moments the bench waits for, per page: the block shown (ms after the script tag's request started); the
// launcher's button shown (its centre, to click), then the popup painted in full (ms after the click).
__bench.watch = {
  account: () => __bench.when('shown', __bench.accountShown, (at) =>
    at - performance.getEntriesByName(new URL('/dist/vip-tiers.js', location.href).href)[0].startTime),
  launcher: () => {
    const button = () => document.querySelector('vip-launcher')?.shadowRoot?.querySelector('[part~="launcher"]');
    // Its box from an IntersectionObserver, computed as the frame renders: polling getBoundingClientRect() every
    // frame forced a layout in script, a task of 40-50 ms at 4× counted as the widget's.
    __bench.frameWhen(() => button()).then(() => new IntersectionObserver((entries, observer) => {
      const box = entries[entries.length - 1].boundingClientRect;
      if (box.width === 0) return;
      observer.disconnect();
      __bench.signal('launcher', { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    }).observe(button()));
    addEventListener('click', (event) => {
      const launcher = document.querySelector('vip-launcher');
      __bench.when('popup', () => {
        const dialog = launcher.shadowRoot.querySelector('[part~="panel"]');
        const content = dialog?.querySelector('[part~="content"]');
        return dialog?.open && content?.getAttribute('aria-busy') === 'false';
      }, (at) => at - event.timeStamp);
    }, { capture: true, once: true });
  },
};
`;

function page({ widget, body, stylesheet = widget, head = '', watch }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Storefront account</title>
<script>${probe}${watch ? `__bench.watch.${watch}();` : ''}</script>
${stylesheet ? '<link rel="stylesheet" href="/dist/vip-tiers.css">' : ''}${head}
<style>
  html { font-size: 62.5%; }
  body { margin: 0; font: 1.6rem/1.5 system-ui, sans-serif; color: #222; }
  header, footer { padding: 2rem; background: #f4f1ec; }
  main { max-width: 72rem; margin: 0 auto; padding: 2rem; }
  .orders li { padding: 0.8rem 0; border-bottom: 1px solid #ddd; }
</style></head>
<body>
<header><strong>Maple &amp; Co.</strong> · Shop · Journal · Account</header>
<main>
  <h1>Your account</h1>
  <p>Welcome back. Your rewards, orders and addresses are below.</p>
  ${body}
  <h2>Order history</h2>
  <ul class="orders">${Array.from({ length: 12 }, (_, i) => `<li>Order #${1001 + i} · shipped</li>`).join('')}</ul>
  <h2>Addresses</h2>
  <p>1 Main Street, Springfield</p>
</main>
<footer>© Maple &amp; Co.</footer>
${widget ? '<script type="module" src="/dist/vip-tiers.js"></script>' : ''}
</body></html>`;
}

/**
 * The README's first "Add it to a store" snippet as written: its tags with the CDN path pointing at dist/, the
 * stylesheet and script in `<head>`, the elements where the account block goes. Its `src` answers late.
 */
async function readmeSnippet() {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Add it to a store'));
  const snippet = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!snippet) throw new Error('README.md: no html snippet under "Add it to a store"');
  const lines = snippet.replaceAll('https://cdn.example.com/vip-tiers/dist/', '/dist/').split('\n');
  const inHead = (line) => /^\s*<(?:link|script)\b/.test(line);
  return {
    head: lines.filter(inHead).join('\n'),
    body: lines.filter((line) => !inHead(line)).join('\n'),
    src: /<vip-account[^>]*\ssrc="([^"]+)"/.exec(snippet)?.[1],
  };
}
const snippet = await readmeSnippet();
if (!snippet.src) throw new Error('README.md: the snippet has no <vip-account src>');
/** The README snippet's document URL, answered like /api/account. */
export const SNIPPET_SRC = snippet.src;

export const pages = {
  // The merchant's install, as the README writes it (stylesheet and script in <head>, the document from src).
  snippet: page({ widget: false, stylesheet: false, head: snippet.head, body: snippet.body, watch: 'account' }),
  inline: page({ widget: true, body: `<vip-account><script type="application/json">${account}</script></vip-account>`, watch: 'account' }),
  src: page({ widget: true, body: '<vip-account src="/api/account"></vip-account>', watch: 'account' }),
  launcher: page({
    widget: true,
    watch: 'launcher',
    body: `<vip-launcher><script type="application/json">${account}</script></vip-launcher>`,
  }),
  // The one-line install without the stylesheet: space is reserved only once the loader has run.
  'inline-script-only': page({
    widget: true,
    stylesheet: false,
    watch: 'account',
    body: `<vip-account><script type="application/json">${account}</script></vip-account>`,
  }),
  bare: page({ widget: false, body: '' }),
  // The README's first snippet: the script tag and dist/vip-tiers.css in <head> (which holds the block's space before
  // the first paint), on an account page with the block and the launcher, and on any other page with the launcher
  // alone; and the account page with the script tag only (bench/lighthouse.mjs).
  'snippet-account': page({
    widget: true,
    body: '<vip-account src="/api/account"></vip-account><vip-launcher src="/api/account" position="bottom-right"></vip-launcher>',
  }),
  'snippet-account-script-only': page({
    widget: true,
    stylesheet: false,
    body: '<vip-account src="/api/account"></vip-account><vip-launcher src="/api/account" position="bottom-right"></vip-launcher>',
  }),
  'snippet-launcher': page({ widget: true, body: '<vip-launcher src="/api/account" position="bottom-right"></vip-launcher>' }),
};

const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves the pages, dist/ and the account document (after SRC_DELAY_MS) on 127.0.0.1. */
export async function startServer() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const name = url.pathname.slice(1);
    if (name in pages) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[name]);
    } else if (url.pathname === '/api/account' || url.pathname === SNIPPET_SRC) {
      setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(account), SRC_DELAY_MS);
    } else if (url.pathname.startsWith('/dist/')) {
      const file = normalize(join(distDir, url.pathname.slice('/dist/'.length)));
      if (!file.startsWith(distDir)) return response.writeHead(403).end();
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--enable-precise-memory-info'],
  });
}

/**
 * Whether a long task is the widget's: it ended after the widget's first chunk was requested (`widgetStart`), or one
 * of the widget's scripts (under /dist/) ran in it, as the loader does in the page's parse task.
 */
export function isWidgetTask(task, widgetStart) {
  return task.start + task.duration > widgetStart || task.scripts.some((script) => script.startsWith('/dist/'));
}

/** How long the bench waits after a page's last signal before it reads what the page recorded. */
export const SETTLE_MS = 1000;

/**
 * The page's `__bench.signal` messages: `next(name)` resolves with the value of the next one of that name. Read from
 * the console, so waiting for a moment runs nothing in the page.
 */
export function signals(tab) {
  return signalsOf((listener) => tab.on('console', (message) => listener(message.type(), message.text())));
}

/**
 * {@link signals} from any source of console messages: `subscribe(listener)` calls `listener(type, text)` for each
 * (a bare tab's in largest.mjs).
 */
export function signalsOf(subscribe) {
  const queued = new Map();
  const waiting = new Map();
  subscribe((type, text) => {
    const [tag, name, ...value] = text.split(' ');
    if (type !== 'debug' || tag !== '__bench') return;
    const parsed = JSON.parse(value.join(' '));
    const resolve = waiting.get(name)?.shift();
    if (resolve) resolve(parsed);
    else queued.set(name, [...(queued.get(name) ?? []), parsed]);
  });
  return {
    next: (name) => new Promise((resolve) => {
      const value = queued.get(name)?.shift();
      if (value !== undefined) resolve(value);
      else waiting.set(name, [...(waiting.get(name) ?? []), resolve]);
    }),
  };
}

/**
 * Trace categories for {@link mainThreadTasks}: each task of every thread (`toplevel`, with its thread time) and the
 * document's navigation start (`blink.user_timing`), which places the page's timeline in the trace.
 */
export const CPU_TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/**
 * The tasks of the page's main thread in a trace of its load (`trace`, started with {@link CPU_TRACE_CATEGORIES};
 * `url`, the page's address), each with `start` and `duration` in ms of the page's timeline and `cpuMs`, the
 * thread's CPU time in it. Chromium's CPU throttling keeps the thread busy, so with `CPU_RATE` 4 that is the task's
 * length on a device 4× slower with the CPU to itself; the rest of its wall-clock length was spent waiting: for a
 * core (on 2 cores, the browser's other processes and threads and the bench run beside it) or for another process
 * (a synchronous `localStorage` or font lookup).
 */
export function mainThreadTasks(trace, url) {
  const { traceEvents } = JSON.parse(trace.toString());
  const navigation = traceEvents.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url).at(-1);
  if (!navigation) throw new Error(`the trace has no navigation to ${url}`);
  const events = traceEvents
    // The page's main thread from its navigation on: not the tasks of a document before it on the same thread.
    .filter((e) => e.pid === navigation.pid && e.tid === navigation.tid && e.ph === 'X' && e.dur && e.tdur !== undefined
      && e.ts + e.dur > navigation.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let end = -Infinity;
  for (const e of events) {
    // Only the outermost events: those nested in a task are counted through it.
    if (e.ts < end) continue;
    tasks.push({ start: (e.ts - navigation.ts) / 1000, duration: e.dur / 1000, cpuMs: e.tdur / 1000 });
    end = e.ts + e.dur;
  }
  return tasks;
}

/**
 * Adds `cpuMs` to each long task the page recorded: the CPU time of the main thread's `tasks` ({@link mainThreadTasks})
 * whose middle falls within it (test/node/bench-cpu.test.mjs).
 */
export function withCpuTime(tasks, longTasks) {
  return longTasks.map((task) => ({ ...task, cpuMs: tasks.filter((t) => middleWithin(t, task)).reduce((sum, t) => sum + t.cpuMs, 0) }));
}

/** Whether the middle of `task` falls within `span` (each with `start` and `duration`, in ms). */
function middleWithin(task, span) {
  const middle = task.start + task.duration / 2;
  return middle >= span.start && middle <= span.start + span.duration;
}

/**
 * The longest CPU time of one main-thread task of a traced load, the widget's and the page's: the margin under 50 ms
 * that a count of long tasks does not show. The widget's tasks are those {@link isWidgetTask} counts: every task that
 * ended after its first chunk was requested (`widgetStart`), and before that the long tasks (`longTasks`, with their
 * `cpuMs`) in which the loader ran; the page's are the others. A task under 50 ms of wall-clock time that the loader
 * ran in counts as the page's: no long task, no script attribution; its CPU time is under 50 ms anyway. Tasks that
 * start at or after `until` (the page's time from which the bench reads what it recorded: Playwright's evaluation, a
 * task of its own) are neither's.
 */
export function cpuPeaks(tasks, longTasks, widgetStart, until = Infinity) {
  tasks = tasks.filter((t) => t.start < until);
  const loaderTasks = longTasks.filter((t) => t.start + t.duration <= widgetStart && isWidgetTask(t, widgetStart));
  const after = tasks.filter((t) => t.start + t.duration > widgetStart);
  const before = tasks.filter((t) => t.start + t.duration <= widgetStart && !loaderTasks.some((l) => middleWithin(t, l)));
  const longest = (list) => Math.max(0, ...list.map((t) => t.cpuMs));
  return { widget: longest([...after, ...loaderTasks]), page: longest(before) };
}

/**
 * The CPU-time figures of a traced load (`trace` of the page at `url`): its `longTasks` with their `cpuMs`
 * ({@link withCpuTime}) and its `cpuPeaks` ({@link cpuPeaks}), the bench's reading of the page, from SETTLE_MS after
 * `settled` (`__bench.settled()`), left out.
 */
export function cpuFigures(trace, url, longTasks, widgetStart, settled) {
  const tasks = mainThreadTasks(trace, url);
  const timed = withCpuTime(tasks, longTasks);
  return { longTasks: timed, cpuPeaks: cpuPeaks(tasks, timed, widgetStart, settled + SETTLE_MS) };
}

/** The machine's busy and total CPU time so far (jiffies, all cores), or undefined where /proc/stat is not readable. */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** How many of `loads` (each with its `startedQuiet`) started before the machine was quiet ({@link quiet}). */
export function busyStarts(loads) {
  return loads.filter((load) => !load.startedQuiet).length;
}

const QUIET_SHARE = 0.1;
const QUIET_WINDOW_MS = 300;
const QUIET_LIMIT_MS = 10_000;

/**
 * Resolves with true once the machine has been quiet for QUIET_WINDOW_MS (all cores together under QUIET_SHARE
 * busy), with false if it was not within QUIET_LIMIT_MS. A new browser context starts a second renderer process,
 * whose start-up would otherwise take the other core while the page loads (bench/README.md). Without /proc/stat,
 * true after one window. `BENCH_QUIET=0` skips the wait, to compare.
 */
export async function quiet() {
  if (process.env.BENCH_QUIET === '0') return true;
  const deadline = Date.now() + QUIET_LIMIT_MS;
  let before = cpuTimes();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
    const now = cpuTimes();
    if (!now || !before) return true;
    if ((now.busy - before.busy) / Math.max(1, now.total - before.total) < QUIET_SHARE) return true;
    if (Date.now() > deadline) return false;
    before = now;
  }
}

/**
 * One cold load of `name` in a fresh context with 4× CPU throttling; returns what the page recorded. With `repeat`,
 * the shopper comes back: the page is loaded again in the same context (its storage kept) and `repeatCls` is that
 * visit's layout shift. With `cpu`, the load is traced: each long task has its `cpuMs` ({@link withCpuTime}), and
 * `cpuPeaks` holds the longest task's CPU time, the widget's and the page's ({@link cpuPeaks}); the trace lengthens
 * the tasks a little, so the bench's own figures are from loads without it. Nothing is evaluated in the page until
 * its long tasks are read (see `signals`).
 */
export async function coldRun(browser, origin, name, { repeat = false, cpu = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const startedQuiet = await quiet();
    if (cpu) await browser.startTracing(tab, { categories: CPU_TRACE_CATEGORIES });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    const signal = signals(tab);
    await tab.goto(`${origin}/${name}`, { waitUntil: 'load' });

    const result = { errors, startedQuiet };
    if (name === 'inline' || name === 'src' || name === 'inline-script-only' || name === 'snippet') {
      result.renderMs = await signal.next('shown');
    }
    if (name === 'launcher') {
      const button = await signal.next('launcher');
      // The shopper clicks a second after the button shows.
      await tab.waitForTimeout(SETTLE_MS);
      await tab.mouse.click(button.x, button.y);
      result.popupMs = await signal.next('popup');
    }
    await tab.waitForTimeout(SETTLE_MS);
    const recorded = await tab.evaluate(() => ({
      longTasks: __bench.attributed(),
      settled: __bench.settled(),
      cls: __bench.cls,
      shifts: __bench.shifts,
      widgetStart: __bench.widgetStart(),
    }));
    if (cpu) Object.assign(recorded, cpuFigures(await browser.stopTracing(), `${origin}/${name}`, recorded.longTasks, recorded.widgetStart, recorded.settled));
    // After the long tasks are read: a forced collection is a task of its own.
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    if (repeat) {
      await tab.reload({ waitUntil: 'load' });
      await signal.next('shown');
      await tab.waitForTimeout(SETTLE_MS);
      result.repeatCls = await tab.evaluate(() => __bench.cls);
    }
    return { ...result, ...recorded, heapBytes: heap.usedSize };
  } finally {
    await context.close();
  }
}
