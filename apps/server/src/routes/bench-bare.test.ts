import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApiHarness } from '../test/harness.js';
import { registerBenchBareRoutes } from './bench-bare.js';

describe('bench baseline routes', () => {
  it('answer the bytes they were given, for GET and for PUT after reading the body', async () => {
    const app = new Hono();
    registerBenchBareRoutes(app as never, { maxBytes: 1024 });
    const bytes = JSON.stringify({ id: 'gr_1', revision: 3 });
    expect((await app.request('/__bench/bare/graph', { method: 'POST', body: bytes })).status).toBe(204);
    const read = await app.request('/__bench/bare/graph');
    expect(read.headers.get('Content-Type')).toBe('application/json');
    expect(await read.text()).toBe(bytes);
    expect(await (await app.request('/__bench/bare/graph', { method: 'PUT', body: '{"document":{}}' })).text()).toBe(bytes);
    expect((await app.request('/__bench/bare/empty')).status).toBe(404);
    expect((await app.request('/__bench/bare/BAD_NAME', { method: 'POST', body: 'x' })).status).toBe(400);
    expect((await app.request('/__bench/bare/big', { method: 'POST', body: 'x'.repeat(2048) })).status).toBe(400);
  });

  it('do not exist unless the server is started for the bench', async () => {
    const harness = await createApiHarness('pglite');
    try {
      expect((await harness.request('/__bench/bare/graph', { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await harness.dispose();
    }
  });
});
