/**
 * The workers a test page starts, recorded: `recordWorkers()` replaces `window.Worker` (call it before the loader is
 * imported) with a subclass that records each worker's URL, type, first answer and whether it was ended.
 */
export interface StartedWorker {
  readonly url: string;
  readonly type: WorkerType | undefined;
  answer: unknown;
  ended: boolean;
}

/** The browser's own `Worker`, for a worker the test starts itself. */
export const NativeWorker = window.Worker;

export function recordWorkers(): StartedWorker[] {
  const started: StartedWorker[] = [];
  window.Worker = class extends NativeWorker {
    readonly #record: StartedWorker;

    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const record: StartedWorker = { url: String(url), type: options?.type, answer: undefined, ended: false };
      this.#record = record;
      started.push(record);
      this.addEventListener('message', (event) => (record.answer = event.data));
    }

    override terminate(): void {
      this.#record.ended = true;
      super.terminate();
    }
  };
  return started;
}

/**
 * The loader's source from the test server under its other name (127.0.0.1 for localhost): another origin, as a
 * store's CDN is (web-test-runner.config.mjs allows the sources to any origin).
 */
export const otherOriginLoaderUrl = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/src/loader.ts`;

/**
 * Resolves once the loader has handled the elements inserted before the call, and the tasks it queued for them have
 * run: its MutationObserver callback is a microtask queued by the insertion, and the zero-delay timeouts it sets (the
 * worker's start, each chunk's import) run before one set after them.
 */
export async function afterLoaderTasks(): Promise<void> {
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve));
}
