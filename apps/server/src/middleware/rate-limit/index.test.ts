import { Hono } from 'hono';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { problemErrorHandler } from '../problem-json/index.js';
import { createMemoryRateLimitStore, rateLimit } from './index.js';

const app = new Hono();
app.use(
  rateLimit({
    store: createMemoryRateLimitStore(),
    rules: (c) => [
      { name: 'ip', key: c.req.header('X-Test-Ip') ?? '?', limit: 3, windowMs: 60_000 },
      { name: 'user', key: 'u1', limit: 100, windowMs: 60_000 },
    ],
  }),
);
app.get('/', (c) => c.text('ok'));
app.onError(problemErrorHandler({ logger: pino({ level: 'silent' }) }));

describe('rateLimit', () => {
  it('announces the tightest limit, then refuses with 429 and Retry-After', async () => {
    const get = () => app.request('/', { headers: { 'X-Test-Ip': '10.0.0.1' } });
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.get('RateLimit-Limit')).toBe('3');
    expect(first.headers.get('RateLimit-Remaining')).toBe('2');
    expect(first.headers.get('RateLimit-Policy')).toBe('3;w=60, 100;w=60');
    await get();
    await get();
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(refused.headers.get('RateLimit-Remaining')).toBe('0');
    expect(await refused.json()).toMatchObject({ code: 'rate_limited', status: 429 });
  });

  it('counts each key on its own', async () => {
    expect((await app.request('/', { headers: { 'X-Test-Ip': '10.0.0.2' } })).status).toBe(200);
  });
});
