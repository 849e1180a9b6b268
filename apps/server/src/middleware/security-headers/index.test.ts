import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CSP, securityHeaders } from './index.js';

const app = new Hono();
app.use(securityHeaders({ isHttps: (c) => new URL(c.req.url).protocol === 'https:' }));
app.get('/', (c) => c.text('ok'));
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
});
