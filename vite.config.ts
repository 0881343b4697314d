// Library build: the script-tag loader, the package entries and the loader's lazy chunks, all ES modules.
// Lit, @lit/context and zod are bundled (the script tag must work alone) into chunks shared by every entry,
// so a page never loads the same code twice.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
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
      },
    },
  },
});
