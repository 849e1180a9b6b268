import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasWebApp, serveWebApp } from './index.js';

const BIG_SCRIPT = Array.from({ length: 300 }, (_, index) => `export const shot${index} = { lensMm: ${index} };`).join('\n');
let root: string;
let app: Hono;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pc-web-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Canvas</title>');
  await writeFile(join(root, 'assets', 'index-3f2a.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'canvas-9c1d.js'), BIG_SCRIPT);
  await writeFile(join(root, 'assets', 'frame-77aa.png'), new Uint8Array(4096).fill(9));
  await writeFile(join(root, 'favicon.svg'), '<svg/>');
  app = new Hono().use(serveWebApp({ root })).all('*', (c) => c.text('server', 404));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('serveWebApp', () => {
  it('knows whether there is a built app', () => {
    expect(hasWebApp(root)).toBe(true);
    expect(hasWebApp(join(root, 'assets'))).toBe(false);
  });

  it('serves hashed assets as immutable', async () => {
    const response = await app.request('/assets/index-3f2a.js');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves hashed scripts compressed once per coding, with an ETag and 304s', async () => {
    const first = await app.request('/assets/canvas-9c1d.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(first.headers.get('Content-Encoding')).toBe('br');
    expect(first.headers.get('Vary')).toBe('Accept-Encoding');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    expect(brotliDecompressSync(Buffer.from(await first.arrayBuffer())).toString()).toBe(BIG_SCRIPT);
    const gzip = await app.request('/assets/canvas-9c1d.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(BIG_SCRIPT);
    expect(await (await app.request('/assets/canvas-9c1d.js')).text()).toBe(BIG_SCRIPT);
    const again = await app.request('/assets/canvas-9c1d.js', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const image = await app.request('/assets/frame-77aa.png', { headers: { 'Accept-Encoding': 'br' } });
    expect(image.headers.get('Content-Encoding')).toBeNull();
    expect((await image.arrayBuffer()).byteLength).toBe(4096);
  });

  it('revalidates index.html by its ETag', async () => {
    const first = await app.request('/');
    const again = await app.request('/graphs/gr_1', { headers: { 'If-None-Match': first.headers.get('ETag')! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('serves index.html, revalidated, for client-side routes', async () => {
    for (const path of ['/', '/graphs/gr_0123456789abcdef']) {
      const response = await app.request(path);
      expect(await response.text()).toContain('<title>Canvas</title>');
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
    }
  });

  it('serves other files at the root', async () => {
    expect(await (await app.request('/favicon.svg')).text()).toBe('<svg/>');
  });

  it('leaves missing assets, API and collab paths and non-GET requests to the server', async () => {
    for (const [method, path] of [
      ['GET', '/assets/old-chunk.js'],
      ['GET', '/api/v1/nope'],
      ['GET', '/collab/gr_1'],
      ['POST', '/'],
    ] as const) {
      expect(await (await app.request(path, { method })).text()).toBe('server');
    }
  });

  it('never serves a file outside its root', async () => {
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      const text = await (await app.request(path)).text();
      expect(text).not.toContain('root:');
    }
  });
});
