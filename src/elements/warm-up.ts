import { intlWarmUp } from '../i18n/format.js';
import { nextTask } from './next-task.js';

let warm: Promise<void> | undefined;

/**
 * Loads Intl's data once per page in a task of its own (README, "Performance": with anything else it makes a task
 * over 50 ms): while the document is on its way, or before the first document is parsed.
 */
export function warmUp(locale: string): Promise<void> {
  warm ??= (async () => {
    await nextTask();
    try {
      intlWarmUp(locale);
    } catch {
      // A locale Intl rejects is handled where it is formatted; the warm-up only saves time.
    }
    await nextTask();
  })();
  return warm;
}
