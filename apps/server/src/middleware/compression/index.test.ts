import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { describe, expect, it } from 'vitest';
import { compression, isCompressible, negotiateCoding } from './index.js';

const big = JSON.stringify({ shots: Array.from({ length: 200 }, (_, index) => ({ shotNumber: `${index + 1}A`, lensMm: 35 })) });
const png = new Uint8Array(4096).fill(7);

const app = new Hono()
  .use(compression())
  .get('/json', (c) => c.body(big, 200, { 'Content-Type': 'application/json', ETag: '"3"' }))
  .get('/small', (c) => c.json({ ok: true }))
  .get('/png', (c) => c.body(png, 200, { 'Content-Type': 'image/png' }))
  .get('/no-transform', (c) => c.body(big, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-transform' }))
  .get('/events', (c) =>
    streamSSE(c, async (stream) => {
      for (let index = 0; index < 3; index += 1) await stream.writeSSE({ data: big.slice(0, 2000), event: 'tick' });
    }),
  );

const get = (path: string, acceptEncoding?: string) => app.request(path, { headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } });

describe('compression', () => {
  it('negotiates br over gzip, honours q-values and *, and ignores garbage', () => {
    expect(negotiateCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateCoding('gzip')).toBe('gzip');
    expect(negotiateCoding('br;q=0.2, gzip;q=0.8')).toBe('gzip');
    expect(negotiateCoding('*;q=0.5, br;q=0')).toBe('gzip');
    expect(negotiateCoding('identity')).toBeUndefined();
    expect(negotiateCoding('br;q=nonsense, ;;,,')).toBeUndefined();
    expect(negotiateCoding(undefined)).toBeUndefined();
  });

  it('knows text-like types from media that is compressed already or streamed', () => {
    for (const type of ['application/json', 'application/problem+json', 'text/html; charset=utf-8', 'text/javascript', 'image/svg+xml', 'application/manifest+json']) {
      expect(isCompressible(type), type).toBe(true);
    }
    for (const type of ['text/event-stream', 'image/png', 'image/jpeg', 'font/woff2', 'application/octet-stream', 'application/zip', '']) {
      expect(isCompressible(type), type).toBe(false);
    }
  });

  it('compresses a large JSON body with the negotiated coding, varying on Accept-Encoding', async () => {
    const br = await get('/json', 'gzip, br');
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toBe('Accept-Encoding');
    expect(br.headers.get('ETag')).toBe('"3"');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(big);
    const gzip = await get('/json', 'gzip');
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(big);
    const identity = await get('/json');
    expect(identity.headers.get('Content-Encoding')).toBeNull();
    expect(identity.headers.get('Vary')).toBe('Accept-Encoding');
    expect(await identity.text()).toBe(big);
  });

  it('sends small bodies, PNGs and no-transform responses as they are', async () => {
    for (const path of ['/small', '/png', '/no-transform']) {
      const response = await get(path, 'br, gzip');
      expect(response.headers.get('Content-Encoding'), path).toBeNull();
    }
    expect(new Uint8Array(await (await get('/png', 'br')).arrayBuffer())).toEqual(png);
  });

  it('never compresses or buffers an event stream', async () => {
    const response = await get('/events', 'br, gzip');
    expect(response.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('Content-Encoding')).toBeNull();
    expect((await response.text()).match(/event: tick/g)).toHaveLength(3);
  });
});
