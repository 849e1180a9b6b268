import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // deployment.test.ts runs docker-compose and promtool: seconds each on a loaded machine.
    testTimeout: 60_000,
  },
});
