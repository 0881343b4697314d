import { ContextRoot } from '@lit/context';

const attached = Symbol.for('vip-tiers.context-root');

/**
 * Pieces can upgrade before the `<vip-program>` around them (another chunk registered them first, or the theme's
 * markup was parsed before the script ran). A context root on the document keeps their requests and replays them
 * when a provider appears, so they still get the status. One root serves every copy of vip-tiers.
 */
export function attachContextRoot(): void {
  const global = globalThis as { [attached]?: true };
  if (global[attached]) return;
  global[attached] = true;
  new ContextRoot().attach(document.documentElement);
}
