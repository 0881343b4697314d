import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseJsonSteps } from '../../src/data/json-steps.js';
import { JSON_STEP_CHARS, parseJson, readText, TEXT_STEP_BYTES } from '../../src/data/json.js';

/** What `read` gives for `text`: its value, or the kind of error it throws. */
function outcome(read: (text: string) => unknown, text: string): { value: unknown } | { error: string } {
  try {
    return { value: read(text) };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

/** Runs every step at once: the value and how many steps it took. */
function stepwise(text: string, step: number): { value: unknown; steps: number } {
  const steps = parseJsonSteps(text, step);
  for (let count = 1; ; count++) {
    const next = steps.next();
    if (next.done) return { value: next.value, steps: count };
  }
}

const STEP = 16;
const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1).join(',');

describe('JSON in steps', () => {
  it('reads a document with long lists as JSON.parse does, in several steps', () => {
    const text = JSON.stringify({
      version: 1,
      activity: Array.from({ length: 40 }, (_, i) => ({ id: `o-${i}`, note: 'a "quoted" ], {, \\ text', at: i })),
      coupons: [],
      tiers: [{ perks: Array.from({ length: 30 }, (_, i) => ({ title: `Perk ${i}` })) }],
    });
    const { value, steps } = stepwise(text, 64);
    expect(value).to.deep.equal(JSON.parse(text));
    expect(steps).to.be.greaterThan(10);
  });

  const cases: Record<string, string> = {
    'strings holding brackets, commas and escapes': `{"a":[{"x":"]"},{"y":"\\\\"},"\\"],[",${list(30)}],"b":{"c":[1,2]},"d":"x[,]\\"{"}`,
    'whitespace everywhere': ` \n{ "a" : [ ${list(30).replaceAll(',', ' ,\n ')} ] , "b" : null } \n`,
    'a later member of the same key wins (the long list first)': `{"a":[${list(30)}],"a":[1]}`,
    'a later member of the same key wins (the long list last)': `{"a":[1],"a":[${list(30)}]}`,
    'a __proto__ key stays an own property': `{"__proto__":[${list(30)}]}`,
    'a root list': `[${list(30)}]`,
    'a trailing comma in a long list': `{"a":[${list(30)},],"b":1}`,
    'an empty item in a long list': `{"a":[${list(12)},,${list(12)}],"b":1}`,
    'text after the root object': `{"a":[${list(30)}]} x`,
    'an unclosed long list': `{"a":[${list(30)}`,
    'an unclosed string in a long list': `{"a":[${list(20)},"x]}`,
    'a bare backslash': `{"a":[${list(20)},\\1]}`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`gives what JSON.parse gives: ${name}`, () => {
      expect(text.length).to.be.greaterThan(STEP * 2);
      expect(outcome((t) => stepwise(t, STEP).value, text)).to.deep.equal(outcome(JSON.parse, text));
    });
  }

  it('gives a __proto__ list as an own property, the prototype untouched', () => {
    const value = stepwise(`{"__proto__":[${list(30)}]}`, STEP).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).to.equal(true);
  });

  const document = fc.record({
    version: fc.jsonValue({ maxDepth: 1 }),
    lists: fc.array(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 40 }), { minLength: 1, maxLength: 4 }),
    rest: fc.jsonValue({ maxDepth: 2 }),
    indent: fc.constantFrom(0, 1, 2),
  }).map(({ version, lists, rest, indent }) =>
    JSON.stringify({ version, ...Object.fromEntries(lists.map((items, i) => [`list${i % 3}`, items])), rest }, null, indent),
  );

  it('gives what JSON.parse gives for any document (property)', () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 8, max: 200 }), (text, step) => {
        expect(stepwise(text, step).value).to.deep.equal(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('throws where JSON.parse throws, and only there, for any one-character change (property)', () => {
    const change = fc.record({ at: fc.nat(), insert: fc.constantFrom('', ',', '[', ']', '{', '}', '"', '\\', ' ', ':', '0') });
    fc.assert(
      fc.property(document, change, fc.integer({ min: 8, max: 200 }), (text, { at, insert }, step) => {
        const where = at % text.length;
        const changed = text.slice(0, where) + insert + text.slice(where + (insert === '' || at % 2 ? 1 : 0));
        expect(outcome((t) => stepwise(t, step).value, changed)).to.deep.equal(outcome(JSON.parse, changed));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a megabyte document in many steps, and the same when each step is a task of its own', async () => {
    const text = JSON.stringify({ activity: Array.from({ length: 12_000 }, (_, i) => ({ type: 'order', id: `o-${i}`, amount: i })) });
    expect(text.length).to.be.greaterThan(JSON_STEP_CHARS * 8);
    expect(stepwise(text, JSON_STEP_CHARS).steps).to.be.greaterThan(8);
    // The browser's parser reads slices, never the whole text at once (which is what a fallback would do).
    const parse = JSON.parse;
    const read: number[] = [];
    JSON.parse = ((value: string, reviver?: (key: string, value: unknown) => unknown) => {
      read.push(value.length);
      return parse(value, reviver);
    }) as typeof JSON.parse;
    let value: unknown;
    try {
      value = await parseJson(text);
    } finally {
      JSON.parse = parse;
    }
    expect(value).to.deep.equal(JSON.parse(text));
    expect(read.length).to.be.greaterThan(8);
    expect(Math.max(...read)).to.be.at.most(JSON_STEP_CHARS + 200);
  });
});

/** A response whose body arrives as `chunks`. */
function streamed(chunks: readonly Uint8Array[]): Response {
  return new Response(new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  }));
}

/** The byte lengths `TextDecoder` is given while `read` runs. */
async function decodedLengths<T>(read: () => Promise<T>): Promise<{ value: T; lengths: number[] }> {
  const decode = TextDecoder.prototype.decode;
  const lengths: number[] = [];
  TextDecoder.prototype.decode = function (this: TextDecoder, input?: AllowSharedBufferSource, options?: TextDecodeOptions) {
    lengths.push(input ? input.byteLength : 0);
    return decode.call(this, input, options);
  };
  try {
    return { value: await read(), lengths };
  } finally {
    TextDecoder.prototype.decode = decode;
  }
}

describe('a response body read in steps', () => {
  const encoder = new TextEncoder();

  it('decodes a large body a step at a time, a character cut between steps or chunks included', async () => {
    // '€' is 3 bytes and '😀' 4: both straddle a step's end and a chunk's end.
    const head = 'a'.repeat(TEXT_STEP_BYTES - 1);
    const text = `${head}€${'b'.repeat(TEXT_STEP_BYTES * 2)}😀 end`;
    const bytes = encoder.encode(text);
    const { value, lengths } = await decodedLengths(() => readText(streamed([bytes.subarray(0, bytes.length - 6), bytes.subarray(bytes.length - 6)])));
    expect(value).to.equal(text);
    // The first chunk in three whole steps and the rest of it, the second chunk, then the decoder's flush.
    expect(lengths).to.deep.equal([TEXT_STEP_BYTES, TEXT_STEP_BYTES, TEXT_STEP_BYTES, 4, 6, 0]);
  });

  it('gives what response.text() gives: a leading BOM dropped, bad bytes as U+FFFD, an empty body', async () => {
    for (const bytes of [
      new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
      new Uint8Array([0x22, 0xff, 0xc3, 0x22]),
      new Uint8Array([0x22, 0xe2, 0x82]),
      new Uint8Array([]),
    ]) {
      expect(await readText(streamed([bytes]))).to.equal(await new Response(bytes).text());
    }
    expect(await readText(new Response(null))).to.equal('');
  });
});
