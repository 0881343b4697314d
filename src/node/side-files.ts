/**
 * The two small CSV files besides an export: tier grants (`email,tier,at[,reward][,reason]`) and points
 * (`email,at,points[,source]`), each with a header row naming its columns in any order.
 */
import type { Program } from '../engine/index.js';
import { columnsOf, readCsv, recordLines, RecordError } from './csv.js';
import { customerKey, customerOf, detached, type Customers } from './customers.js';
import { parseShopifyTime } from './shopify-orders.js';

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0', '']);

function timeAt(fields: readonly string[], at: number, record: number): number {
  const text = fields[at]!;
  const ms = parseShopifyTime(text);
  if (ms === undefined) throw new RecordError(`at "${text}" is not a time such as 2024-03-01T10:15:32-05:00 or 2024-03-01 10:15:32 -0500.`, record, at + 1);
  return ms;
}

function keyAt(fields: readonly string[], at: number, record: number): string {
  const key = customerKey(fields[at]!);
  if (key === undefined) throw new RecordError('email is empty.', record, at + 1);
  return key;
}

/**
 * Reads tier grants into `customers` (R10). `tier` is a tier id of `program`, or its name (any case); `reward`
 * is true, yes or 1 to earn the tier's entry rewards, false, no, 0 or empty not to; `reason` is kept as written.
 * Each grant's id is `grant-LINE`.
 *
 * @example
 * await readGrants('grants.csv', program, customers); // email,tier,at,reward → ann@example.com,gold,2024-01-01T00:00:00Z,no
 */
export async function readGrants(file: string, program: Program, customers: Customers): Promise<number> {
  let col!: Record<'email' | 'tier' | 'at', number>;
  let rewardAt = -1;
  let reasonAt = -1;
  let count = 0;
  const pending: { customer: ReturnType<typeof customerOf>; record: number; tierId: string; at: number; reward: boolean; reason?: string }[] = [];
  await readCsv(file, (header) => {
    col = columnsOf(header, ['email', 'tier', 'at'], file);
    rewardAt = header.indexOf('reward');
    reasonAt = header.indexOf('reason');
  }, (fields, record) => {
    const key = keyAt(fields, col.email, record);
    const tierText = fields[col.tier]!.trim();
    const tier = program.tiers.find((t) => t.id === tierText) ?? program.tiers.find((t) => t.name.toLowerCase() === tierText.toLowerCase());
    if (tier === undefined) {
      throw new RecordError(`tier "${tierText}" is not a tier of the program (${program.tiers.map((t) => t.id).join(', ')}).`, record, col.tier + 1);
    }
    const rewardText = rewardAt < 0 ? '' : (fields[rewardAt] ?? '').trim().toLowerCase();
    if (!TRUE.has(rewardText) && !FALSE.has(rewardText)) {
      throw new RecordError(`reward "${rewardText}" must be true or false (yes/no, 1/0; empty is false).`, record, rewardAt + 1);
    }
    const reason = reasonAt < 0 ? '' : (fields[reasonAt] ?? '').trim();
    const grant = { customer: customerOf(customers, key, fields[col.email]!), record, tierId: tier.id, at: timeAt(fields, col.at, record), reward: TRUE.has(rewardText) };
    pending.push(reason === '' ? grant : { ...grant, reason: detached(reason) });
    count += 1;
  });
  // Grant ids name the line, which only a second scan knows (grant files are small).
  const lines = pending.length === 0 ? [] : await recordLines(file, pending.map((g) => g.record));
  pending.forEach(({ customer, at, tierId, reason, reward }, i) =>
    customer.grants.push({ id: `grant-${lines[i]}`, tierId, at, reward, ...(reason === undefined ? {} : { reason }) }),
  );
  return count;
}

/**
 * Reads points events into `customers`: `points` a whole number (negative for an adjustment), `source` as written
 * (`vip_reward` never counts toward tiers, R1). Each event's id is `points-RECORD`.
 */
export async function readPoints(file: string, customers: Customers): Promise<number> {
  let col!: Record<'email' | 'at' | 'points', number>;
  let sourceAt = -1;
  let count = 0;
  await readCsv(file, (header) => {
    col = columnsOf(header, ['email', 'at', 'points'], file);
    sourceAt = header.indexOf('source');
  }, (fields, record) => {
    const key = keyAt(fields, col.email, record);
    const text = fields[col.points]!.trim();
    const points = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(points)) throw new RecordError(`points "${text}" must be a whole number, e.g. 200 or -50.`, record, col.points + 1);
    const source = sourceAt < 0 ? '' : (fields[sourceAt] ?? '').trim();
    const event = { id: `points-${record}`, at: timeAt(fields, col.at, record), points };
    customerOf(customers, key, fields[col.email]!).points.push(source === '' ? event : { ...event, source: detached(source) });
    count += 1;
  });
  return count;
}
