/**
 * The script-tag entry (`dist/vip-tiers.js`). It holds no element code: it watches the page for `vip-*` tags,
 * present now or added later, and imports only the chunk that registers them. Loaded with `async`, `defer` or
 * neither; included twice, or next to another copy of vip-tiers, only the first copy acts. With the first widget tag
 * it finds, it starts a worker that loads Intl's data (`warmIntl`); `data-no-worker` on a script tag turns that off.
 */

import { reservedSpace } from './lazy/reserved-space.js';
import { registrarOfTag, type Registrar } from './tags.js';

type Chunk = () => Promise<unknown>;

const program: Chunk = () => import('./lazy/program.js');

/** The chunk each registration module of the tag table comes in. The pieces come with `<vip-program>`. */
const chunkOf: Readonly<Record<Registrar, Chunk>> = {
  account: () => import('./lazy/account.js'),
  launcher: () => import('./lazy/launcher.js'),
  program,
  pieces: program,
  lists: program,
  cart: () => import('./lazy/cart.js'),
};
const selector = Object.keys(registrarOfTag).join();

const loaderKey = Symbol.for('vip-tiers.loader');

/**
 * The Intl services the elements use first, in `locale` and in the engine's `en-US`: the worker's side of `warmIntl`.
 * The same services as the elements' own warm-up (src/elements/warm-up.ts, `warmUp`), which runs after it.
 * Whether every one ran (a locale Intl rejects stops at the first).
 */
function useIntl(locale: string): boolean {
  let ran = true;
  for (const tag of [locale, 'en-US']) {
    try {
      new Intl.Locale(tag).maximize();
      new Intl.PluralRules(tag).select(1);
      new Intl.ListFormat(tag).format(['a']);
      for (const options of [{}, { style: 'currency', currency: 'USD' }] as const) new Intl.NumberFormat(tag, options).format(1);
      for (const options of [{ dateStyle: 'medium' }, { timeZone: 'America/New_York', hour: 'numeric' }] as const) {
        new Intl.DateTimeFormat(tag, options).format(0);
      }
      Intl.supportedValuesOf('currency');
    } catch {
      // Only time is lost: the elements use Intl as they would have.
      ran = false;
    }
  }
  return ran;
}

/**
 * The browser's first use of each Intl service loads its data, 30–100 ms of main-thread time at 4× CPU throttling,
 * the largest single steps of showing the block (README, "Performance"). That data is kept by the page's process for
 * all its threads, so a worker loads it while the elements' code downloads, and their first formatters then take a
 * few milliseconds. The worker is this file again; from another origin (a CDN), through a one-line module that
 * imports it. Where no worker starts (an old browser), the elements warm Intl up themselves, a service per task. A
 * store whose Content-Security-Policy restricts workers or enforces Trusted Types, where the browser would refuse and
 * report the worker, turns it off with `data-no-worker` on the script tag (README, "Reliability and security").
 */
function warmIntl(locale: string): void {
  let blob: string | undefined;
  try {
    if (document.querySelector('script[data-no-worker]')) return;
    const { href, origin } = new URL(import.meta.url);
    if (origin !== location.origin) {
      blob = URL.createObjectURL(new Blob([`import ${JSON.stringify(href)}`], { type: 'text/javascript' }));
    }
    // The locale goes in the URL's fragment, not in a message: the worker needs nothing from the page once started.
    const worker = new Worker(`${blob ?? href}#${encodeURIComponent(locale)}`, { type: 'module' });
    worker.onmessage = worker.onerror = () => {
      worker.terminate();
      if (blob) URL.revokeObjectURL(blob);
    };
  } catch {
    if (blob) URL.revokeObjectURL(blob);
  }
}

/**
 * Runs `callback` as the next frame begins, before it paints; in a hidden tab, which renders none, in the next task.
 * As `atFrameStart` in src/tasks.ts, which the loader does not import.
 */
function beforePaint(callback: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(callback);
  else requestAnimationFrame(callback);
}

/**
 * Runs `callback` in a task after the browser's next frame; in a hidden tab, which renders none, in a later task. The
 * page's first layout and paint come before the widget's downloads and their compiling (README, "Performance").
 * As `nextFrame` in src/tasks.ts, which the loader does not import: it holds no code of the elements' chunks.
 */
function afterFrame(callback: () => void): void {
  beforePaint(() => setTimeout(callback));
}

function start(): void {
  const requested = new Set<Chunk>();
  const chunkCount = new Set(Object.values(chunkOf)).size;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });

  let warming = false;

  function load(tag: string): void {
    const chunk = chunkOf[registrarOfTag[tag as keyof typeof registrarOfTag]];
    // A tag registered by other code (a bundled `vip-tiers/define`, another copy) is left alone.
    if (!chunk || requested.has(chunk) || customElements.get(tag)) return;
    requested.add(chunk);
    // Each import() starts a request, which costs the main thread several milliseconds at 4× CPU throttling: they
    // run in tasks of their own, not in the page's parse task, and after the page's first frame (README, "Performance").
    afterFrame(() =>
      chunk().then(
        () => {
          if (requested.size === chunkCount) observer.disconnect();
        },
        (error: unknown) => {
          // A failed download is retried when the next such tag appears.
          requested.delete(chunk);
          console.warn(`vip-tiers: could not load the code for <${tag}>`, error);
        },
      ),
    );
  }

  function scan(root: Element | Document): void {
    for (const element of root instanceof Element ? [root, ...root.querySelectorAll(selector)] : root.querySelectorAll(selector)) {
      if (!warming && element.localName in registrarOfTag) {
        warming = true;
        // Starting a worker costs the main thread several milliseconds at 4× CPU throttling: not in the page's task.
        setTimeout(() => warmIntl(element.getAttribute('locale') || element.closest('[lang]')?.getAttribute('lang') || 'en'));
      }
      load(element.localName);
      if (element.localName === 'vip-account') reserve(element as HTMLElement);
    }
  }

  /**
   * The size this block had last time on this device (stored by the element under the same key, per `src` or,
   * for an inline document, per page), held until its code arrives: repeat visits hold exactly what will be shown.
   */
  function reserve(element: HTMLElement): void {
    try {
      const src = element.getAttribute('src');
      const size = Number(localStorage.getItem(`vip-tiers:size:vip-account ${src ? new URL(src, location.href).href : location.pathname}`));
      if (size > 0 && size < 1e5 && !customElements.get('vip-account')) element.style.setProperty('--vip-loading-block-size', `${size}px`);
    } catch {
      // Storage off or forbidden: the first-visit estimate holds the space.
    }
  }

  // A constructed sheet: no inline style, so a strict Content-Security-Policy allows it. Where the page links
  // vip-tiers.css, which holds the same rules, none: parsing and adopting it would only lengthen the page's task.
  if (!document.querySelector('link[rel~=stylesheet][href*="vip-tiers.css"]')) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(reservedSpace);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } catch {
      // Without constructable style sheets the widget still works; only the space is not held in advance.
    }
  }

  observer.observe(document, { childList: true, subtree: true });
  if (document.readyState === 'loading') {
    scan(document);
    document.addEventListener('DOMContentLoaded', () => scan(document), { once: true });
  } else {
    // The page's parse has ended (for a deferred script, this runs as the next frame begins): only the blocks' space
    // is held in this task, before the next paint; finding the tags and loading their code wait for a task of their own.
    for (const element of document.getElementsByTagName('vip-account')) reserve(element as HTMLElement);
    setTimeout(() => scan(document));
  }
}

const global = globalThis as { [loaderKey]?: true };
if (typeof document === 'undefined') {
  // In the worker of `warmIntl`, whose URL's fragment is the locale.
  (globalThis as unknown as Worker).postMessage(useIntl(decodeURIComponent(location.hash.slice(1))));
} else if (!global[loaderKey]) {
  global[loaderKey] = true;
  // A deferred module (`type="module"` without `async`, as at the end of <body>) runs as the parse ends, and Chromium
  // then lays out the whole page in the same task (30–50 ms at 4× CPU throttling): the loader's work there, its
  // storage read above all, made that task a long one. Then it starts as the next frame begins, still before that
  // frame paints. Anywhere else (the parse still running, an `async` script after it) it runs in a task of its own,
  // and starts at once.
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (document.readyState === 'interactive' && !navigation?.domContentLoadedEventStart) beforePaint(start);
  else start();
}
