/**
 * The mock rewards API for browser tests: one msw worker per test page, started once, handlers reset after each
 * test. `serve()` answers one path and records what the page sent, so tests can count requests and read headers.
 */
import { http } from 'msw';
import { setupWorker } from 'msw/browser';

export const worker = setupWorker();

let starting: Promise<unknown> | undefined;

/** Starts the worker (once per page); requests without a handler go to the network untouched. */
export function startMockApi(): Promise<unknown> {
  starting ??= worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  return starting;
}

/** Mocha hooks for a suite that talks to the mock API. */
export function useMockApi(): void {
  before(() => startMockApi());
  afterEach(() => worker.resetHandlers());
}

/** One request as the mock API saw it; `at` is `performance.now()` when it arrived. */
export interface SeenRequest {
  readonly request: Request;
  readonly at: number;
}

/**
 * Answers GET `path` with `respond(request, index)` (index counts from 0) and records every request it sees.
 * @example const api = serve('/api/t1/account', () => HttpResponse.json(account()));
 */
export function serve(
  path: string,
  respond: (request: Request, index: number) => Response | Promise<Response>,
): { readonly seen: readonly SeenRequest[] } {
  const seen: SeenRequest[] = [];
  worker.use(
    http.get(path, ({ request }) => {
      seen.push({ request, at: performance.now() });
      return respond(request, seen.length - 1);
    }),
  );
  return { seen };
}

let pathCount = 0;
/** A path no other test uses, so a document reused (or a request shared) by one test never answers another. */
export function uniquePath(name: string): string {
  pathCount += 1;
  return `/api/${name}-${pathCount}/account`;
}
