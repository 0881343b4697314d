/**
 * The `vip-tiers` command (README "From your store's orders"). Bad input is one line naming the file, line and
 * column, with exit status 2; an output file is written under a temporary name and renamed at the end, so a
 * failure never leaves a partial one.
 */
/// <reference types="node" />
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CsvProgress } from './csv.js';
import type { Customers } from './customers.js';
import { parseAccount, toDecimal, type Program } from './engine.js';
import { InputError } from './errors.js';
import { compare, customerDocument, recalculate, type CustomerTier } from './evaluate-customers.js';
import { parseJson, readProgram } from './program.js';
import { readShopifyOrders, type SkipReason } from './shopify-orders.js';
import { readGrants, readPoints } from './side-files.js';

const USAGE = `vip-tiers — VIP tiers from a store's orders

Usage:
  vip-tiers recalculate --program program.json --orders orders_export.csv [--grants grants.csv]
                        [--points points.csv] [--now ISO] [--amount total|subtotal] [--format csv|ndjson] [--out FILE]
  vip-tiers documents   --program program.json --orders orders_export.csv [same inputs] (--out-dir DIR | --ndjson FILE)
  vip-tiers compare     --program current.json --with proposed.json --orders orders_export.csv [same inputs]
                        [--sample N] [--out FILE]
  vip-tiers validate    FILE…   (account documents: .json, or .ndjson with one per line)

--orders is Shopify's orders export (Admin → Orders → Export → CSV). --grants: email,tier,at[,reward][,reason].
--points: email,at,points[,source]. --now defaults to the current time. Exit status: 0 done, 1 invalid documents,
2 bad input.`;

/** A mistake in the command line: printed with the usage hint, exit status 2. */
class UsageError extends Error {}

const count = (n: number): string => n.toLocaleString('en-US');

// ---- output ------------------------------------------------------------------------------------------------

/** Text written to a temporary file beside `target`, renamed over it by `commit`; `abandon` removes it. */
class AtomicFile {
  private readonly temp: string;
  private readonly fd: number;
  private buffer = '';
  constructor(readonly target: string) {
    this.temp = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
    try {
      this.fd = openSync(this.temp, 'w');
    } catch (error) {
      throw new InputError(`cannot write the file: ${(error as NodeJS.ErrnoException).code}`, target);
    }
  }
  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length > 1 << 20) this.flush();
  }
  private flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
  commit(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.temp, this.target);
  }
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch { /* already closed */ }
    rmSync(this.temp, { force: true });
  }
}

/** Where results go: a file written atomically, or stdout. */
interface Sink {
  write(text: string): void;
  commit(): void;
  abandon(): void;
}

const stdoutSink = (): Sink => {
  let buffer = '';
  return {
    write(text) {
      buffer += text;
      if (buffer.length > 1 << 20) {
        writeSync(1, buffer);
        buffer = '';
      }
    },
    commit: () => writeSync(1, buffer),
    abandon: () => {},
  };
};

const csvField = (value: string | number | null): string => {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

// ---- progress ----------------------------------------------------------------------------------------------

/** A progress bar on stderr when it is a terminal (rows, rows/s, ETA); nothing otherwise. */
function progressBar(label: string): ((p: CsvProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = performance.now();
  let shown = 0;
  return ({ bytesRead, totalBytes, records }) => {
    const now = performance.now();
    if (now - shown < 200 && bytesRead < totalBytes) return;
    shown = now;
    const seconds = (now - started) / 1000;
    const done = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 1;
    const width = 24;
    const bar = '█'.repeat(Math.round(done * width)).padEnd(width, '░');
    const rate = seconds > 0 ? records / seconds : 0;
    const eta = done > 0 && done < 1 ? ` · ETA ${Math.ceil((seconds / done) * (1 - done))} s` : '';
    process.stderr.write(`\r${label} ${bar} ${Math.floor(done * 100)}% · ${count(records)} rows · ${count(Math.round(rate))} rows/s${eta}\x1b[K`);
    if (done >= 1) process.stderr.write('\r\x1b[K');
  };
}

// ---- inputs ------------------------------------------------------------------------------------------------

const INPUT_OPTIONS = {
  program: { type: 'string' },
  orders: { type: 'string' },
  grants: { type: 'string' },
  points: { type: 'string' },
  now: { type: 'string' },
  amount: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Inputs {
  readonly customers: Customers;
  readonly now: number;
  readonly summary: string[];
}

function nowOption(text: string | undefined): number {
  if (text === undefined) return Date.now();
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms)) throw new UsageError(`--now "${text}" is not an ISO-8601 instant such as 2026-11-25T10:00:00Z.`);
  return ms;
}

async function readInputs(values: { orders?: string; grants?: string; points?: string; amount?: string; now?: string }, program: Program): Promise<Inputs> {
  if (values.amount !== undefined && values.amount !== 'total' && values.amount !== 'subtotal') {
    throw new UsageError(`--amount must be total or subtotal, not "${values.amount}".`);
  }
  if (values.orders === undefined && values.grants === undefined && values.points === undefined) {
    throw new UsageError('give the orders export with --orders (and/or --grants, --points).');
  }
  const now = nowOption(values.now);
  const customers: Customers = new Map();
  const summary: string[] = [];
  if (values.orders !== undefined) {
    const read = await readShopifyOrders(values.orders, {
      currency: program.currency, amount: values.amount as 'total' | 'subtotal' | undefined, customers,
      onProgress: progressBar(basename(values.orders)),
    });
    const skipped = (Object.entries(read.skipped) as [SkipReason, number][]).filter(([, n]) => n > 0)
      .map(([reason, n]) => `${count(n)} ${reason === 'no_email' ? 'without email' : reason}`);
    summary.push(`orders: ${count(read.orders)} read (${count(read.rows)} rows), ${count(read.kept)} kept, ${skipped.length > 0 ? `skipped ${skipped.join(' · ')}` : 'none skipped'}`);
  }
  if (values.grants !== undefined) summary.push(`grants: ${count(await readGrants(values.grants, program, customers))}`);
  if (values.points !== undefined) summary.push(`points events: ${count(await readPoints(values.points, customers))}`);
  return { customers, now, summary };
}

function finish(summary: string[], started: number): void {
  const seconds = (performance.now() - started) / 1000;
  const usage = process.resourceUsage();
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  summary.push(`time: ${seconds.toFixed(1)} s (CPU ${cpu.toFixed(1)} s), peak memory ${Math.round(usage.maxRSS / 1024)} MB`);
  process.stderr.write(`${summary.join('\n')}\n`);
}

// ---- commands ----------------------------------------------------------------------------------------------

function outputSink(out: string | undefined): Sink {
  return out === undefined ? stdoutSink() : new AtomicFile(out);
}

const RECALCULATE_COLUMNS = [
  'customer', 'email', 'tier_id', 'tier_name', 'entered_at', 'grant_id', 'unit', 'progress_value', 'progress_target',
  'progress_remaining', 'next_tier_id', 'tier_valid_through', 'keep_remaining', 'keep_by_date',
] as const;

/** A recalculated row; money as a decimal in the program's currency (e.g. 129.99), points and orders as counts. */
function rowOf(tier: CustomerTier, program: Program): Record<(typeof RECALCULATE_COLUMNS)[number], string | number | null> {
  const amount = (n: number | undefined): string | number | null =>
    n === undefined ? null : program.entryMethod === 'amount_spent' ? toDecimal(n, program.currency) : n;
  return {
    customer: tier.key, email: tier.email, tier_id: tier.tierId, tier_name: tier.tierName, entered_at: tier.enteredAt,
    grant_id: tier.grantId,
    unit: program.entryMethod === 'amount_spent' ? program.currency : program.entryMethod === 'points_earned' ? 'points' : 'orders',
    progress_value: amount(tier.progress?.value), progress_target: amount(tier.progress?.target),
    progress_remaining: amount(tier.progress?.remaining), next_tier_id: tier.nextTierId,
    tier_valid_through: tier.tierValidThrough, keep_remaining: amount(tier.keep?.remaining), keep_by_date: tier.keep?.byDate ?? null,
  };
}

async function runRecalculate(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...INPUT_OPTIONS, format: { type: 'string' }, out: { type: 'string' } } });
  if (values.help) return usage();
  const started = performance.now();
  if (values.format !== undefined && values.format !== 'csv' && values.format !== 'ndjson') throw new UsageError(`--format must be csv or ndjson, not "${values.format}".`);
  const { program } = readProgram(required(values.program, '--program'));
  const { customers, now, summary } = await readInputs(values, program);
  const sink = outputSink(values.out);
  try {
    const ndjson = values.format === 'ndjson';
    if (!ndjson) sink.write(`${RECALCULATE_COLUMNS.join(',')}\n`);
    const perTier = new Map<string | null, number>();
    for (const tier of recalculate(program, customers, { now })) {
      perTier.set(tier.tierId, (perTier.get(tier.tierId) ?? 0) + 1);
      const row = rowOf(tier, program);
      sink.write(ndjson ? `${JSON.stringify(row)}\n` : `${RECALCULATE_COLUMNS.map((c) => csvField(row[c])).join(',')}\n`);
    }
    sink.commit();
    const tiers = [...program.tiers.map((t) => [t.id, t.name] as const), [null, 'no tier'] as const]
      .map(([id, name]) => `${name} ${count(perTier.get(id) ?? 0)}`);
    summary.unshift(`customers: ${count(customers.size)} — ${tiers.join(' · ')}`);
  } catch (error) {
    sink.abandon();
    throw error;
  }
  finish(summary, started);
  return 0;
}

/** A file name for a customer's document: the email key, with what a file name cannot hold escaped. */
const documentName = (key: string): string => `${encodeURIComponent(key).replaceAll('%40', '@')}.json`;

async function runDocuments(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...INPUT_OPTIONS, 'out-dir': { type: 'string' }, ndjson: { type: 'string' } } });
  if (values.help) return usage();
  const started = performance.now();
  const outDir = values['out-dir'];
  if ((outDir === undefined) === (values.ndjson === undefined)) throw new UsageError('give either --out-dir DIR or --ndjson FILE.');
  if (outDir !== undefined && existsSync(outDir) && readdirSync(outDir).length > 0) {
    throw new InputError('the directory is not empty: documents are written to a new or empty directory.', outDir);
  }
  const { program, json } = readProgram(required(values.program, '--program'));
  const { customers, now, summary } = await readInputs(values, program);
  const refused: string[] = [];
  let written = 0;
  const tempDir = outDir === undefined ? undefined : join(dirname(outDir), `.${basename(outDir)}.partial-${process.pid}`);
  const file = values.ndjson === undefined ? undefined : new AtomicFile(values.ndjson);
  try {
    if (tempDir !== undefined) mkdirSync(tempDir, { recursive: true });
    for (const customer of customers.values()) {
      const doc = customerDocument(json, program, customer, now);
      // Each document is checked as the widget will read it (README "Limits").
      const checked = parseAccount(doc);
      if (!checked.ok) {
        refused.push(`  ${customer.key}: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
        continue;
      }
      const text = JSON.stringify(doc);
      if (file !== undefined) file.write(`${text}\n`);
      else {
        const fd = openSync(join(tempDir!, documentName(customer.key)), 'w');
        writeSync(fd, `${text}\n`);
        closeSync(fd);
      }
      written += 1;
    }
    if (file !== undefined) file.commit();
    else {
      if (existsSync(outDir!)) rmdirSync(outDir!);
      renameSync(tempDir!, outDir!);
    }
  } catch (error) {
    file?.abandon();
    if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
  summary.unshift(`documents: ${count(written)} written to ${outDir ?? values.ndjson}${refused.length > 0 ? `, ${count(refused.length)} customer${refused.length === 1 ? '' : 's'} refused (beyond the document's limits):` : ''}`, ...refused);
  finish(summary, started);
  return refused.length > 0 ? 1 : 0;
}

async function runCompare(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...INPUT_OPTIONS, with: { type: 'string' }, sample: { type: 'string' }, out: { type: 'string' } } });
  if (values.help) return usage();
  const started = performance.now();
  const current = readProgram(required(values.program, '--program')).program;
  const proposed = readProgram(required(values.with, '--with')).program;
  if (proposed.currency !== current.currency) throw new UsageError(`the proposed program counts in ${proposed.currency}, the current one in ${current.currency}.`);
  const sampleSize = values.sample === undefined ? 5 : Number(values.sample);
  if (!Number.isInteger(sampleSize) || sampleSize < 0) throw new UsageError(`--sample must be a whole number, not "${values.sample}".`);
  const { customers, now, summary } = await readInputs(values, current);
  const result = compare(current, proposed, customers, { now, sampleSize });
  const label = (program: Program, id: string | null) => (id === null ? '–' : `${program.tiers.find((t) => t.id === id)?.name ?? id}`);
  const rows = [...current.tiers.map((t) => t.id), null];
  const columns = [...proposed.tiers.map((t) => t.id), null];
  const cell = (from: string | null, to: string | null) => result.moves.find((m) => m.from === from && m.to === to)?.count ?? 0;
  const table = [['current \\ proposed', ...columns.map((c) => label(proposed, c))]];
  for (const from of rows) table.push([label(current, from), ...columns.map((to) => count(cell(from, to)))]);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = [`${count(result.customers)} customers at ${new Date(now).toISOString()}: current tier (rows) → proposed tier (columns)`, ''];
  for (const r of table) lines.push(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  const rewards = Object.entries(result.newRewards).map(([id, n]) => {
    const tier = proposed.tiers.find((t) => t.id === id);
    const what = tier?.entryRewards.map((r) => ('title' in r && r.title) || ('points' in r ? `${r.points} points` : r.type)).join(', ');
    return `  ${label(proposed, id)}: ${count(n)} customer${n === 1 ? '' : 's'}${what ? ` (${what})` : ' (no entry rewards)'}`;
  });
  lines.push('', rewards.length > 0 ? 'Entry rewards the change would newly issue:' : 'Entry rewards the change would newly issue: none', ...rewards);
  const moves = result.moves.filter((m) => m.from !== m.to).sort((a, b) => b.count - a.count);
  lines.push('', moves.length > 0 ? 'Customers who would move (sample):' : 'No customer would change tier.');
  for (const m of moves) lines.push(`  ${label(current, m.from)} → ${label(proposed, m.to)}: ${count(m.count)} — ${m.sample.join(', ')}${m.count > m.sample.length ? ', …' : ''}`);
  const sink = outputSink(values.out);
  sink.write(`${lines.join('\n')}\n`);
  sink.commit();
  finish(summary, started);
  return 0;
}

function validateOne(file: string, text: string, firstLine: number, out: string[]): boolean {
  let doc: unknown;
  try {
    doc = parseJson(text, file, firstLine);
  } catch (error) {
    out.push(`${String(error)}`);
    return false;
  }
  const result = parseAccount(doc);
  const where = firstLine > 1 || file.endsWith('.ndjson') ? `${file}:${firstLine}` : file;
  if (result.ok) {
    out.push(`${where}: valid`);
    return true;
  }
  out.push(`${where}: invalid`, ...result.issues.map((i) => `  ${i.path || '(document)'}: ${i.message}`));
  return false;
}

function runValidate(args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help) return usage();
  if (positionals.length === 0) throw new UsageError('name the documents to validate: vip-tiers validate FILE…');
  const out: string[] = [];
  let allValid = true;
  for (const file of positionals) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      throw new InputError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, file);
    }
    if (file.endsWith('.ndjson')) {
      text.split('\n').forEach((line, i) => {
        if (line.trim() !== '' && !validateOne(file, line, i + 1, out)) allValid = false;
      });
    } else if (!validateOne(file, text, 1, out)) {
      allValid = false;
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return allValid ? 0 : 1;
}

function required(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError(`${option} is required.`);
  return value;
}

function usage(): number {
  process.stdout.write(`${USAGE}\n`);
  return 0;
}

/** Runs the command with `argv` (without node and the script) and returns its exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'recalculate': return await runRecalculate(args);
      case 'documents': return await runDocuments(args);
      case 'compare': return await runCompare(args);
      case 'validate': return runValidate(args);
      case undefined: case '--help': case '-h': case 'help': return usage();
      default: throw new UsageError(`unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`vip-tiers: ${String(error)}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`vip-tiers: ${(error as Error).message}\nRun vip-tiers --help for the usage.\n`);
      return 2;
    }
    process.stderr.write(`vip-tiers: unexpected error: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

