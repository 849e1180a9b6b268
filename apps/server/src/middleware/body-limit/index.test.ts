import type { AddressInfo } from 'node:net';
import { serve, type HttpBindings } from '@hono/node-server';
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

  it('leaves a body with a Content-Length to be read straight from the socket (no web Request)', async () => {
    // @hono/node-server reads `json()` straight from the IncomingMessage unless something
    // touched `request.body` first: that builds a whole web Request (its `requestCache`)
    // and the body then flows through a web stream and undici's body mixin.
    const node = new Hono<{ Bindings: HttpBindings }>().use(bodyLimit({ maxBytes: 1024 })).post('/', async (c) => {
      const body: unknown = await c.req.json();
      const webRequest = Object.getOwnPropertySymbols(c.req.raw).some((symbol) => symbol.description === 'requestCache');
      return c.json({ webRequest, body });
    });
    node.onError(problemErrorHandler({ logger: pino({ level: 'silent' }) }));
    const server = serve({ fetch: node.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const within = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scene: 'Harbour at dawn' }) });
      expect(await within.json()).toEqual({ webRequest: false, body: { scene: 'Harbour at dawn' } });
      const over = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ notes: 'x'.repeat(2048) }) });
      expect(over.status).toBe(413);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
