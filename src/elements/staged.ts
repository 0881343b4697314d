import { nextFrame } from '../tasks.js';

/**
 * How much of a long list one frame may add (README, "Performance": no task over 50 ms at 4× CPU throttling,
 * layout included). A unit is about one list row with its text: at the limits (README "Limits") a tier of 20
 * rewards and 20 perks weighs 41, so the tier list shows one such tier per frame; a coupon weighs 4, 15 per frame.
 * Measured on the largest allowed document (bench/largest.mjs), builds loaded in turn: 60 gave 8 tasks over 50 ms in
 * 20 loads, 100 gave 27 (on a machine where the page without the widget has 3–8 in 15 loads).
 */
export const STAGE_WEIGHT = 60;

/**
 * Shows a long list in stages, one more per rendered frame, so creating and laying out all of it never happens in one task.
 * Rows already shown stay and later stages only add rows after them, so nothing shown moves. An element calls
 * {@link StagedList.take} from `render()` and awaits {@link StagedList.pending} in `getUpdateComplete()`.
 */
export class StagedList {
  readonly #requestUpdate: () => void;
  #shown = 0;
  #step: Promise<void> | undefined;

  constructor(requestUpdate: () => void) {
    this.#requestUpdate = requestUpdate;
  }

  /**
   * The first items of `items` to render now: those shown before, plus up to {@link STAGE_WEIGHT} more (at least
   * one). Schedules the next stage while some remain.
   */
  take<T>(items: readonly T[], weightOf: (item: T) => number = () => 1): readonly T[] {
    let count = Math.min(this.#shown, items.length);
    for (let weight = 0; count < items.length; count++) {
      weight += weightOf(items[count]!);
      if (weight > STAGE_WEIGHT && count > this.#shown) break;
    }
    this.#shown = count;
    if (count < items.length) {
      this.#step ??= nextFrame().then(() => {
        this.#step = undefined;
        this.#requestUpdate();
      });
    }
    return count === items.length ? items : items.slice(0, count);
  }

  /** Starts over: the next list is shown from its first stage (after the content was replaced by a placeholder). */
  reset(): void {
    this.#shown = 0;
  }

  /** The next stage, while one is to come. */
  get pending(): Promise<void> | undefined {
    return this.#step;
  }
}
