// Where the bytes of the account path go: the browser build again with source maps, into .bench-tmp/mapped (the
// same vite config; only the plugins that rewrite the chunks after rendering, the `import()` calls and the compile
// hint's first line, are left out, as they would shift the maps), then each file's minified text split by the source
// each character maps to. Each source's share of a file's brotli size is its own text compressed alone, scaled so the
// shares add up to the file's real brotli size:
// an estimate (brotli shares context across sources), good to a few percent and exact in total.
// `node bench/breakdown.mjs` prints it alone (after nothing: it builds what it needs).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, loadConfigFromFile } from 'vite';
import { compressedSizes, widgetBytes } from '../scripts/dist-sizes.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.bench-tmp/mapped');

/** Builds the browser bundle with source maps into .bench-tmp/mapped. */
async function buildMapped() {
  rmSync(outDir, { recursive: true, force: true });
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts'), root, 'silent');
  const config = loaded.config;
  const afterRendering = new Set(['vip-tiers:parallel-lazy-imports', 'vip-tiers:compile-hint']);
  config.plugins = config.plugins.flat().filter((plugin) => !afterRendering.has(plugin?.name));
  await build({
    ...config,
    configFile: false,
    root,
    logLevel: 'error',
    build: { ...config.build, outDir, emptyOutDir: true, sourcemap: true },
  });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

/** Source map `mappings` decoded into lines of [generated column, source index or -1]. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0, shift = 0;
      for (const c of segment) {
        const d = digit[c];
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) source += values[1];
      segments.push([column, values.length >= 4 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** The group a source belongs to: a package by name, or a path inside src/. */
function groupOf(source) {
  const path = source.replaceAll('\\', '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  const inSrc = /(?:^|\/)src\/(.+)$/.exec(path);
  return inSrc ? inSrc[1] : path;
}

/** Text of a built file split by source group. */
function textBySource(file) {
  const code = readFileSync(file, 'utf8');
  const groups = new Map();
  // A chunk of nothing but imports has no map.
  if (!existsSync(`${file}.map`)) return groups.set('(module glue)', code);
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const add = (group, text) => groups.set(group, (groups.get(group) ?? '') + text);
  const lines = code.split('\n');
  const decoded = decodeMappings(map.mappings);
  lines.forEach((line, index) => {
    const segments = decoded[index] ?? [];
    let from = 0;
    let group = '(module glue)';
    for (const [column, source] of segments) {
      if (column > from) add(group, line.slice(from, column));
      from = column;
      group = source < 0 ? '(module glue)' : groupOf(map.sources[source]);
    }
    add(group, `${line.slice(from)}\n`);
  });
  // The source map comment is not what a browser needs: it is left out of the built file's size below too.
  return groups;
}

/**
 * Brotli bytes per source group of a set of built files (paths inside `dir`), each file's real brotli size shared
 * out by its sources' own compressed sizes.
 */
function breakdownOf(files, dir) {
  const total = new Map();
  for (const file of files) {
    const path = join(dir, file);
    const code = readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
    const fileBrotli = compressedSizes(Buffer.from(code)).brotli;
    const groups = textBySource(path);
    const alone = [...groups].map(([group, text]) => [group, compressedSizes(Buffer.from(text)).brotli, text.length]);
    const sum = alone.reduce((s, [, b]) => s + b, 0);
    for (const [group, brotli, raw] of alone) {
      const entry = total.get(group) ?? { brotli: 0, raw: 0 };
      entry.brotli += (brotli / sum) * fileBrotli;
      entry.raw += raw;
      total.set(group, entry);
    }
  }
  return [...total].map(([group, v]) => ({ group, brotli: Math.round(v.brotli), raw: v.raw })).sort((a, b) => b.brotli - a.brotli);
}

/** The layer a group is summed under: a package, or src/engine, src/elements … */
const layerOf = (group) => (group.includes('/') && !group.startsWith('@') ? group.split('/')[0] : group);

/** Builds with source maps and returns the account path's and everything's brotli bytes by source and by layer. */
export async function accountBreakdown() {
  await buildMapped();
  const bytes = widgetBytes(outDir);
  const result = {};
  for (const key of ['account', 'everything']) {
    const sources = breakdownOf(bytes[key].files, outDir);
    const layers = new Map();
    for (const s of sources) layers.set(layerOf(s.group), (layers.get(layerOf(s.group)) ?? 0) + s.brotli);
    result[key] = {
      brotli: bytes[key].brotli,
      sources,
      layers: [...layers].map(([layer, brotli]) => ({ layer, brotli })).sort((a, b) => b.brotli - a.brotli),
    };
  }
  return result;
}

/** One line per layer and its largest sources, for the bench's table. */
export function formatBreakdown({ brotli, sources, layers }, { top = 40 } = {}) {
  const out = [`brotli ${brotli.toLocaleString('en-US')} B (shares estimated from source maps)`];
  for (const { layer, brotli: b } of layers) out.push(`  ${layer.padEnd(28)} ${b.toLocaleString('en-US').padStart(7)} B`);
  out.push('  largest sources:');
  for (const s of sources.slice(0, top)) {
    out.push(`    ${s.group.padEnd(46)} ${s.brotli.toLocaleString('en-US').padStart(7)} B br · ${s.raw.toLocaleString('en-US').padStart(7)} B min`);
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await accountBreakdown();
  console.log(`account path — ${formatBreakdown(result.account)}`);
  if (process.argv.includes('--everything')) console.log(`\neverything — ${formatBreakdown(result.everything)}`);
}
