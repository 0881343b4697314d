import { expect } from '@open-wc/testing';
import { EvaluationJob, type Evaluation } from '../../src/elements/evaluation-job.js';
import type { SourceState } from '../../src/elements/source-state.js';
import type { VipStatus } from '../../src/engine/index.js';
import { account } from '../support/account.js';

/**
 * A job whose shown evaluations are recorded, with the one each replaced, and the statuses it prepared with how many
 * evaluations were shown at that moment.
 */
function recordedJob(): {
  job: EvaluationJob;
  shown: Array<{ next: Evaluation; last: Evaluation | undefined }>;
  prepared: Array<{ status: VipStatus; shownBefore: number }>;
} {
  const shown: Array<{ next: Evaluation; last: Evaluation | undefined }> = [];
  const prepared: Array<{ status: VipStatus; shownBefore: number }> = [];
  const job = new EvaluationJob(
    (next, last) => shown.push({ next, last }),
    (status) => prepared.push({ status, shownBefore: shown.length }),
  );
  return { job, shown, prepared };
}

const documentOf = (body: unknown, failure?: Evaluation['error']): SourceState =>
  failure ? { kind: 'document', body, failure } : { kind: 'document', body };

describe('EvaluationJob', () => {
  it('evaluates a document in later tasks, then shows its status', async () => {
    const { job, shown } = recordedJob();
    job.run(documentOf(account()), undefined, 'en');
    expect(shown).to.have.length(0);
    expect(job.evaluating).to.be.instanceOf(Promise);
    await job.evaluating;
    expect(job.evaluating).to.equal(undefined);
    expect(shown).to.have.length(1);
    expect(shown[0]!.next.status?.customer?.id).to.equal('42');
    expect(shown[0]!.next.error).to.equal(undefined);
    expect(job.shown).to.equal(shown[0]!.next);
  });

  it('prepares the status of a document in a later task, before it shows it, and shows that same status', async () => {
    const { job, shown, prepared } = recordedJob();
    job.run(documentOf(account()), undefined, 'en');
    expect(prepared).to.have.length(0);
    await job.evaluating;
    expect(prepared[0]!.shownBefore).to.equal(0);
    expect(prepared).to.have.length(1);
    expect(shown[0]!.next.status).to.equal(prepared[0]!.status);
    expect(prepared[0]!.status.tier?.name).to.equal(shown[0]!.next.status?.tier?.name);
  });

  it('shows a guest status at once, at the preview instant, with nothing to prepare', () => {
    const { job, shown, prepared } = recordedJob();
    job.run({ kind: 'guest' }, '2026-11-25T10:00:00+01:00', 'en');
    expect(job.evaluating).to.equal(undefined);
    expect(shown).to.have.length(1);
    expect(shown[0]!.next.status?.state).to.equal('guest');
    expect(shown[0]!.next.status?.now).to.equal('2026-11-25T09:00:00.000Z');
    expect(prepared).to.have.length(0);
  });

  it('shows a load error at once, with no status', () => {
    const { job, shown } = recordedJob();
    const error = { message: 'HTTP 500', issues: [{ path: '', message: 'HTTP 500' }] };
    job.run({ kind: 'error', error }, undefined, 'en');
    expect(shown.map(({ next }) => [next.status, next.error])).to.deep.equal([[undefined, error]]);
  });

  it('words an invalid document by field path instead of throwing', async () => {
    const { job, shown } = recordedJob();
    job.run(documentOf({ version: 1, program: {} }), undefined, 'en');
    await job.evaluating;
    const error = shown[0]!.next.error!;
    expect(error.message).to.equal('The account document is invalid.');
    expect(error.issues.map((issue) => issue.path)).to.include('program.tiers');
    expect(shown[0]!.next.status).to.equal(undefined);
  });

  it('keeps the failure of a refresh beside the last saved status (stale)', async () => {
    const { job, shown } = recordedJob();
    const failure = { message: 'HTTP 503', issues: [{ path: '', message: 'HTTP 503' }] };
    job.run(documentOf(account(), failure), undefined, 'en');
    await job.evaluating;
    expect(shown[0]!.next.status?.customer?.id).to.equal('42');
    expect(shown[0]!.next.error).to.equal(failure);
  });

  it('runs once for the same state and now, and again when now changes', async () => {
    const { job, shown } = recordedJob();
    const state = documentOf(account());
    job.run(state, undefined, 'en');
    const first = job.evaluating;
    job.run(state, undefined, 'en');
    expect(job.evaluating).to.equal(first);
    await first;
    job.run(state, undefined, 'en');
    expect(job.evaluating).to.equal(undefined);
    job.run(state, '2027-06-01T00:00:00Z', 'en');
    await job.evaluating;
    expect(shown.map(({ next }) => next.status?.now)).to.deep.equal(['2026-11-25T10:00:00.000Z', '2027-06-01T00:00:00.000Z']);
    expect(shown[1]!.last).to.equal(shown[0]!.next);
  });

  it('drops a job superseded by a newer state: only the newer one is shown', async () => {
    const { job, shown } = recordedJob();
    job.run(documentOf(account({ customer: { id: 'old', firstName: 'Old', joinedAt: '2023-02-10T09:00:00Z' } })), undefined, 'en');
    const superseded = job.evaluating;
    job.run(documentOf(account()), undefined, 'en');
    const newer = job.evaluating;
    await Promise.all([superseded, newer]);
    expect(shown.map(({ next }) => next.status?.customer?.id)).to.deep.equal(['42']);
  });

  it('drops a running job when a guest state arrives', async () => {
    const { job, shown } = recordedJob();
    job.run(documentOf(account()), undefined, 'en');
    const superseded = job.evaluating;
    job.run({ kind: 'guest' }, undefined, 'en');
    await superseded;
    expect(shown.map(({ next }) => next.status?.state)).to.deep.equal(['guest']);
    expect(job.shown?.status?.state).to.equal('guest');
  });
});
