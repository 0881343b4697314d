// The floor of this stack: the least a Lit + @lit/context + zod/mini widget can ship, built exactly like
// dist/ (vite library build, ES module, target es2022, fully minified) into .bench-tmp/floor.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../.bench-tmp/floor');

const source = `
import { LitElement, css, html } from 'lit';
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import * as z from 'zod/mini';

z.config({ jitless: true });
const Tier = z.object({ id: z.string(), name: z.string(), goal: z.number().check(z.int(), z.nonnegative()) });
const Doc = z.object({ version: z.literal(1), tiers: z.array(Tier), spent: z.number() });
const tierContext = createContext(Symbol('floor'));

class FloorProvider extends LitElement {
  static properties = { data: { attribute: false } };
  provider = new ContextProvider(this, { context: tierContext });
  willUpdate() {
    const parsed = z.safeParse(Doc, this.data);
    this.provider.setValue(parsed.success ? parsed.data : undefined);
  }
  render() {
    return html\`<slot></slot>\`;
  }
}

class FloorBadge extends LitElement {
  static styles = css\`:host { display: block }\`;
  consumer = new ContextConsumer(this, { context: tierContext, subscribe: true });
  render() {
    const doc = this.consumer.value;
    const tier = doc?.tiers.findLast((t) => t.goal <= doc.spent);
    return html\`<p part="tier-name">\${tier?.name ?? '–'}</p>\`;
  }
}

customElements.define('floor-provider', FloorProvider);
customElements.define('floor-badge', FloorBadge);
`;

/** Builds the floor and returns its JavaScript files (paths inside `dir`). */
export async function buildFloor() {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'floor.js'), source);
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: join(root, 'dist'),
      emptyOutDir: true,
      minify: true,
      reportCompressedSize: false,
      lib: { entry: { floor: join(root, 'floor.js') }, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', minify: true } },
    },
  });
  const dir = join(root, 'dist');
  return { dir, files: readdirSync(dir).filter((file) => file.endsWith('.js')) };
}
