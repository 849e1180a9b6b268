/*
 * The PNG render thread (see png-pool.ts). Bundled as `png-thread.js` next to each app's
 * `main.js`; under tsx/vitest, `png-thread.mjs` loads this file through tsx.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { renderPng } from '@pc/functions/render-png';

if (!parentPort) throw new Error('png-thread must run in a worker thread');
const port = parentPort;

port.on('message', (message: { id: number; svg: string }) => {
  renderPng(message.svg).then(
    (png) => {
      // Transfer, not copy: renderPng returns a fresh, exactly sized buffer; slice only if not.
      const buffer = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? png.buffer : png.slice().buffer;
      port.postMessage({ id: message.id, ok: true, png: buffer, threadId }, [buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const { name, message: text } = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id: message.id, ok: false, error: { name, message: text } });
    },
  );
});
