/** Fails loudly when an engine invariant is broken; such a failure is a bug in the engine, never bad input. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`vip-tiers engine: ${message}`);
}
