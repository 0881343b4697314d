// Builds the Node toolkit: dist/node.js (`vip-tiers/node`) and dist/cli.js (the `vip-tiers` command), ES modules for
// Node 20 with the engine bundled in and the package's dependencies (papaparse, zod) imported. Runs after the
// library build (`npm run build`); kept out of vite.config.ts, whose builds are for browsers.
import { chmodSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'vite';

const root = new URL('../', import.meta.url);
await build({
  configFile: false,
  root: root.pathname,
  logLevel: 'warn',
  publicDir: false,
  build: {
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    reportCompressedSize: false,
    ssr: true,
    rolldownOptions: {
      input: { node: 'src/node/index.ts', cli: 'src/node/bin.ts' },
      external: [/^node:/, ...builtinModules, 'papaparse', 'zod', /^zod\//],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'node-chunks/[name]-[hash].js' },
    },
  },
});
chmodSync(new URL('dist/cli.js', root), 0o755);
console.log('wrote dist/node.js, dist/cli.js');
