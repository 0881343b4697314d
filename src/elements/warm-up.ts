import { prepareAccountSchema } from '../engine/index.js';
import { intlWarmUp } from '../i18n/format.js';
import { nextTask } from './next-task.js';

let warm: Promise<void> | undefined;

/**
 * Loads Intl's data, then builds the account document's schema step by step, once per page and each in a task of its
 * own (README, "Performance": either at once is a task over 50 ms): while the document is on its way, or before the
 * first document is parsed. A parse that comes first builds whatever is missing itself.
 */
export function warmUp(locale: string): Promise<void> {
  warm ??= (async () => {
    await nextTask();
    try {
      intlWarmUp(locale);
    } catch {
      // A locale Intl rejects is handled where it is formatted; the warm-up only saves time.
    }
    for (const step of prepareAccountSchema()) {
      await nextTask();
      step();
    }
    await nextTask();
  })();
  return warm;
}
