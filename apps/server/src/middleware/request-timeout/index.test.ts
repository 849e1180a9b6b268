import { Hono } from 'hono';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { problemErrorHandler } from '../problem-json/index.js';
import { requestTimeout } from './index.js';

describe('requestTimeout', () => {
  it('answers a request that runs too long with a 504 problem', async () => {
    const app = new Hono();
    app.use(requestTimeout({ timeoutMs: 20 }));
    app.get('/slow', async (c) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return c.text('late');
    });
    app.get('/fast', (c) => c.text('ok'));
    app.onError(problemErrorHandler({ logger: pino({ level: 'silent' }) }));
    const slow = await app.request('/slow');
    expect(slow.status).toBe(504);
    expect(await slow.json()).toMatchObject({ code: 'request_timeout' });
    expect((await app.request('/fast')).status).toBe(200);
  });
});
