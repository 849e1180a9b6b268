import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { API_CSP, DEFAULT_CSP, securityHeaders } from './index.js';

const app = new Hono();
app.use(securityHeaders({ isHttps: (c) => new URL(c.req.url).protocol === 'https:' }));
app.get('/', (c) => c.text('ok'));
app.get('/page', (c) => c.html('<!doctype html><title>Canvas</title>'));
app.get('/api/v1/graphs', (c) => c.json({ graphs: [] }));
app.get('/api/v1/problem', (c) => c.body(JSON.stringify({ status: 404 }), 404, { 'Content-Type': 'application/problem+json; charset=utf-8' }));
app.get('/api/v1/artifact.svg', (c) => c.body('<svg xmlns="http://www.w3.org/2000/svg"/>', 200, { 'Content-Type': 'image/svg+xml' }));

const DOCUMENT_HEADERS = ['Referrer-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy', 'Permissions-Policy'];
app.get('/docs', (c) => {
  c.header('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'");
  return c.text('docs');
});

describe('securityHeaders', () => {
  it('sends a strict CSP without inline scripts, nosniff, a referrer policy and no framing', async () => {
    const response = await app.request('http://localhost/');
    expect(response.headers.get('Content-Security-Policy')).toBe(DEFAULT_CSP);
    expect(DEFAULT_CSP).toContain("script-src 'self';");
    expect(DEFAULT_CSP).not.toMatch(/script-src[^;]*unsafe/);
    expect(DEFAULT_CSP).toContain("frame-ancestors 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('same-origin');
    expect(response.headers.get('Strict-Transport-Security')).toBeNull();
  });

  it('adds HSTS over https', async () => {
    const response = await app.request('https://canvas.example/');
    expect(response.headers.get('Strict-Transport-Security')).toMatch(/^max-age=31536000/);
  });

  it('keeps a route’s own CSP', async () => {
    const response = await app.request('http://localhost/docs');
    expect(response.headers.get('Content-Security-Policy')).toContain("'unsafe-inline'");
  });

  it("answers JSON with OWASP's minimal set for APIs, without the document headers", async () => {
    for (const path of ['/api/v1/graphs', '/api/v1/problem']) {
      for (const origin of ['http://localhost', 'https://canvas.example']) {
        const response = await app.request(`${origin}${path}`);
        expect(response.headers.get('Content-Security-Policy'), path).toBe(API_CSP);
        expect(API_CSP).toBe("frame-ancestors 'none'");
        expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
        expect(response.headers.get('X-Frame-Options')).toBe('DENY');
        expect(response.headers.get('Strict-Transport-Security') !== null).toBe(origin.startsWith('https:'));
        for (const name of DOCUMENT_HEADERS) expect(response.headers.get(name), `${path} ${name}`).toBeNull();
      }
    }
  });

  it('keeps the full set on everything a browser may render: the app\'s HTML, text, images', async () => {
    for (const path of ['/page', '/', '/api/v1/artifact.svg']) {
      const response = await app.request(`https://canvas.example${path}`);
      expect(response.headers.get('Content-Security-Policy'), path).toBe(DEFAULT_CSP);
      for (const name of DOCUMENT_HEADERS) expect(response.headers.get(name), `${path} ${name}`).not.toBeNull();
      expect(response.headers.get('Strict-Transport-Security')).toMatch(/^max-age=31536000/);
    }
  });
});
