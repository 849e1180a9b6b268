// First: the app imports @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { createApiHarness, type ApiHarness } from '../test/harness.js';
import { createBullMqQueue, type BullMqJobQueue } from '@pc/engine';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('/admin/queues (scaled mode, Postgres + BullMQ)', () => {
  let harness: ApiHarness;
  let queue: BullMqJobQueue;

  beforeAll(async () => {
    queue = createBullMqQueue({ redisUrl, prefix: `pc-test-${randomBytes(5).toString('hex')}`, onError: () => {} });
    harness = await createApiHarness('postgres', {}, { observability: { queues: Object.values(queue.queues), adminEmails: ['Ops@Example.test'] } });
  }, 60_000);
  afterAll(async () => {
    await harness?.dispose();
    await queue?.close({ deadlineMs: 500 });
  });

  const get = (path: string, headers: Record<string, string> = {}) => harness.request(path, { headers });
  const asSession = (cookie: string) => ({ Cookie: `pc_session=${cookie}` });

  it('serves the dashboard and its assets from this origin to the instance owner', async () => {
    const page = await get('/admin/queues', asSession(harness.owner.cookie()));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    // The default CSP (scripts and styles from this origin only) applies, and nothing is fetched elsewhere.
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<base href="/admin/queues/"');
    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await get(`/admin/queues/${script}`, asSession(harness.owner.cookie()));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Content-Type')).toMatch(/javascript/);

    const api = await get('/admin/queues/api/queues', asSession(harness.owner.cookie()));
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: { name: string }[] };
    expect(queues.map((entry) => entry.name).sort()).toEqual(['fn-cpu', 'fn-io']);
  });

  it('is for instance owners only: the first account or ADMIN_EMAILS, in a browser session', async () => {
    expect((await get('/admin/queues')).status).toBe(401);
    const member = await harness.signUp('Member');
    const denied = await get('/admin/queues/api/queues', asSession(member.cookie()));
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ code: 'forbidden' });
    // An API key of the owner is a script, not an owner at the dashboard.
    const key = await harness.owner.withApiKey(['read']);
    expect((await get('/admin/queues/api/queues', { Authorization: `Bearer ${key.key}` })).status).toBe(403);

    // ADMIN_EMAILS matches case-insensitively: sign one up under a listed address.
    const listed = await harness.request('/api/v1/auth/signup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({ email: 'ops@example.test', password: 'harbour-at-dawn-42', name: 'Ops' }),
    });
    expect(listed.status).toBe(201);
    const cookie = /pc_session=([^;]*)/.exec(listed.headers.getSetCookie().join(';'))![1]!;
    expect((await get('/admin/queues/api/queues', asSession(cookie))).status).toBe(200);
  });

  it('refuses cross-site actions', async () => {
    const response = await harness.request('/admin/queues/api/queues/fn-cpu/retry/failed', {
      method: 'PUT',
      headers: { ...asSession(harness.owner.cookie()), Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'csrf_rejected' });
  });
});

describe('/admin/queues (embedded mode)', () => {
  it('answers a problem saying it needs the scaled mode', async () => {
    // A fresh PGlite runs initdb inside the test: slow on a loaded machine.
    const harness = await createApiHarness('pglite');
    try {
      const response = await harness.request('/admin/queues', { headers: { Cookie: `pc_session=${harness.owner.cookie()}` } });
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ code: 'not_found', detail: expect.stringContaining('scaled mode') });
    } finally {
      await harness.dispose();
    }
  }, 120_000);
});
