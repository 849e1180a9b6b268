import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // pdf.js loads once per file (2–3 s on a small machine) before the first PDF is read.
    testTimeout: 30_000,
  },
});
