import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { cors } from './index.js';

const appWith = (origins: string[]) => {
  const app = new Hono();
  app.use(cors({ origins }));
  app.get('/api', (c) => c.json({}));
  return app;
};
const preflight = (app: Hono, origin: string) =>
  app.request('/api', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' } });

describe('cors', () => {
  it('is closed by default: no origin is allowed', async () => {
    const response = await preflight(appWith([]), 'https://tools.example');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('allows exactly the configured origins, without credentials', async () => {
    const app = appWith(['https://tools.example']);
    const allowed = await preflight(app, 'https://tools.example');
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://tools.example');
    expect(allowed.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(allowed.headers.get('Access-Control-Allow-Headers')).toMatch(/authorization/i);
    expect((await preflight(app, 'https://evil.example')).headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
