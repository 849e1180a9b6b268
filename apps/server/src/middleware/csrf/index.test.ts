import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { problemErrorHandler } from '../problem-json/index.js';
import pino from 'pino';
import { csrf } from './index.js';

const app = new Hono();
app.use(csrf({ ownOrigin: () => 'http://localhost' }));
app.post('/change', (c) => c.json({ ok: true }));
app.get('/read', (c) => c.json({ ok: true }));
app.onError(problemErrorHandler({ logger: pino({ level: 'silent' }) }));

const post = (headers: Record<string, string>) => app.request('http://localhost/change', { method: 'POST', headers, body: '{}' });
const json = { 'Content-Type': 'application/json' };

describe('csrf', () => {
  it('lets same-origin browser requests and header-less scripts through', async () => {
    expect((await post({ ...json, Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await post(json)).status).toBe(200);
  });

  it('refuses another origin, a cross-site fetch, and a form-encodable body', async () => {
    for (const headers of <Record<string, string>[]>[
      { ...json, Origin: 'https://evil.example' },
      { ...json, Origin: 'null' },
      { ...json, 'Sec-Fetch-Site': 'cross-site' },
      { ...json, 'Sec-Fetch-Site': 'same-site' },
      { 'Content-Type': 'text/plain', Origin: 'http://localhost' },
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      { 'Content-Length': '2' },
    ]) {
      const response = await post(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'csrf_rejected' });
    }
  });

  it('lets a same-origin request without a body omit the content type', async () => {
    const response = await app.request('http://localhost/change', { method: 'POST', headers: { Origin: 'http://localhost' } });
    expect(response.status).toBe(200);
  });

  it('does not apply to reads or to bearer-authenticated requests', async () => {
    expect((await app.request('http://localhost/read', { headers: { Origin: 'https://evil.example' } })).status).toBe(200);
    expect((await post({ Authorization: 'Bearer pc_x', 'Content-Type': 'text/plain', Origin: 'https://evil.example' })).status).toBe(200);
  });
});
