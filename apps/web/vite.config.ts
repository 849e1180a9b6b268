/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server proxies the API and the collaboration socket so the browser sees one
// origin, as it will in production where the server serves dist/ itself.
const apiTarget = process.env['PC_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/collab': { target: apiTarget.replace(/^http/, 'ws'), ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/collab': { target: apiTarget.replace(/^http/, 'ws'), ws: true },
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: true,
    // A strict CSP comes next: no inline scripts, and no inlined module-preload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // Everything the first screen imports statically in one chunk, the entry's. Without this
    // Rolldown (Vite 8) split what the entry shares with lazy chunks (zod, React) into chunks
    // of their own that the first load fetched next to it — modules already loaded whenever a
    // lazy chunk runs (rolldown#10731: Vite's HTML entry wraps main.tsx). `$initial` is every
    // module an entry imports statically: one entry here, so the first load is one script.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
