import { Hono } from 'hono';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { problemErrorHandler } from '../problem-json/index.js';
import { bodyLimit } from './index.js';

const app = new Hono().use(bodyLimit({ maxBytes: 16 })).post('/', async (c) => c.text(await c.req.text()));
app.onError(problemErrorHandler({ logger: pino({ level: 'silent' }) }));

describe('bodyLimit', () => {
  it('passes a body within the limit', async () => {
    const response = await app.request('/', { method: 'POST', body: 'small' });
    expect(await response.text()).toBe('small');
  });

  it('refuses a larger body with a 413 problem', async () => {
    const response = await app.request('/', { method: 'POST', body: 'x'.repeat(17) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('counts a streamed body that declares no length', async () => {
    const body = new ReadableStream({
      start(controller) {
        for (let chunk = 0; chunk < 4; chunk += 1) controller.enqueue(new TextEncoder().encode('xxxxxxxx'));
        controller.close();
      },
    });
    const response = await app.request('/', { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });
});
