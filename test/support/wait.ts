/** Waiting for a state the test can observe, with a bound so that a state never reached fails the test. */

/**
 * Resolves once `condition()` holds, checking it every few milliseconds; rejects when it has not held within
 * `timeoutMs`. That is a failure bound, not a guess at how long something takes: half the 10 s a test may run,
 * so a state never reached is reported by name, and a machine busy with other work does not trip it.
 */
export async function until(condition: () => unknown, timeoutMs = 5000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
