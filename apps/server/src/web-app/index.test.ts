import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasWebApp, serveWebApp } from './index.js';

let root: string;
let app: Hono;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pc-web-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Canvas</title>');
  await writeFile(join(root, 'assets', 'index-3f2a.js'), 'console.log(1)');
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
