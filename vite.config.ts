import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { contentSecurityPolicy } from './vite-plugins/csp.ts';
import { serviceWorker } from './vite-plugins/service-worker.ts';

// One config for the app build and for Vitest: the same resolution rules everywhere.
export default defineConfig({
  base: './',
  plugins: [solid(), contentSecurityPolicy(), serviceWorker()],
  worker: { format: 'es' },
  // No source maps ship: the app's sources stay in the repository, not on every till (issue 11).
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4096 },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    // Threads without a fresh module graph per file: every test file cleans up what it sets
    // (fake timers, IndexedDB databases by name), and re-importing zod, the engine and the WASM
    // glue for each of ~260 files was half of the run (245 s → 130 s on this 2-core machine).
    pool: 'threads',
    isolate: false,
  },
});
