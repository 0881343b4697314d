/**
 * The demo page: starts the mock store API, fills the picker, points every widget at the picked shopper
 * and logs the widgets' events. The settings live in the page URL, so a merchant can share what they see.
 */
import { setupWorker } from 'msw/browser';
import { toDecimal, toMinorUnits } from '../src/engine/index.js';
import { accountUrl, faults, handlers, programStates, type Fault, type ProgramState } from './handlers.js';
import { findShopper, generatedAt, shoppers, type ShopperId } from './shoppers.js';

type Theme = 'default' | 'noir' | 'sprout';
type Position = 'bottom-right' | 'bottom-left';

interface Settings {
  shopper: ShopperId;
  program: ProgramState;
  fault: Fault;
  /** `YYYY-MM-DD`, or '' for the document's own date. */
  date: string;
  theme: Theme;
  locale: string;
  position: Position;
}

const defaults: Settings = {
  shopper: 'halfway',
  program: 'enabled',
  fault: 'none',
  date: '',
  theme: 'default',
  locale: '',
  position: 'bottom-right',
};

const themes: readonly Theme[] = ['default', 'noir', 'sprout'];
const positions: readonly Position[] = ['bottom-right', 'bottom-left'];
/** Every built-in language (README, "Languages"), and one without a catalog, which falls back to English. */
const locales = [
  '', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'pt-PT', 'sv-SE', 'da-DK', 'pl-PL', 'ja-JP', 'ko-KR',
  'zh-CN', 'zh-TW', 'ar-SA', 'he-IL', 'nb-NO',
];
const eventNames = ['vip-load', 'vip-error', 'vip-open', 'vip-close', 'vip-coupon-copy'] as const;
const maxLogEntries = 60;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The demo page has no #${id}`);
  return element as T;
}

const form = byId<HTMLFormElement>('picker');
const shopperSelect = byId<HTMLSelectElement>('pick-shopper');
const programSelect = byId<HTMLSelectElement>('pick-program');
const faultSelect = byId<HTMLSelectElement>('pick-fault');
const nowInput = byId<HTMLInputElement>('pick-now');
const themeSelect = byId<HTMLSelectElement>('pick-theme');
const localeSelect = byId<HTMLSelectElement>('pick-locale');
const positionSelect = byId<HTMLSelectElement>('pick-position');
const summary = byId<HTMLParagraphElement>('shopper-summary');
const markup = byId<HTMLElement>('markup');
const log = byId<HTMLOListElement>('event-log');
const logEmpty = byId<HTMLParagraphElement>('event-log-empty');

const widgetIds = ['account-block', 'program-strip', 'launcher', 'cart-progress'] as const;
const cartAmount = byId<HTMLInputElement>('cart-amount');
const widgets = (): HTMLElement[] => widgetIds.map((id) => byId(id));

// ——— Settings ⇄ URL ———

const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

function readSettings(search: string): Settings {
  const query = new URLSearchParams(search);
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = query.get(name);
    return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  };
  const date = query.get('now') ?? '';
  return {
    shopper: pick('shopper', shoppers.map((s) => s.id), defaults.shopper),
    program: pick('program', programStates.map((s) => s.id), defaults.program),
    fault: pick('fault', faults.map((f) => f.id), defaults.fault),
    date: isDate(date) ? date : '',
    theme: pick('theme', themes, defaults.theme),
    locale: pick('locale', locales, defaults.locale),
    position: pick('position', positions, defaults.position),
  };
}

function writeSettings(settings: Settings): void {
  const query = new URLSearchParams();
  const keys = { shopper: 'shopper', program: 'program', fault: 'fault', date: 'now', theme: 'theme', locale: 'locale', position: 'position' } as const;
  for (const [key, param] of Object.entries(keys) as [keyof Settings, string][]) {
    if (settings[key] !== defaults[key]) query.set(param, settings[key]);
  }
  const search = query.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

function settingsFromForm(): Settings {
  return readSettings(
    new URLSearchParams({
      shopper: shopperSelect.value,
      program: programSelect.value,
      fault: faultSelect.value,
      now: nowInput.value,
      theme: themeSelect.value,
      locale: localeSelect.value,
      position: positionSelect.value,
    }).toString(),
  );
}

// ——— Picker ———

function option(value: string, label: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

function fillPicker(settings: Settings): void {
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const shopper of shoppers) {
    let group = groups.get(shopper.store);
    if (!group) {
      group = document.createElement('optgroup');
      group.label = shopper.store;
      groups.set(shopper.store, group);
      shopperSelect.append(group);
    }
    group.append(option(shopper.id, shopper.label));
  }
  programSelect.append(...programStates.map((state) => option(state.id, state.label)));
  faultSelect.append(...faults.map((fault) => option(fault.id, fault.label)));

  shopperSelect.value = settings.shopper;
  programSelect.value = settings.program;
  faultSelect.value = settings.fault;
  nowInput.value = settings.date;
  themeSelect.value = settings.theme;
  localeSelect.value = settings.locale;
  positionSelect.value = settings.position;
}

// ——— Widgets ———

/** The `now` attribute for a picked date: that day at the documents' own time of day. */
const nowFor = (date: string): string => `${date}${generatedAt.slice(10)}`;

function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null || value === '') element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function apply(settings: Settings): void {
  const src = accountUrl({ shopper: settings.shopper, program: settings.program, fault: settings.fault });
  const now = settings.date ? nowFor(settings.date) : null;
  for (const widget of widgets()) {
    setAttribute(widget, 'src', src);
    setAttribute(widget, 'now', now);
    setAttribute(widget, 'locale', settings.locale || null);
  }
  setAttribute(byId('launcher'), 'position', settings.position);
  applyCart(settings);
  document.documentElement.dataset['theme'] = settings.theme;

  summary.textContent = describeSettings(settings);
  markup.textContent = snippet(src, now, settings);
  writeSettings(settings);
}

/**
 * The mock cart: its total, typed in the shopper's currency, becomes `cart-total` in minor units (and, for a points
 * program, `cart-points` at one point per whole unit of the currency, as the demo's orders earn them).
 */
function applyCart(settings: Settings): void {
  const currency = findShopper(settings.shopper)?.document.program.currency ?? 'USD';
  byId('cart-currency').textContent = currency;
  const cart = byId('cart-progress');
  let minor: number | null = null;
  try {
    minor = cartAmount.value.trim() === '' ? null : toMinorUnits(cartAmount.value, currency);
  } catch {
    minor = null;
  }
  setAttribute(cart, 'cart-total', minor === null ? null : String(minor));
  setAttribute(cart, 'cart-points', minor === null ? null : String(Math.floor(Number(cartAmount.value))));
}

/** One sentence per setting that changes what the shopper sees. */
function describeSettings(settings: Settings): string {
  const shopper = findShopper(settings.shopper);
  return [
    shopper ? `${shopper.label}. ${shopper.store}.` : '',
    programStates.find((state) => state.id === settings.program)?.effect ?? '',
    faults.find((fault) => fault.id === settings.fault)?.effect ?? '',
    settings.date ? `Previewed as of ${settings.date}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function snippet(src: string, now: string | null, settings: Settings): string {
  const attributes = [
    `src="${src}"`,
    ...(now ? [`now="${now}"`] : []),
    ...(settings.locale ? [`locale="${settings.locale}"`] : []),
  ];
  const tag = (name: string, extra: string[] = []): string =>
    [`<${name}`, ...[...attributes, ...extra].map((a) => `  ${a}`)].join('\n') + `>\n</${name}>`;
  return [
    '<link rel="stylesheet" href="/vip-tiers.css">',
    '<script type="module" src="/vip-tiers.js" async blocking="render"></script>',
    '',
    tag('vip-account'),
    '',
    tag('vip-launcher', [`position="${settings.position}"`]),
    '',
    tag('vip-cart-progress', [`cart-total="${byId('cart-progress').getAttribute('cart-total') ?? ''}"`, 'top-tier-line']),
  ].join('\n');
}

/** Replaces every widget by a fresh copy: what a Shopify section reload or a Turbo visit does. */
function reloadWidgets(): void {
  for (const widget of widgets()) {
    const copy = widget.cloneNode(true) as HTMLElement;
    copy.removeAttribute('open');
    widget.replaceWith(copy);
  }
}

// ——— Event log ———

function describe(event: Event): string {
  switch (event.type) {
    case 'vip-load': {
      const status = (event as GlobalEventHandlersEventMap['vip-load']).detail;
      // The log shows the engine's figures as a backend reads them: minor units as an ISO 4217 decimal.
      const amount = (n: number): string =>
        status.unit === 'money' ? `${toDecimal(n, status.currency)} ${status.currency}` : `${n} ${status.unit}`;
      const parts = [`state ${status.state}`, `tier ${status.tier?.name ?? '–'}`];
      if (status.progress && status.nextTier) {
        parts.push(`${amount(status.progress.remaining)} to ${status.nextTier.name}`);
      }
      if (status.keep) parts.push(`keep: ${amount(status.keep.remaining)} by ${status.keep.byDate}`);
      if (status.coupons.length) parts.push(`${status.coupons.length} coupon${status.coupons.length === 1 ? '' : 's'}`);
      return parts.join(' · ');
    }
    case 'vip-error': {
      const { message, issues } = (event as GlobalEventHandlersEventMap['vip-error']).detail;
      const fields = issues.map((issue) => `${issue.path || '(document)'}: ${issue.message}`);
      return [message, ...fields].join(' · ');
    }
    case 'vip-coupon-copy':
      return `code ${(event as GlobalEventHandlersEventMap['vip-coupon-copy']).detail.code}`;
    default:
      return '';
  }
}

function logEvent(event: Event): void {
  const source = event.target instanceof Element ? `<${event.target.localName}>` : '';
  const item = document.createElement('li');
  item.className = `event-log__item event-log__item--${event.type}`;

  const time = document.createElement('time');
  const at = new Date();
  time.dateTime = at.toISOString();
  time.textContent = at.toLocaleTimeString('en-GB');

  const name = document.createElement('code');
  name.className = 'event-log__name';
  name.textContent = event.type;

  const detail = document.createElement('span');
  detail.className = 'event-log__detail';
  detail.textContent = [source, describe(event)].filter(Boolean).join(' ');

  item.append(time, ' ', name, ' ', detail);
  log.prepend(item);
  while (log.children.length > maxLogEntries) log.lastElementChild?.remove();
  logEmpty.hidden = true;
}

function clearLog(): void {
  log.replaceChildren();
  logEmpty.hidden = false;
}

// ——— Start ———

async function start(): Promise<void> {
  const settings = readSettings(location.search);
  fillPicker(settings);
  byId('generated-at').textContent = new Date(generatedAt).toLocaleDateString('en-US', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  (byId('generated-at') as HTMLTimeElement).dateTime = generatedAt;

  for (const name of eventNames) document.addEventListener(name, logEvent);
  form.addEventListener('change', () => apply(settingsFromForm()));
  cartAmount.addEventListener('input', () => apply(settingsFromForm()));
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('reload-widgets').addEventListener('click', reloadWidgets);
  byId('clear-log').addEventListener('click', clearLog);

  const worker = setupWorker(...handlers);
  try {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  } catch (error) {
    summary.textContent = `The mock store API could not start (${String(error)}); the widgets will show their error state.`;
  }

  // The widgets get their `src` before their code registers them, so the first request is the right one.
  apply(settings);
  await import('../src/define.js');
}

void start();
