// The engine without its schema (zod), which is imported below only for a document the fast check refuses.
import { checkAccountSteps, evaluate, guestStatus, parseInstant } from '../engine/core.js';
import type { Account, ParseResult, VipStatus } from '../engine/core.js';
import type { VipErrorDetail } from './events.js';
import { nextTask } from '../tasks.js';
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

/** Activity items of the first partial evaluation of a large history (then four times as many, until the whole). */
const WARM_PART = 500;

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
  readonly #prepare: (status: VipStatus) => void;
  #shown: Evaluation | undefined;
  #job: { readonly state: SourceState; readonly now: string | undefined; done: Promise<void> } | undefined;

  /**
   * `onEvaluated` is called with each evaluation as it becomes the shown one, and the one it replaces; `prepare`
   * with an evaluated document's status, in a task before that (what its first render needs measured).
   */
  constructor(onEvaluated: (next: Evaluation, last: Evaluation | undefined) => void, prepare: (status: VipStatus) => void) {
    this.#onEvaluated = onEvaluated;
    this.#prepare = prepare;
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
      /** Runs `steps` a task each; undefined when a newer state superseded this job meanwhile. */
      const stepwise = async <T>(steps: Generator<void, T, void>): Promise<{ value: T } | undefined> => {
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) return { value: step.value };
          await nextTask();
          if (!current()) return undefined;
        }
      };
      let next: Evaluation;
      try {
        // The whole document by the fast check (check.ts), a large one over several tasks. Only a document it refuses
        // loads the schema (zod), which words the issues; building the schema is split into tasks too.
        let checked: { value: Account | undefined } | undefined;
        try {
          checked = await stepwise(checkAccountSteps(state.body));
        } catch {
          checked = { value: undefined };
        }
        if (!checked) return;
        let parsed: ParseResult;
        if (checked.value) {
          parsed = { ok: true, account: checked.value };
        } else {
          const [{ schemaSteps }, { prepareAccountSchema }] = await Promise.all([import('../engine/parse.js'), import('../engine/schema.js')]);
          for (const build of prepareAccountSchema()) {
            await nextTask();
            if (!current()) return;
            build();
          }
          const worded = await stepwise(schemaSteps(state.body));
          if (!worded) return;
          parsed = worded.value;
        }
        if (parsed.ok) {
          const at = previewInstant(now);
          const options = at === undefined ? {} : { now: at };
          // The program alone is evaluated first, in a task of its own: the engine's code is compiled and the store's
          // calendar read (a time zone's first use in Intl), the larger part of a first evaluation (README,
          // "Performance"). A large history is then evaluated in part, a task each, before the whole of it runs.
          const { activity } = parsed.account;
          await nextTask();
          if (!current()) return;
          evaluate({ ...parsed.account, activity: [], coupons: [] }, { ...options, detail: false });
          for (let part = WARM_PART; part < activity.length; part *= 4) {
            await nextTask();
            if (!current()) return;
            evaluate({ ...parsed.account, activity: activity.slice(0, part) }, options);
          }
          await nextTask();
          if (!current()) return;
          const status = evaluate(parsed.account, options);
          next = { state, now, status, error: state.failure, account: parsed.account };
          // What the status's first render needs measured (its tier colours) is a task of its own, and so is the render.
          await nextTask();
          if (!current()) return;
          this.#prepare(status);
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
