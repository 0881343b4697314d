// The CPU time the bench gives each long task (`node bench/pages.mjs --cpu`), read from a trace of the load.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withCpuTime } from '../../bench/page.mjs';

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

test('a long task gets the thread time of the main thread\u2019s outermost tasks within it', () => {
  const [first, second] = withCpuTime(trace([
    task(100, 60, 45),
    // Nested in the task above: counted once, through it.
    task(110, 30, 30, main, 'FunctionCall'),
    // Another thread (the compositor) at the same time: not the main thread's.
    task(100, 60, 60, { pid: 7, tid: 12 }),
    // Two tasks the second long task spans, and one whose middle falls after it.
    task(300, 20, 18),
    task(321, 25, 25),
    task(348, 40, 40),
  ]), url, [{ start: 100, duration: 60 }, { start: 300, duration: 52 }]);
  assert.equal(first.cpuMs, 45);
  assert.equal(second.cpuMs, 43);
  // What the page recorded stays as it was.
  assert.deepEqual({ ...first, cpuMs: undefined }, { start: 100, duration: 60, cpuMs: undefined });
});

test('a trace without the page\u2019s navigation is refused by its address', () => {
  assert.throws(() => withCpuTime(trace([]), 'http://127.0.0.1:8000/src', []), /the trace has no navigation to http:\/\/127\.0\.0\.1:8000\/src/);
});
