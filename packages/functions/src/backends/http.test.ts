import { afterEach, describe, expect, it } from 'vitest';
import { BackendRequestError } from './errors.js';
import { fetchChecked, fetchJson } from './http.js';
import { startFakeServer, type FakeServerBase } from './testing/http-server.js';

let server: FakeServerBase | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const MiB = 1024 * 1024;
const signal = () => AbortSignal.timeout(30_000);

describe('back-end HTTP: what a hostile back end can make the server read', () => {
  it('refuses a success answer past its limit, declared or streamed without a length, and reads only the start of an error', async () => {
    server = await startFakeServer((_request, response, route) => {
      if (route === 'GET /declared') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(4 * MiB) });
        return response.end(Buffer.alloc(4 * MiB, 0x20));
      }
      if (route === 'GET /streamed') {
        response.writeHead(200, { 'content-type': 'application/json' });
        // Chunked, no length: 64 chunks of 64 KiB, far more than the limit.
        for (let index = 0; index < 64; index += 1) response.write(Buffer.alloc(64 * 1024, 0x20));
        return response.end();
      }
      if (route === 'GET /error') {
        response.writeHead(500, { 'content-type': 'text/plain' });
        return response.end(`boom ${'x'.repeat(4 * MiB)}`);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const url = (path: string) => new URL(path, server!.url);
    for (const path of ['/declared', '/streamed']) {
      const read = fetchChecked(url(path), { signal: signal(), maxBytes: MiB }, 'read');
      await expect(read, path).rejects.toBeInstanceOf(BackendRequestError);
      await expect(read, path).rejects.toMatchObject({ retryable: false, message: 'read: the answer is larger than 1 MiB' });
    }
    const failed = fetchChecked(url('/error'), { signal: signal() }, 'read');
    await expect(failed).rejects.toMatchObject({ status: 500, message: expect.stringMatching(/^read: HTTP 500 — boom x+$/) });
    expect(((await failed.catch((error: unknown) => error)) as Error).message.length).toBeLessThan(400);
    expect(await fetchJson(url('/small'), { signal: signal(), maxBytes: 16 }, 'read')).toEqual({ ok: true });
  });

  it('does not follow a redirect, and keeps the caller abort reason', async () => {
    server = await startFakeServer((_request, response, route) => {
      if (route === 'GET /moved') return response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      // Never answers.
      return undefined;
    });
    await expect(fetchChecked(new URL('/moved', server.url), { signal: signal() }, 'read')).rejects.toMatchObject({ status: 302 });
    expect(server.requests).toEqual(['GET /moved']);
    const controller = new AbortController();
    const hanging = fetchChecked(new URL('/hang', server.url), { signal: controller.signal }, 'read');
    controller.abort(new Error('cancelled by the run'));
    await expect(hanging).rejects.toThrow('cancelled by the run');
  });
});
