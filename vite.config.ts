import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// One config for the app build and for Vitest: the same resolution rules everywhere.
export default defineConfig({
  base: './',
  plugins: [solid()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 4096 },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
