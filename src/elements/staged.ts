import { atFrameStart, nextFrame } from '../tasks.js';

/**
 * How much of a page's long lists one frame may add (README, "Performance": no task over 50 ms at 4× CPU throttling,
 * layout included). A unit is about one list row with its text: at the limits (README "Limits") a tier of 20
 * rewards and 20 perks weighs 41, so the tier list shows one such tier per frame; a coupon weighs 4, 7 per frame.
 * Measured on the largest allowed document (bench/largest.mjs, 5 loads each, in turn): with the weight shared by the
 * lists, 60 gave 11 tasks over 50 ms, 9 of them frames without script; 30 gave 9, 2 of them such frames.
 */
export const STAGE_WEIGHT = 30;

/**
 * A list heavier than three frames' weight is long: its rows are styled, laid out and painted only as they near the
 * viewport (the `long` class: `content-visibility: auto` on each row). At the limits the tier list is 20 tiers of 41 rows
 * each, and a frame that added one of them, styling and painting the rows above it again, took over 50 ms at
 * 4× CPU throttling. A shorter list renders every row, so the block's remembered size (README, "Layout stability") stays exact.
 */
export const LONG_LIST_WEIGHT = STAGE_WEIGHT * 3;

/** Whether `items`, each weighing `weightOf(item)`, make a long list ({@link LONG_LIST_WEIGHT}). */
export function isLong<T>(items: readonly T[], weightOf: (item: T) => number): boolean {
  let weight = 0;
  for (const item of items) if ((weight += weightOf(item)) > LONG_LIST_WEIGHT) return true;
  return false;
}

/** What the lists have added for the next frame: all of a page's lists share one frame's weight. */
let spent = 0;

/** Counts `weight` (more than 0) against the next frame; the count starts again at 0 as that frame begins to render. */
function spend(weight: number): void {
  if (!spent) atFrameStart(() => (spent = 0));
  spent += weight;
}

/**
 * Shows a long list in stages, one more per rendered frame, so creating and laying out all of it never happens in one
 * task. The lists of a page share each frame's {@link STAGE_WEIGHT}: the coupons and the tier list staged at once
 * add no more in a frame than one list alone. Rows already shown stay and later stages only add rows
 * after them, so nothing shown moves. An element calls {@link StagedList.take} from `render()` and awaits
 * {@link StagedList.pending} in `getUpdateComplete()`.
 */
export class StagedList {
  readonly #requestUpdate: () => void;
  #shown = 0;
  #step: Promise<void> | undefined;

  constructor(requestUpdate: () => void) {
    this.#requestUpdate = requestUpdate;
  }

  /**
   * The first items of `items` to render now: those shown before, plus what this frame's weight has room for (at
   * least one item in a frame that has added nothing yet). Schedules the next stage while some remain.
   */
  take<T>(items: readonly T[], weightOf: (item: T) => number = () => 1): readonly T[] {
    let count = Math.min(this.#shown, items.length);
    let added = 0;
    for (; count < items.length; count++) {
      const weight = weightOf(items[count]!);
      if (spent + added + weight > STAGE_WEIGHT && (spent + added > 0 || count > this.#shown)) break;
      added += weight;
    }
    this.#shown = count;
    if (added) spend(added);
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
