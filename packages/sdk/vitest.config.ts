import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests start a built server with a fresh embedded database (PGlite's initdb takes seconds on a loaded box).
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
