/**
 * Shared by the hardening tests: what a store page would notice when the widget misbehaves (uncaught errors,
 * listeners left behind, clipboard writes) and a way to load a test page in an iframe and hear from it.
 */

/** Records every uncaught exception and unhandled rejection on the page until `stop()`. */
export function watchPageErrors(): { readonly errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Counts the listeners added to `targets` (the page's `window` and `document` unless given, e.g. an
 * AbortSignal) and not removed again, by wrapping their add/removeEventListener until `restore()`.
 * `{ once: true }` listeners count until removed by hand, so a count that grows with every remove/re-add of an
 * element is a leak either way.
 */
export function countListeners(targets: readonly EventTarget[] = [window, document]): { active(): number; restore(): void } {
  const live = new Map<EventTarget, Set<string>>();
  const restores: (() => void)[] = [];
  const idOf = new WeakMap<object, number>();
  let next = 0;
  const keyOf = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): string => {
    if (!listener) return '';
    if (!idOf.has(listener)) idOf.set(listener, ++next);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${type}|${idOf.get(listener)}|${capture}`;
  };
  for (const target of targets) {
    const set = new Set<string>();
    live.set(target, set);
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type, listener, options) {
      const key = keyOf(type, listener, options);
      if (key) set.add(key);
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type, listener, options) {
      set.delete(keyOf(type, listener, options));
      return remove.call(this, type, listener, options);
    };
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return {
    active: () => [...live.values()].reduce((sum, set) => sum + set.size, 0),
    restore: () => restores.forEach((restore) => restore()),
  };
}

/**
 * Replaces `navigator.clipboard.writeText` with a recorder until `restore()`; `write` answers each call
 * (a clipboard that accepts everything unless given, e.g. one that refuses with a `NotAllowedError`).
 */
export function stubClipboard(write: (text: string) => Promise<void> = () => Promise.resolve()): {
  readonly written: string[];
  restore(): void;
} {
  const written: string[] = [];
  const clipboard = navigator.clipboard;
  const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(clipboard), 'writeText');
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: (text: string) => {
      written.push(text);
      return write(text);
    },
  });
  return {
    written,
    restore: () => {
      delete (clipboard as unknown as Record<string, unknown>)['writeText'];
      if (original && !Object.getOwnPropertyDescriptor(Object.getPrototypeOf(clipboard), 'writeText')) {
        Object.defineProperty(Object.getPrototypeOf(clipboard), 'writeText', original);
      }
    },
  };
}

/** What a test page in an iframe reports through `parent.postMessage({ source: 'vip-hardening', … })`. */
export interface FrameReport {
  readonly source: 'vip-hardening';
  readonly [key: string]: unknown;
}

/**
 * Loads `url` in a visible iframe and resolves with the first report it posts that `accept`s, or rejects after
 * `timeoutMs`. The iframe is removed by `close()`.
 */
export function loadFrame(
  url: string,
  accept: (report: FrameReport) => boolean,
  timeoutMs = 8000,
): { readonly frame: HTMLIFrameElement; readonly report: Promise<FrameReport>; close(): void } {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  let onMessage: (event: MessageEvent) => void = () => undefined;
  const report = new Promise<FrameReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no report from ${url} within ${timeoutMs} ms`)), timeoutMs);
    onMessage = (event) => {
      const data = event.data as FrameReport | undefined;
      if (event.source !== frame.contentWindow || data?.source !== 'vip-hardening' || !accept(data)) return;
      clearTimeout(timer);
      resolve(data);
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = url;
  document.body.append(frame);
  return {
    frame,
    report,
    close: () => {
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}

/**
 * Resolves in a task after every zero-delay timer already scheduled has run (timers of equal delay run in order):
 * e.g. after an element's check, a task after it was removed, of whether it really left the page.
 */
export function afterScheduledTasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Counts timers (setTimeout, setInterval, requestIdleCallback) started on the page and neither run nor
 * cancelled yet, by wrapping the timer functions until `restore()`.
 */
export function countTimers(): { pending(): number; restore(): void } {
  const live = new Set<string>();
  const w = window as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = Object.fromEntries(
    ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestIdleCallback', 'cancelIdleCallback'].map((name) => [name, w[name]!]),
  );
  const wrapStart = (name: string, kind: string, once: boolean): void => {
    w[name] = (callback: unknown, ...rest: unknown[]) => {
      const run = (...args: unknown[]): void => {
        if (once) live.delete(`${kind}${id}`);
        if (typeof callback === 'function') (callback as (...a: unknown[]) => void)(...args);
      };
      const id = originals[name]!.call(window, run, ...rest);
      live.add(`${kind}${id}`);
      return id;
    };
  };
  const wrapStop = (name: string, kind: string): void => {
    w[name] = (id: unknown) => {
      live.delete(`${kind}${id}`);
      return originals[name]!.call(window, id);
    };
  };
  wrapStart('setTimeout', 't', true);
  wrapStart('setInterval', 't', false);
  wrapStop('clearTimeout', 't');
  wrapStop('clearInterval', 't');
  wrapStart('requestIdleCallback', 'i', true);
  wrapStop('cancelIdleCallback', 'i');
  return {
    pending: () => live.size,
    restore: () => Object.assign(w, originals),
  };
}
