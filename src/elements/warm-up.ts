import { isCurrency, isTimeZone } from '../engine/core.js';
import { formatDate, formatNumber, pluralOf } from '../i18n/format.js';
import { nextTask } from '../tasks.js';

let warm: Promise<void> | undefined;

/**
 * The browser's first use of each Intl service loads its data, the slowest steps of showing the block, which no
 * script can split; together they make a task over 50 ms (README, "Performance"). So each is used once per page, in
 * a task of its own, while the document is on its way or before the first one is read: numbers, plural rules,
 * dates, time zones (the engine's store-local calendar) and the currency list (the document check). A formatter
 * made here is the one used later. Tasks, not idle callbacks: a busy page may never be idle, and the launcher's
 * idle callback is what loads its popup.
 */
export function warmUp(locale: string): Promise<void> {
  warm ??= (async () => {
    const steps = [
      () => formatNumber(1, locale),
      () => pluralOf(1, locale),
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
