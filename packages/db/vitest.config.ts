import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A fresh PGlite runs initdb (3–4 s on a small machine); a Postgres test file creates a database.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
