// Library build: the script-tag loader, the package entries and the loader's lazy chunks, all ES modules.
// Lit, @lit/context and zod are bundled (the script tag must work alone) into chunks shared by every entry,
// so a page never loads the same code twice.
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyLitTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin, type Rollup, type UserConfig } from 'vite';
import { catalogModulesPlugin } from './scripts/catalog-module.mjs';
import { reservedSpace } from './src/lazy/reserved-space.js';

const sourceDir = fileURLToPath(new URL('./src/', import.meta.url));

/** A module's path inside src/ with `/` separators (`elements/styles.ts`), or undefined outside src/. */
function sourcePath(id: string): string | undefined {
  const path = posix.relative(sourceDir.replaceAll('\\', '/'), id.replaceAll('\\', '/'));
  return path.startsWith('../') || posix.isAbsolute(path) ? undefined : path;
}

/** The packages every provider runs on. */
const sharedPackage = /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/[\w-]+)\//;

/**
 * The `schema` chunk: zod and the account schema with the parse that words its issues. A browser imports it only
 * for a document the fast check (src/engine/check.ts) refuses, so no page with a valid document downloads it.
 */
function inSchemaChunk(id: string): boolean {
  if (/\/node_modules\/zod\//.test(id.replaceAll('\\', '/'))) return true;
  const path = sourcePath(id);
  return path === 'engine/schema.ts' || path === 'engine/parse.ts' || path === 'engine/limit-issues.ts';
}

/**
 * The `elements` chunk: what every provider needs — Lit, @lit/context and @lit/task; the engine (but its schema), data and
 * i18n layers (but the catalogs); the shared element modules directly in src/elements/ (provider, context, events, styles …); and
 * the account styles, which the popup shares. One chunk, so a page with several providers loads it once.
 */
function inSharedChunk(id: string): boolean {
  if (sharedPackage.test(id.replaceAll('\\', '/'))) return true;
  const path = sourcePath(id);
  if (!path || inSchemaChunk(id)) return false;
  const [layer = '', ...rest] = path.split('/');
  // `project` is only the cart element's: it travels in that element's own chunk.
  if (layer === 'engine') return path !== 'engine/project.ts';
  // The catalogs and their compiler are lazy chunks of their own: an English page loads none of them.
  if (layer === 'i18n') return rest[0] !== 'catalogs' && path !== 'i18n/catalogs.ts';
  // The stepwise JSON reader loads only for a document over 131,072 characters; the cart's reader comes with the cart
  // element.
  if (layer === 'data') return path !== 'data/json-steps.ts' && path !== 'data/cart.ts';
  if (layer !== 'elements') return false;
  return (rest.length === 1 && path.endsWith('.ts')) || path === 'elements/vip-account/account-content.styles.ts';
}

/**
 * The `account-content` chunk: the pieces and the account composition (every src/elements/vip-* folder but the
 * launcher's, vip-program's and the cart element's, which has a chunk of its own), one chunk for `<vip-account>`, `<vip-program>` and the popup. A page with only
 * the launcher loads it when the popup needs it.
 */
function inAccountContentChunk(id: string): boolean {
  const [layer, folder = '', ...rest] = sourcePath(id)?.split('/') ?? [];
  if (layer !== 'elements' || rest.length === 0) return false;
  return folder.startsWith('vip-') && folder !== 'vip-launcher' && folder !== 'vip-program' && folder !== 'vip-cart-progress';
}

/** The pieces the account block shows from its third stage on, and those sections' code. */
const laterFolders = new Set(['vip-coupons', 'vip-tier-list', 'vip-tier-rewards', 'vip-tier-history']);

/**
 * The `lists` chunk: the account block's later sections (`account-later.ts`) and the pieces they hold, which
 * `<vip-account>` loads while its first stages show (src/lazy/lists.ts). Not on the account block's first download.
 */
function inListsChunk(id: string): boolean {
  const path = sourcePath(id);
  const [layer, folder = '', ...rest] = path?.split('/') ?? [];
  if (layer !== 'elements' || rest.length === 0) return false;
  return laterFolders.has(folder) || path === 'elements/vip-account/account-later.ts';
}

/**
 * The text of `code` without each call that starts with `start` (up to its balanced closing parenthesis), and
 * without the comma before it when `start` is an argument of its own. Throws when there is none.
 */
function withoutCalls(code: string, start: string): string {
  let out = '';
  let from = 0;
  for (let at = code.indexOf(start); at >= 0; at = code.indexOf(start, from)) {
    let end = at + start.length;
    for (let depth = 1; depth > 0; end++) {
      if (end >= code.length) throw new Error(`unbalanced ${start}`);
      if (code[end] === '(') depth++;
      else if (code[end] === ')') depth--;
    }
    const before = code.slice(from, at);
    out += start.startsWith('.') ? before : before.replace(/,\s*$/, '');
    from = end;
  }
  if (from === 0) throw new Error(`no ${start} found`);
  return out + code.slice(from);
}

/**
 * zod's JSON-Schema metadata (`register(z.globalRegistry, …)` and `z.meta(…)` in src/engine/schema.ts: lengths,
 * patterns, defaults, descriptions) is read only by scripts/build-schema.mjs, from the Node build of the engine.
 * The browser build leaves it out, so no browser downloads it; what validates is the same code. A build that finds
 * none fails, so the metadata cannot move without this being updated.
 */
function schemaMetadataForNodeOnly(): Plugin {
  return {
    name: 'vip-tiers:schema-metadata-for-node-only',
    apply: 'build',
    transform(code, id) {
      if (sourcePath(id) !== 'engine/schema.ts') return undefined;
      return { code: withoutCalls(withoutCalls(code, '.register(z.globalRegistry'), 'z.meta('), map: null };
    },
  };
}

/** Writes the loader's reserved-space rules to `dist/vip-tiers.css`, for themes to link in `<head>`. */
function reservedSpaceStylesheet(): Plugin {
  return {
    name: 'vip-tiers:reserved-space-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'vip-tiers.css', source: `${reservedSpace}\n` });
    },
  };
}

/**
 * A lazy chunk's own static imports are only discovered once it has arrived, one round trip per level. This
 * makes every `import("./chunk.js")` also start the chunks that chunk needs (each module still runs once, in order),
 * each in a task of its own (an import() costs several milliseconds of main thread at 4× CPU throttling): the account
 * block costs one round trip after the loader instead of three.
 */
function parallelLazyImports(): Plugin {
  return {
    name: 'vip-tiers:parallel-lazy-imports',
    apply: 'build',
    generateBundle(_, bundle) {
      const staticDeps = (fileName: string, seen = new Set<string>()): Set<string> => {
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk') return seen;
        for (const dep of chunk.imports) {
          if (!seen.has(dep)) {
            seen.add(dep);
            staticDeps(dep, seen);
          }
        }
        return seen;
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.dynamicImports.length === 0) continue;
        const alreadyLoaded = staticDeps(chunk.fileName);
        const from = posix.dirname(chunk.fileName);
        const relative = (fileName: string) => {
          const path = posix.relative(from, fileName);
          return path.startsWith('.') ? path : `./${path}`;
        };
        for (const target of chunk.dynamicImports) {
          const deps = [...staticDeps(target)].filter((dep) => !alreadyLoaded.has(dep) && dep !== chunk.fileName);
          if (deps.length === 0) continue;
          const path = relative(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const call = new RegExp(`import\\(\\s*([\`'"])${path}\\1\\s*\\)`, 'g');
          const before = chunk.code;
          chunk.code = chunk.code.replace(call, (whole) =>
            `Promise.all([${whole},${deps.map((dep) => `new Promise(r=>setTimeout(r)).then(()=>import(\`${relative(dep)}\`))`).join(',')}]).then(m=>m[0])`,
          );
          if (chunk.code === before) this.error(`no import() of ${target} found in ${chunk.fileName}`);
        }
      }
    },
  };
}

/**
 * V8's compile hint (Chromium 136 and later; to other engines a comment) on the first line of the loader and of the
 * shared chunk: their functions are compiled while they stream in, off the main thread, instead of each on its first
 * call in the widget's first tasks (README, "Performance"). The loader's first calls are in the task that ends the
 * page's parse; the shared chunk's in the block's first tasks. Only these two: nearly all of their code runs at once,
 * and the other chunks measured the same with it (docs/performance.md). After minification, which would drop the
 * comment. The build writes no source maps; the bench's mapped build (bench/breakdown.mjs) leaves this plugin out, as
 * the line would shift its maps.
 */
function compileHint(): Plugin {
  return {
    name: 'vip-tiers:compile-hint',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
      for (const name of ['elements', 'vip-tiers']) {
        const [chunk, ...others] = chunks.filter((file) => file.name === name);
        if (!chunk || others.length) return this.error(`expected one ${name} chunk, found ${others.length + (chunk ? 1 : 0)}`);
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  };
}

/**
 * Two builds (`npm run build` runs both). The default one makes what a browser loads: the script-tag loader, the
 * package entries and the lazy chunks. `--mode engine` adds `dist/engine.js` alone, for Node and servers: the
 * engine with zod and nothing else, so the browser chunks are free to put the engine beside Lit.
 */
/** `vip-tiers/engine`: one self-contained file with no DOM and no Lit in it, added to the browser build's dist/. */
const engineBuild: UserConfig = {
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    reportCompressedSize: false,
    lib: { entry: { engine: 'src/engine/index.ts' }, formats: ['es'] },
    rolldownOptions: { output: { entryFileNames: '[name].js', minify: true } },
  },
};

const browserBuild: UserConfig = {
  publicDir: false,
  plugins: [
    // Each catalog part is a chunk of its own, packed: its messages without their keys (README, "Languages").
    catalogModulesPlugin(),
    // Lit's `html` and `css` templates are strings to the JavaScript minifier, so their indentation would ship as
    // is: the Lit team's plugin minifies them (html-minifier-next, lightningcss), expressions left untouched.
    minifyLitTemplates({ include: ['src/**/*.ts'], failOnError: true }),
    schemaMetadataForNodeOnly(),
    reservedSpaceStylesheet(),
    parallelLazyImports(),
    compileHint(),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
    lib: {
      entry: {
        'vip-tiers': 'src/loader.ts',
        index: 'src/index.ts',
        define: 'src/define.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        // A catalog's cart part (`<id>.json?cart`) is `chunks/<id>-cart-<hash>.js`, beside `chunks/<id>-<hash>.js`.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.endsWith('.json?cart') ? 'chunks/[name]-cart-[hash].js' : 'chunks/[name]-[hash].js'),
        // Vite keeps whitespace in ES library output for downstream bundlers; the script tag is served as is,
        // so minify fully (pure annotations are still kept for bundlers that import `vip-tiers`).
        minify: true,
        codeSplitting: {
          // Few, larger files compress better and cost fewer requests than one chunk per set of modules.
          // Registrations (src/lazy/*, src/define.ts) stay out of groups: importing `vip-tiers` registers nothing.
          groups: [
            // Rolldown puts a group's dependencies in with it: the shared chunk is formed first, so the modules the
            // schema needs that every page needs too (dates, limits …) stay in it.
            { name: 'elements', test: inSharedChunk, priority: 2 },
            { name: 'schema', test: inSchemaChunk, priority: 1 },
            // The account composition before the lists, which import it: formed first, it keeps its own modules.
            { name: 'account-content', test: (id) => inAccountContentChunk(id) && !inListsChunk(id), priority: 1.5 },
            { name: 'lists', test: inListsChunk, priority: 1 },
          ],
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'engine' ? engineBuild : browserBuild));
