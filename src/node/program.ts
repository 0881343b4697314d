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

/**
 * The offset of the first character that makes `text` not JSON (V8's messages do not always give one): a small
 * recursive-descent scan of JSON's grammar, run only after JSON.parse has failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const c of word) if (text[i++] !== c) fail();
  };
  const string = () => {
    i += 1;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') break;
      if (c === '\\') {
        i += 1;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i += 1;
    }
    i += 1;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      space();
      if (text[i] === close) {
        i += 1;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i += 1;
        }
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === close) {
          i += 1;
          return;
        } else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number === null) fail();
    i += number![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length);
    throw offset;
  }
  return text.length;
}

/** JSON text parsed, or an {@link InputError} at the line and column of the syntax error. */
export function parseJson(text: string, file: string, firstLine = 1): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text));
    const reason = (error as Error).message.replace(/,\s*(?:\.\.\.)?".*$| in JSON at position \d+.*$/s, '');
    throw new InputError(`not JSON: ${reason}.`, file, line + firstLine - 1, column);
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
