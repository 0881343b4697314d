// Library build: the script-tag loader, the package entries and the loader's lazy chunks, all ES modules.
// Lit, @lit/context and zod are bundled (the script tag must work alone) into chunks shared by every entry,
// so a page never loads the same code twice.
import { defineConfig, type Plugin } from 'vite';

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

/** CSS outside quoted strings: comments dropped, whitespace collapsed, and none around `{ } ; , >`. */
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

export default defineConfig({
  publicDir: false,
  plugins: [minifyLitTemplates()],
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
        engine: 'src/engine/index.ts',
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
          // Few, larger files compress better and cost fewer requests than one chunk per module set. The
          // engine (with zod) stays apart from everything Lit, so dist/engine.js loads no DOM code in Node.
          // Registrations (src/lazy/*, src/define.ts) stay out of the groups: importing `vip-tiers` registers nothing.
          groups: [
            { name: 'engine', test: /[\\/](?:src[\\/]engine|node_modules[\\/]zod)[\\/]/, priority: 2 },
            {
              name: 'elements',
              test: (id) =>
                /[\\/](?:node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]\w[\w-]*)|src[\\/](?:elements|data|i18n))[\\/]/.test(id) &&
                !/[\\/]vip-launcher[\\/]/.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
