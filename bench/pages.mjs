// The page figures alone, for measuring a change without the rest of the bench: `node bench/pages.mjs` (after
// `npm run build`) loads the inline, src, README snippet, launcher and bare pages cold at 4× CPU throttling, `BENCH_RUNS` rounds
// (default 5), and prints every long task with the scripts that ran in it. `--largest` adds the largest document.
// `--cpu` traces each load and adds each task's main-thread CPU time (page.mjs, `withCpuTime`), how many tasks were
// over 50 ms of it, and the longest task's CPU time, the widget's and the page's (`cpuPeaks`): what two builds differ
// by, without the waits a busy machine adds.
import { median } from './engine.mjs';
import { largestDocumentRuns } from './largest.mjs';
import { busyStarts, coldRun, isWidgetTask, launch, startServer } from './page.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const cpu = process.argv.includes('--cpu');
const names = ['inline', 'src', 'snippet', 'launcher', 'bare'];
const runs = Object.fromEntries(names.map((name) => [name, []]));
const server = await startServer();
const browser = await launch();
try {
  for (let i = 0; i < RUNS; i += 1) for (const name of names) runs[name].push(await coldRun(browser, server.origin, name, { cpu }));
} finally {
  await browser.close();
  await server.close();
}
// Each task's length, the widget's own script time in it, and the scripts that ran in it.
const describe = (t) => `${t.duration.toFixed(0)} ms${t.cpuMs === undefined ? '' : ` (CPU ${t.cpuMs.toFixed(0)})`}${t.widgetMs ? ` (widget ${t.widgetMs.toFixed(0)})` : ''} [${t.scripts.join(' ') || '?'}]`;
/** With `--cpu`: how many of `tasks` had over 50 ms of main-thread CPU time. */
const overCpu = (tasks) => (cpu ? ` · ${tasks.filter((t) => t.cpuMs > 50).length} over 50 ms of CPU time` : '');
/** With `--cpu`: the longest CPU time of one task in `results`, the widget's (`of: 'widget'`) or the page's (page.mjs, `cpuPeaks`). */
const peak = (results, of) => `${Math.max(0, ...results.map((r) => r.cpuPeaks[of])).toFixed(0)} ms`;
for (const name of names) {
  const widget = runs[name].flatMap((r) => r.longTasks.filter((t) => name !== 'bare' && isWidgetTask(t, r.widgetStart)));
  const page = runs[name].flatMap((r) => r.longTasks.filter((t) => name === 'bare' || !isWidgetTask(t, r.widgetStart)));
  const shown = runs[name].map((r) => r.renderMs ?? r.popupMs).filter((v) => v !== undefined);
  console.log(`${name}: ${widget.length} widget tasks > 50 ms in ${RUNS} loads${overCpu(widget)}${widget.length ? `: ${widget.map(describe).join(', ')}` : ''}`);
  console.log(`  page tasks: ${page.length}${overCpu(page)}${page.length ? ` (${page.map(describe).join(', ')})` : ''}`);
  if (cpu) console.log(`  longest task by CPU time: ${name === 'bare' ? '' : `the widget's ${peak(runs[name], 'widget')}, `}the page's ${peak(runs[name], 'page')}`);
  if (shown.length) console.log(`  shown after: median ${median(shown).toFixed(0)} ms · CLS max ${Math.max(...runs[name].map((r) => r.cls)).toFixed(4)}`);
}
const loads = Object.values(runs).flat();
if (process.argv.includes('--largest')) {
  const largest = await largestDocumentRuns(Math.max(1, Number(process.env.LARGEST_RUNS ?? 3)), { cpu });
  const tasks = largest.results.flatMap((r) => r.longTasks);
  console.log(`largest: ${tasks.length} tasks > 50 ms in ${largest.results.length} loads${overCpu(tasks)}${tasks.length ? `: ${tasks.map(describe).join(', ')}` : ''}`);
  if (cpu) console.log(`  longest task by CPU time: the widget's ${peak(largest.results, 'widget')}, the page's ${peak(largest.results, 'page')}`);
  loads.push(...largest.results);
}
if (busyStarts(loads)) console.log(`${busyStarts(loads)} loads started before the machine was quiet (page.mjs, \`quiet\`)`);
