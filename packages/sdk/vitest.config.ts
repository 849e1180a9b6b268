import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each server-backed file builds and starts its own server: one at a time on a 2-core box.
    fileParallelism: false,
    // Tests start a built server with a fresh embedded database (PGlite's initdb takes seconds on a loaded box).
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
