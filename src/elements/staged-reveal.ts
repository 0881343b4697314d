import type { ReactiveControllerHost } from 'lit';
import { nextFrame } from '../tasks.js';

/**
 * Reveals a host's content in stages, one more per frame once the content is ready, so creating and laying out
 * a whole block never happens in one task. Later stages only insert nodes after earlier ones: nothing already
 * shown moves. A stage whose code is still on its way (`prepare`) waits for it too.
 */
export class StagedReveal {
  readonly #host: ReactiveControllerHost;
  #stages = 0;
  #shown = 0;
  /** Bumped whenever the content goes away, so a pending step of an earlier reveal does nothing. */
  #generation = 0;
  #step: Promise<void> | undefined;
  readonly #prepare: ((stage: number) => Promise<void> | undefined) | undefined;

  /** `prepare(stage)`: what must be here before that stage is shown, if anything; it must not reject. */
  constructor(host: ReactiveControllerHost, prepare?: (stage: number) => Promise<void> | undefined) {
    this.#host = host;
    this.#prepare = prepare;
  }

  /**
   * Call from `render()` with the number of stages of the content, 0 while it is not ready: how many stages to
   * show now. Schedules the next stage.
   */
  shown(stages: number): number {
    this.#stages = stages;
    if (!stages) {
      if (this.#shown) this.#generation += 1;
      this.#shown = 0;
      return 0;
    }
    this.#shown ||= 1;
    if (this.#shown < this.#stages && !this.#step) {
      const generation = this.#generation;
      // The code first, then a frame: the stage renders in a task of its own, not in the one that registered the code.
      this.#step = Promise.resolve(this.#prepare?.(this.#shown + 1)).then(nextFrame).then(() => {
        this.#step = undefined;
        if (generation === this.#generation) this.#shown += 1;
        // Content taken away meanwhile shows nothing more, but the host updates all the same: no step is pending now,
        // so it lifts what it held for one (the space held while loading). Content shown again goes on.
        this.#host.requestUpdate();
      });
    }
    return this.#shown;
  }

  /** Whether the content is ready and every stage of it is shown. */
  get complete(): boolean {
    return this.#stages > 0 && this.#shown >= this.#stages;
  }

  /** The pending step, if a stage is still to come. */
  get pending(): Promise<void> | undefined {
    return this.#step;
  }
}
