import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One server, one reader: the docs' blocks run in order, each building on the last.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
