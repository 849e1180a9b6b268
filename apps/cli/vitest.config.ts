import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each server-backed file builds and starts its own server: one at a time on a 2-core box.
    fileParallelism: false,
    // The CLI runs against a built server on a fresh embedded database; runs render PNGs on a loaded box.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
