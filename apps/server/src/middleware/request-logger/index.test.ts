import { Hono } from 'hono';
import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { requestId } from '../request-id/index.js';
import { requestLogger } from './index.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, stream) };
}

describe('requestLogger', () => {
  it('logs one line per request with its id, and nothing of the body or query', async () => {
    const { lines, logger } = capture();
    const app = new Hono().use(requestId()).use(requestLogger({ logger })).post('/graphs', (c) => c.json({}, 201));
    await app.request('/graphs?cursor=secret', {
      method: 'POST',
      headers: { 'X-Request-Id': 'r1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Private script' }),
    });
    expect(lines).toEqual([expect.objectContaining({ requestId: 'r1', method: 'POST', path: '/graphs', status: 201, msg: 'request' })]);
    expect(JSON.stringify(lines)).not.toMatch(/Private script|secret/);
  });

  it('keeps probes quiet unless they fail', async () => {
    const { lines, logger } = capture();
    const app = new Hono().use(requestLogger({ logger })).get('/healthz', (c) => c.json({ status: 'ok' }));
    await app.request('/healthz');
    expect(lines).toEqual([]);
  });
});
