import { evaluate, guestStatus, parseAccountSteps, parseInstant } from '../engine/index.js';
import type { Account, VipStatus } from '../engine/index.js';
import type { VipErrorDetail } from './events.js';
import { nextTask } from './next-task.js';
import { problemOf, type SourceState } from './source-state.js';
import { warmUp } from './warm-up.js';

/** The engine's answer for one source state at one `now`: a status, an error, or both (a stale status). */
export interface Evaluation {
  readonly state: SourceState;
  readonly now: string | undefined;
  readonly status?: VipStatus;
  readonly error?: VipErrorDetail;
  /** The parsed document the status was evaluated from (for `project`). */
  readonly account?: Account;
}

/** The `now` attribute as epoch ms, or undefined when absent or not an instant. */
function previewInstant(now: string | undefined): number | undefined {
  // The engine's own reading: an offset or Z is required, so the browser's zone never decides.
  return now === undefined ? undefined : parseInstant(now);
}

/**
 * Runs the engine on a source state, once per state and `now` (the arguments are compared by identity, as
 * `@lit/task` does). A document is parsed and evaluated in tasks of their own (README, "Performance": no task over
 * 50 ms), while the shown evaluation stays; guest and error states apply at once. A newer state supersedes a job
 * still running, which then shows nothing.
 */
export class EvaluationJob {
  readonly #onEvaluated: (next: Evaluation, last: Evaluation | undefined) => void;
  #shown: Evaluation | undefined;
  #job: { readonly state: SourceState; readonly now: string | undefined; done: Promise<void> } | undefined;

  /** `onEvaluated` is called with each evaluation as it becomes the shown one, and the one it replaces. */
  constructor(onEvaluated: (next: Evaluation, last: Evaluation | undefined) => void) {
    this.#onEvaluated = onEvaluated;
  }

  /** The evaluation shown now, undefined before the first. */
  get shown(): Evaluation | undefined {
    return this.#shown;
  }

  /** Settles when the document being parsed and evaluated is shown (or superseded); undefined when none is. */
  get evaluating(): Promise<void> | undefined {
    return this.#job?.done;
  }

  /** Evaluates `state` at `now` unless that is what is shown or being evaluated already. */
  run(state: SourceState, now: string | undefined, locale: string): void {
    const last = this.#shown;
    if (last && last.state === state && last.now === now) return;
    const job = this.#job;
    if (job && job.state === state && job.now === now) return;
    this.#job = undefined;
    if (state.kind === 'document') this.#start(state, now, locale);
    else if (state.kind === 'guest') this.#show({ state, now, status: guestStatus(previewInstant(now) ?? Date.now()) });
    else this.#show(state.kind === 'error' ? { state, now, error: state.error } : { state, now });
  }

  #show(next: Evaluation): void {
    const last = this.#shown;
    this.#shown = next;
    this.#onEvaluated(next, last);
  }

  #start(state: SourceState & { kind: 'document' }, now: string | undefined, locale: string): void {
    const job = { state, now, done: Promise.resolve() };
    const current = (): boolean => this.#job === job;
    const run = async (): Promise<void> => {
      await nextTask();
      if (!current()) return;
      await warmUp(locale);
      if (!current()) return;
      let next: Evaluation;
      try {
        // A large document is validated over several tasks (parseAccountSteps yields between its parts).
        const steps = parseAccountSteps(state.body);
        let step = steps.next();
        while (!step.done) {
          await nextTask();
          if (!current()) return;
          step = steps.next();
        }
        const parsed = step.value;
        if (parsed.ok) {
          await nextTask();
          if (!current()) return;
          const at = previewInstant(now);
          next = { state, now, status: evaluate(parsed.account, at === undefined ? {} : { now: at }), error: state.failure, account: parsed.account };
          // The first render of the status is a task of its own.
          await nextTask();
        } else {
          next = { state, now, error: { message: 'The account document is invalid.', issues: parsed.issues } };
        }
      } catch (error) {
        // README, "Reliability and security": never an exception into the page; a document the engine cannot
        // evaluate is an error view.
        next = { state, now, error: { message: 'The account document could not be evaluated.', issues: problemOf(error).issues } };
      }
      if (!current()) return;
      this.#job = undefined;
      this.#show(next);
    };
    this.#job = job;
    job.done = run();
  }
}
