import { isCurrency, isTimeZone } from '../engine/core.js';
import { formatDate, formatList, formatNumber, pluralOf } from '../i18n/format.js';
import { nextTask } from '../tasks.js';

let warm: Promise<void> | undefined;

/**
 * Intl's locale data (the subtag tables `Intl.Locale` reads), which an element needs as it upgrades to choose its
 * locale: its first use is the largest single step of that task, so it is taken in a task before.
 */
export function warmLocales(): void {
  try {
    new Intl.Locale('en').maximize();
  } catch {
    // Without Intl.Locale the upgrade fails the same way later; the warm-up only saves time.
  }
}

/**
 * The browser's first use of each Intl service loads its data, the slowest steps of showing the block; together they
 * make a task over 50 ms (README, "Performance"). So each is used once per page, in a task of its own, while the
 * document is on its way or before the first one is read: the numbering systems (about half of what the first number
 * formatter loads, measured at 4× CPU throttling), numbers, plural rules, lists (what a tier unlocks),
 * dates, time zones (the engine's store-local calendar) and the currency list (the document check). A formatter
 * made here is the one used later. Tasks, not idle callbacks: a busy page may never be idle, and the launcher's
 * idle callback is what loads its popup. The loader's worker has usually loaded the data of the same services already
 * (src/loader.ts, `useIntl`); these steps then take a few milliseconds, and stay for where no worker ran.
 */
export function warmUp(locale: string): Promise<void> {
  warm ??= (async () => {
    const steps = [
      () => (Intl as { supportedValuesOf?: (key: string) => unknown }).supportedValuesOf?.('numberingSystem'),
      () => formatNumber(1, locale),
      () => pluralOf(1, locale),
      () => formatList(['a', 'b'], locale),
      () => formatDate('2026-01-01', locale),
      () => isTimeZone(new Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC'),
      () => isCurrency('USD'),
    ];
    for (const step of steps) {
      await nextTask();
      try {
        step();
      } catch {
        // A locale Intl rejects is handled where it is formatted; the warm-up only saves time.
      }
    }
  })();
  return warm;
}
