import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The CLI runs against a built server on a fresh embedded database; runs render PNGs on a loaded box.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
