/**
 * A program read once: `program.json` holds the account document's `program` object (or a whole document, whose
 * `program` is taken). It is validated once with parseAccount; every customer is then evaluated against the parsed
 * program without validating it again.
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { parseAccount, type Program } from '../engine/index.js';
import { InputError } from './errors.js';

export interface LoadedProgram {
  /** The program as the engine reads it (tiers sorted by goal). */
  readonly program: Program;
  /** The program object as written, for account documents. */
  readonly json: Record<string, unknown>;
}

/** Line and column (1-based) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** JSON text parsed, or an {@link InputError} at the line and column of the syntax error. */
export function parseJson(text: string, file: string, firstLine = 1): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? lineAndColumn(text, Number(position[1])) : undefined;
    throw new InputError(`not JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}.`, file, where && where.line + firstLine - 1, where?.column);
  }
}

/**
 * A program validated from its JSON: `json` is the `program` object, or a whole account document.
 * @throws {InputError} listing each issue by its path, e.g. `program.tiers.1.goal: Tier goal must be …`.
 */
export function loadProgram(json: unknown, file = 'program'): LoadedProgram {
  const program = json !== null && typeof json === 'object' && 'program' in json && 'version' in json ? (json as { program: unknown }).program : json;
  const result = parseAccount({ version: 1, program, customer: null });
  if (!result.ok) {
    const list = result.issues.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('');
    throw new InputError(`the program is not valid:${list}`, file);
  }
  return { program: result.account.program, json: program as Record<string, unknown> };
}

/** {@link loadProgram} of a file. */
export function readProgram(file: string): LoadedProgram {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, file);
  }
  return loadProgram(parseJson(text.replace(/^\uFEFF/, ''), file), file);
}
