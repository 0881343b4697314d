// Library build: the script-tag loader, the package entries and the loader's lazy chunks, all ES modules.
// Lit, @lit/context and zod are bundled (the script tag must work alone) into chunks shared by every entry,
// so a page never loads the same code twice.
import { posix } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { reservedSpace } from './src/lazy/reserved-space.js';

/**
 * Returns the index just past the template literal whose opening backtick is at `open`, calling `onText` with
 * the [start, end) range of every literal text part (not the `${…}` expressions).
 */
function scanTemplate(code: string, open: number, onText: (start: number, end: number) => void): number {
  let i = open + 1;
  let textStart = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '`') {
      onText(textStart, i);
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      onText(textStart, i);
      i = scanExpression(code, i + 2, onText);
      textStart = i;
    } else {
      i += 1;
    }
  }
  throw new Error('unterminated template literal');
}

/** Returns the index just past the `}` closing an expression that starts at `i`; nested templates are scanned. */
function scanExpression(code: string, i: number, onText: (start: number, end: number) => void): number {
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') {
      const tagged = /\b(?:html|css)\s*$/.test(code.slice(Math.max(0, i - 8), i));
      i = scanTemplate(code, i, tagged ? onText : () => {});
    } else if (c === '"' || c === "'") {
      i += 1;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (c === '{') {
      depth += 1;
      i += 1;
    } else if (c === '}') {
      if (depth === 0) return i + 1;
      depth -= 1;
      i += 1;
    } else {
      i += 1;
    }
  }
  throw new Error('unterminated template expression');
}

/**
 * CSS outside quoted strings: comments dropped, whitespace collapsed, and none around `{ } ; , >`, after a
 * declaration's colon (`{color: red` → `{color:red`; a selector's `:hover` follows no `{` or `;`) or before
 * `!important`.
 */
function minifyCss(text: string): string {
  return text
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/([{;][\w-]+:) /g, '$1')
            .replace(/ !important/g, '!important')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Markup: runs of whitespace become one space (no template here uses `white-space: pre`). */
function minifyHtml(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Lit's `css` and `html` templates are strings to the minifier, so their indentation would ship as is. This
 * removes it from the literal text of the templates in src/ before bundling; expressions are left untouched.
 */
function minifyLitTemplates(): Plugin {
  return {
    name: 'vip-tiers:minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const tag = /\b(css|html)`/g;
      let match: RegExpExecArray | null;
      while ((match = tag.exec(code))) {
        // Only a template in expression position; `html` or `css` quoted in a comment is left alone.
        const before = code.slice(Math.max(0, match.index - 16), match.index).trimEnd();
        if (!/(?:[=(,:?[!&|;{}>]|\breturn)$/.test(before)) continue;
        const minify = match[1] === 'css' ? minifyCss : minifyHtml;
        const end = scanTemplate(code, match.index + match[0].length - 1, (start, stop) => {
          edits.push({ start, end: stop, text: minify(code.slice(start, stop)) });
        });
        tag.lastIndex = end;
      }
      let out = '';
      let at = 0;
      for (const edit of edits.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, edit.start) + edit.text;
        at = edit.end;
      }
      return { code: out + code.slice(at), map: null };
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
 * makes every `import("./chunk.js")` also start, at once, the chunks that chunk needs (each module still runs
 * once, in order): the account block costs one round trip after the loader instead of three.
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
            `Promise.all([${whole},${deps.map((dep) => `import(\`${relative(dep)}\`)`).join(',')}]).then(m=>m[0])`,
          );
          if (chunk.code === before) this.error(`no import() of ${target} found in ${chunk.fileName}`);
        }
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
  plugins: [minifyLitTemplates(), reservedSpaceStylesheet(), parallelLazyImports()],
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
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite keeps whitespace in ES library output for downstream bundlers; the script tag is served as is,
        // so minify fully (pure annotations are still kept for bundlers that import `vip-tiers`).
        minify: true,
        codeSplitting: {
          // Few, larger files compress better and cost fewer requests than one chunk per set of modules: what
          // every provider needs (the engine with zod, Lit, @lit/context, data, i18n, the shared element modules,
          // the account styles the popup shares) is one chunk. The pieces are a chunk of their own, so a page
          // with only the launcher loads them when the popup needs them; registrations (src/lazy/*,
          // src/define.ts) stay out of groups: importing `vip-tiers` registers nothing.
          groups: [
            {
              name: 'elements',
              test: /[\\/](?:node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/][\w-]+|zod)[\\/]|src[\\/](?:data|i18n|engine)[\\/]|src[\\/]elements[\\/](?:vip-account[\\/]account-content\.styles|[\w-]+)\.ts$)/,
              priority: 1,
            },
            // The pieces and the account composition: one chunk for `<vip-account>`, `<vip-program>` and the popup.
            { name: 'account-content', test: /[\\/]src[\\/]elements[\\/]vip-(?!launcher[\\/]|program[\\/])[\w-]+[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'engine' ? engineBuild : browserBuild));
