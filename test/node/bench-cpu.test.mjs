// The CPU time the bench gives each long task and the longest task (`node bench/pages.mjs --cpu`), from a trace of
// the load.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuPeaks, mainThreadTasks, withCpuTime } from '../../bench/page.mjs';

const url = 'http://127.0.0.1:8000/inline';
const main = { pid: 7, tid: 11 };
/** A complete trace event: `at` and `ms` from the navigation's start, `cpu` the thread time in ms. */
const task = (at, ms, cpu, thread = main, name = 'ThreadControllerImpl::RunTask') => ({
  ...thread, name, ph: 'X', ts: 1_000_000 + at * 1000, dur: ms * 1000, tdur: cpu * 1000,
});
const trace = (events) => Buffer.from(JSON.stringify({ traceEvents: [
  // An earlier navigation of the same tab (about:blank) places nothing.
  { pid: 7, tid: 11, name: 'navigationStart', ph: 'R', ts: 400_000, args: { data: { documentLoaderURL: 'about:blank' } } },
  { ...main, name: 'navigationStart', ph: 'R', ts: 1_000_000, args: { data: { documentLoaderURL: url } } },
  ...events,
] }));

test('the main thread\u2019s outermost tasks, placed on the page\u2019s timeline', () => {
  assert.deepEqual(mainThreadTasks(trace([
    task(100, 60, 45),
    // Nested in the task above: counted once, through it.
    task(110, 30, 30, main, 'FunctionCall'),
    // Another thread (the compositor) at the same time: not the main thread's.
    task(100, 60, 60, { pid: 7, tid: 12 }),
    task(300, 20, 18),
    // A task of the document before the navigation, on the same thread: not the page's.
    task(-100, 30, 30),
  ]), url), [{ start: 100, duration: 60, cpuMs: 45 }, { start: 300, duration: 20, cpuMs: 18 }]);
});

test('a long task gets the thread time of the main thread\u2019s tasks whose middle falls within it', () => {
  const tasks = mainThreadTasks(trace([
    task(100, 60, 45),
    // Two tasks the second long task spans, and one whose middle falls after it.
    task(300, 20, 18),
    task(321, 25, 25),
    task(348, 40, 40),
  ]), url);
  const [first, second] = withCpuTime(tasks, [{ start: 100, duration: 60 }, { start: 300, duration: 52 }]);
  assert.equal(first.cpuMs, 45);
  assert.equal(second.cpuMs, 43);
  // What the page recorded stays as it was.
  assert.deepEqual({ ...first, cpuMs: undefined }, { start: 100, duration: 60, cpuMs: undefined });
});

test('the longest task by CPU time: the widget\u2019s from its first chunk on and where the loader ran, the page\u2019s before', () => {
  const tasks = [
    { start: 10, duration: 90, cpuMs: 25 }, // the page's navigation, before the widget
    { start: 200, duration: 30, cpuMs: 28 }, // the page's parse ending, with the loader in it,
    { start: 230, duration: 30, cpuMs: 10 }, // and a task it spans
    { start: 400, duration: 30, cpuMs: 29 }, // ends after the first chunk's request at 420
    { start: 500, duration: 20, cpuMs: 20 },
  ];
  const longTasks = withCpuTime(tasks, [
    { start: 10, duration: 90, scripts: [] },
    { start: 200, duration: 60, scripts: ['/dist/vip-tiers.js'] },
  ]);
  // The loader's long task counts whole, and none of it as the page's.
  assert.deepEqual(cpuPeaks(tasks, longTasks, 420), { widget: 38, page: 25 });
  // Without the loader's long task, the parse's end is the page's, and the widget's longest is after its start.
  assert.deepEqual(cpuPeaks(tasks, [longTasks[0]], 420), { widget: 29, page: 28 });
  // The page without the widget: no chunk was requested (`Math.min()` of none), every task is the page's.
  assert.deepEqual(cpuPeaks(tasks, longTasks.slice(0, 1), Infinity), { widget: 0, page: 29 });
  // From `until` on the bench reads the page (Playwright's evaluation): those tasks are neither's.
  const read = { start: 1500, duration: 60, cpuMs: 55 };
  assert.deepEqual(cpuPeaks([...tasks, read], longTasks, 420, 1480), { widget: 38, page: 25 });
  assert.deepEqual(cpuPeaks([...tasks, read], longTasks, 420), { widget: 55, page: 25 });
  // A task that started before `until` is the page's or the widget's, even when it ends after it.
  const straddling = { start: 1470, duration: 20, cpuMs: 50 };
  assert.deepEqual(cpuPeaks([...tasks, straddling, read], longTasks, 420, 1480), { widget: 50, page: 25 });
  // On the page without the widget, the reading would be the page's.
  assert.deepEqual(cpuPeaks([...tasks, read], longTasks.slice(0, 1), Infinity, 1480), { widget: 0, page: 29 });
  assert.deepEqual(cpuPeaks([...tasks, read], longTasks.slice(0, 1), Infinity), { widget: 0, page: 55 });
});

test('a trace without the page\u2019s navigation is refused by its address', () => {
  assert.throws(() => mainThreadTasks(trace([]), 'http://127.0.0.1:8000/src'), /the trace has no navigation to http:\/\/127\.0\.0\.1:8000\/src/);
});
