/** Engine test helpers: parse a raw document (it must be valid) and evaluate it at a moment. */
import { expect } from '@open-wc/testing';
import { evaluate, parseAccount, type Account, type ParseIssue, type VipStatus } from '../../src/engine/index.js';

export function parsed(doc: unknown): Account {
  const result = parseAccount(doc);
  if (!result.ok) throw new Error(`expected a valid document: ${JSON.stringify(result.issues)}`);
  return result.account;
}

export function statusOf(doc: unknown, now?: string): VipStatus {
  return evaluate(parsed(doc), now === undefined ? {} : { now });
}

/** The issues of a document that must be rejected. */
export function issuesOf(doc: unknown): readonly ParseIssue[] {
  const result = parseAccount(doc);
  expect(result.ok, 'the document should be rejected').to.equal(false);
  return result.ok ? [] : result.issues;
}

/** Entries as `tier@instant` with `+` when rewarded: compact enough to compare whole histories. */
export const entryLog = (status: VipStatus): string[] =>
  status.entries.map((e) => `${e.tierId}@${e.at.replace(':00.000Z', 'Z')}${e.rewarded ? '+' : ''}`);
