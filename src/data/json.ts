/**
 * A large account document read in steps (README, "Performance": no task over 50 ms at 4× CPU throttling): its body
 * decoded a step per task ({@link readText}), then `JSON.parse` in steps ({@link parseJson}). The browser's parser
 * runs in one task however long the text; a document at the limits (README, "Limits") is over a megabyte, most of it
 * in a few lists. So a large text is first scanned for the items of the root object's large lists; the browser's
 * parser then reads those items a slice at a time, and the rest of the document once they are cut out. The result is
 * `JSON.parse(text)`'s: every character is read by the browser's parser, each slice is checked to hold the items the
 * scan found, and any doubt (a scan that does not end where the text does, a slice that does not parse, a `__proto__`
 * key) falls back to `JSON.parse(text)`, which also words the error.
 */
import { nextTask } from '../tasks.js';

/** Characters the parser reads in one step. At 4× CPU throttling a step of the scan or of the parse takes about 10 ms. */
export const JSON_STEP_CHARS = 65_536;

/**
 * Bytes of a response body decoded in one step. The browser's `response.text()` decodes all that has arrived in one
 * task: a document at the limits, 1.4 MB that a fast connection delivers at once, took up to 47 ms of that task at 10×
 * CPU throttling on the development machine. A step of 256 KiB would take about a fifth of that.
 */
export const TEXT_STEP_BYTES = 262_144;

/** `response.text()` (UTF-8, a leading BOM dropped, bad bytes as U+FFFD), with a task of its own for each step. */
export async function readText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const bytes = read.value;
    for (let at = 0; at < bytes.length; at += TEXT_STEP_BYTES) {
      if (at) await nextTask();
      text += decoder.decode(bytes.subarray(at, at + TEXT_STEP_BYTES), { stream: true });
    }
  }
  return text + decoder.decode();
}

/**
 * `JSON.parse(text)` with a task of its own for each step of a large text. The stepwise reader (json-steps.ts) is a
 * chunk of its own, loaded only for a text over two steps' worth: an account document of a few hundred orders is read
 * at once, as before, and so is any text when that chunk cannot be loaded.
 */
export async function parseJson(text: string): Promise<unknown> {
  if (text.length <= JSON_STEP_CHARS * 2) return JSON.parse(text) as unknown;
  let reader: typeof import('./json-steps.js');
  try {
    reader = await import('./json-steps.js');
  } catch {
    return JSON.parse(text) as unknown;
  }
  const steps = reader.parseJsonSteps(text);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await nextTask();
  }
}
