// The demo page (`npm start`): serves demo/ and resolves the library straight from ../src, so every
// change to the elements or the engine shows up without a build.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { catalogModulesPlugin } from '../scripts/catalog-module.mjs';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: demoRoot,
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  // The catalogs packed as the build ships them (README, "Languages").
  plugins: [catalogModulesPlugin()],
  resolve: {
    alias: [
      { find: /^vip-tiers\/define$/, replacement: fileURLToPath(new URL('../src/define.ts', import.meta.url)) },
      { find: /^vip-tiers\/engine$/, replacement: fileURLToPath(new URL('../src/engine/index.ts', import.meta.url)) },
      { find: /^vip-tiers$/, replacement: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
    ],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // Another dev server on 5173: take the next free port rather than fail.
    strictPort: false,
    fs: { allow: [repoRoot] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
