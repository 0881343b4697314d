/** The stepwise reader of json.ts: see there. */
import { JSON_STEP_CHARS } from './json.js';

/** A list of the root object that is parsed in slices: its brackets, the commas between its items, and its key. */
interface LargeList {
  readonly open: number;
  close: number;
  readonly commas: number[];
  readonly key: string;
  /** Which member of the root object it is, counted from 0 (a later member of the same key wins, as in `JSON.parse`). */
  readonly member: number;
}

/** The root object's lists longer than `step` characters, or undefined when the text is not an object that scans whole. */
function* scan(text: string, step: number): Generator<void, { lists: LargeList[]; lastMember: Map<string, number> } | undefined, void> {
  const start = text.search(/\S/);
  if (text[start] !== '{') return undefined;
  const lists: LargeList[] = [];
  const lastMember = new Map<string, number>();
  let depth = 0;
  let inString = false;
  let keyStart = -1;
  let expectKey = false;
  let member = -1;
  let key = '';
  let list: LargeList | undefined;
  let pause = step;
  // The characters that shape JSON; one expression per scan, as its position outlives each yield.
  const structural = /["\\[\]{},]/g;
  structural.lastIndex = start;
  for (let match = structural.exec(text); match; match = structural.exec(text)) {
    const at = match.index;
    const char = text[at];
    if (at >= pause) {
      pause = at + step;
      yield;
    }
    if (inString) {
      if (char === '\\') structural.lastIndex = at + 2;
      else if (char === '"') {
        inString = false;
        if (keyStart >= 0) {
          key = JSON.parse(text.slice(keyStart, at + 1)) as string;
          lastMember.set(key, member);
          keyStart = -1;
        }
      }
      continue;
    }
    switch (char) {
      case '"':
        inString = true;
        if (depth === 1 && expectKey) {
          expectKey = false;
          member += 1;
          keyStart = at;
        }
        break;
      case '{':
      case '[':
        depth += 1;
        if (depth === 1) expectKey = true;
        else if (depth === 2 && char === '[') list = { open: at, close: -1, commas: [], key, member };
        break;
      case '}':
      case ']':
        if (depth === 2 && list) {
          list.close = at;
          if (at - list.open > step) lists.push(list);
          list = undefined;
        }
        depth -= 1;
        if (depth === 0) return text.slice(at + 1).trim() === '' ? { lists, lastMember } : undefined;
        break;
      case ',':
        if (depth === 1) expectKey = true;
        else if (depth === 2 && list) list.commas.push(at);
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

/** The items of `list`, parsed a slice of about `step` characters at a time; undefined when a slice does not hold what the scan found. */
function* items(text: string, list: LargeList, step: number): Generator<void, unknown[] | undefined, void> {
  const cuts = [list.open, ...list.commas, list.close];
  const all: unknown[] = [];
  for (let first = 0; first < cuts.length - 1; ) {
    let last = first + 1;
    while (last < cuts.length - 1 && cuts[last + 1]! - cuts[first]! <= step) last += 1;
    const slice = text.slice(cuts[first]! + 1, cuts[last]);
    // An empty item between two commas, or after the last one, is not JSON, but would vanish in a slice of its own.
    if (!/\S/.test(slice)) return undefined;
    const parsed = JSON.parse(`[${slice}]`) as unknown[];
    if (parsed.length !== last - first) return undefined;
    for (const item of parsed) all.push(item);
    first = last;
    yield;
  }
  return all;
}

/**
 * `JSON.parse(text)` as steps: a text of up to two steps' worth in one; a larger one scanned, then its large lists
 * parsed a slice per step. Returns what `JSON.parse(text)` returns, and throws what it throws.
 */
export function* parseJsonSteps(text: string, step = JSON_STEP_CHARS): Generator<void, unknown, void> {
  if (text.length <= step * 2) return JSON.parse(text) as unknown;
  try {
    const scanned = yield* scan(text, step);
    if (scanned && scanned.lists.every((list) => list.key !== '__proto__')) {
      const parsedLists: unknown[][] = [];
      for (const list of scanned.lists) {
        const parsed = yield* items(text, list, step);
        if (!parsed) return JSON.parse(text) as unknown;
        parsedLists.push(parsed);
      }
      let rest = '';
      let from = 0;
      for (const list of scanned.lists) {
        rest += text.slice(from, list.open + 1);
        from = list.close;
      }
      const root = JSON.parse(rest + text.slice(from)) as Record<string, unknown>;
      scanned.lists.forEach((list, index) => {
        if (scanned.lastMember.get(list.key) === list.member) root[list.key] = parsedLists[index];
      });
      return root;
    }
  } catch {
    // A slice the scan misread: the whole text decides, below.
  }
  return JSON.parse(text) as unknown;
}
