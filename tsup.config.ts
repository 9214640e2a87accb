import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    // import.meta.url (locating the worker module) in the CommonJS build too.
    shims: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The worker thread's module (src/parallel/pool.ts loads dist/check-worker.js beside the
    // bundle): its own entry, so the main bundle never carries it.
    entry: { 'check-worker': 'src/parallel/check-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
]);
