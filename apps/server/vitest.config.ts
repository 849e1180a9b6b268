import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // API suites open a database per file: a fresh PGlite runs initdb (3–4 s).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
