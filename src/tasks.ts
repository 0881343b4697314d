/**
 * Resolves in a later task, so the browser can paint and answer input in between: the README's "Performance" budgets
 * allow no main-thread task over 50 ms, so work that could take longer is cut at such points. `scheduler.yield()`
 * where the browser has it (the continuation keeps its priority), else a zero-delay timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/** Runs `callback` as the next frame begins (an animation frame callback); in a hidden tab, which renders none, in a task. */
export function atFrameStart(callback: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(callback);
  else requestAnimationFrame(() => callback());
}

/**
 * Resolves in a task after the browser has rendered a frame, so a stage started then lays out on its own, not in one
 * rendering update with the stages before it. In a hidden tab, which renders no frames, in the next task; a tab
 * hidden meanwhile resumes its stages when shown again.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => atFrameStart(() => setTimeout(resolve)));
}
