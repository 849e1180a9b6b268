import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createApiHarness, sessionCookieOf, type ApiHarness } from '../test/harness.js';

const HOUR = 3_600_000;

/** Sessions, CSRF, keys, isolation and secrets: how the API refuses what it must. */
describe('the security baseline', () => {
  let harness: ApiHarness;
  const logLines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    harness = await createApiHarness('pglite', { sessionIdleMs: 2 * HOUR, sessionAbsoluteMs: 24 * HOUR }, { logger: pino({ level: 'trace' }, sink) });
  });
  afterAll(() => harness?.dispose());

  describe('sessions', () => {
    it('end after the idle limit', async () => {
      const ana = await harness.signUp('Ana');
      harness.advanceClock(HOUR);
      expect((await ana.call('GET', '/me')).status).toBe(200);
      harness.advanceClock(2 * HOUR + 1000);
      const expired = await ana.call('GET', '/me');
      expect(expired.status).toBe(401);
      expect(sessionCookieOf(expired)).toBe('');
    });

    it('end at the absolute limit, however busy', async () => {
      const ben = await harness.signUp('Ben');
      for (let hour = 0; hour < 23; hour += 1) {
        harness.advanceClock(HOUR);
        expect((await ben.call('GET', '/me')).status).toBe(200);
      }
      harness.advanceClock(HOUR + 1000);
      expect((await ben.call('GET', '/me')).status).toBe(401);
    });

    it('are revoked at sign-out: the old cookie is worthless', async () => {
      const cleo = await harness.signUp('Cleo');
      const stolen = cleo.cookie();
      await cleo.call('POST', '/auth/logout');
      const replay = await harness.anonymous.call('GET', '/me', undefined, { Cookie: `pc_session=${stolen}` });
      expect(replay.status).toBe(401);
    });

    it('are all revoked at a password change, except the new one of this browser', async () => {
      const dana = await harness.signUp('Dana');
      const laptop = sessionCookieOf(await harness.anonymous.call('POST', '/auth/login', { email: dana.user.email, password: dana.password }))!;
      const before = dana.cookie();
      expect((await dana.call('POST', '/auth/password', { currentPassword: dana.password, newPassword: 'completely-new-pass' })).status).toBe(204);
      expect(dana.cookie()).not.toBe(before);
      expect((await dana.call('GET', '/me')).status).toBe(200);
      for (const old of [before, laptop]) {
        expect((await harness.anonymous.call('GET', '/me', undefined, { Cookie: `pc_session=${old}` })).status).toBe(401);
      }
    });

    it('refuses a wrong current password with a field error, and changes nothing', async () => {
      const eli = await harness.signUp('Eli');
      const response = await eli.call('POST', '/auth/password', { currentPassword: 'not-my-password', newPassword: 'completely-new-pass' });
      expect(response.status).toBe(422);
      expect((await bodyOf(response)).errors).toEqual([expect.objectContaining({ path: 'currentPassword', code: 'incorrect_password' })]);
      expect((await eli.call('GET', '/me')).status).toBe(200);
    });

    it('does not tell whether an email has an account', async () => {
      const fay = await harness.signUp('Fay');
      const wrongPassword = await bodyOf(await harness.anonymous.call('POST', '/auth/login', { email: fay.user.email, password: 'nope-nope-nope' }));
      const noAccount = await bodyOf(await harness.anonymous.call('POST', '/auth/login', { email: 'nobody@example.test', password: 'nope-nope-nope' }));
      expect([wrongPassword.status, wrongPassword.code, wrongPassword.detail]).toEqual([noAccount.status, noAccount.code, noAccount.detail]);
    });
  });

  describe('CSRF', () => {
    it('refuses cookie-authenticated changes from another origin or as a form', async () => {
      const gus = await harness.signUp('Gus');
      const attempts: Record<string, string>[] = [
        { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
        { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
        { Origin: 'http://localhost', 'Content-Type': 'text/plain' },
        { Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' },
      ];
      for (const headers of attempts) {
        const response = await harness.request('/api/v1/graphs', {
          method: 'POST',
          headers: { Cookie: `pc_session=${gus.cookie()}`, ...headers },
          body: JSON.stringify({ name: 'Forged' }),
        });
        expect(response.status, JSON.stringify(headers)).toBe(403);
        expect((await bodyOf(response)).code).toBe('csrf_rejected');
      }
      const graphs = await bodyOf(await gus.call('GET', '/graphs'));
      expect(graphs.graphs).toEqual([]);
    });

    it('refuses a cross-site sign-in (login CSRF)', async () => {
      const response = await harness.anonymous.call('POST', '/auth/login', { email: 'a@b.test', password: 'x' }, { Origin: 'https://evil.example' });
      expect(response.status).toBe(403);
    });

    it('does not apply to bearer keys, which ignore cookies altogether', async () => {
      const hal = await harness.signUp('Hal');
      const { key } = await hal.withApiKey(['write']);
      const response = await harness.request('/api/v1/graphs', {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, Origin: 'https://tools.example', 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Scripted' }),
      });
      expect(response.status).toBe(201);
    });
  });

  describe('API keys', () => {
    it('answer 401 with a challenge when unknown, malformed, revoked or expired', async () => {
      const ivy = await harness.signUp('Ivy');
      const revoked = await ivy.withApiKey(['read']);
      await ivy.call('DELETE', `/api-keys/${revoked.id}`);
      const expiring = await bodyOf(
        await ivy.call('POST', '/api-keys', { name: 'Short', scopes: ['read'], expiresAt: new Date(harness.now().getTime() + HOUR).toISOString() }),
      );
      const me = (authorization: string) => harness.request('/api/v1/me', { headers: { Authorization: authorization, Cookie: `pc_session=${ivy.cookie()}` } });
      expect((await me(`Bearer ${expiring.key}`)).status).toBe(200);
      harness.advanceClock(HOUR + 1000);
      for (const authorization of [`Bearer pc_${'0'.repeat(32)}`, 'Bearer nonsense', 'Basic dXNlcjpwYXNz', `Bearer ${revoked.key}`, `Bearer ${expiring.key}`]) {
        const response = await me(authorization);
        expect(response.status, authorization).toBe(401);
        expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="production-canvas"/);
      }
    });

    it('act within their user’s roles: a key of a viewer cannot write', async () => {
      const jo = await harness.signUp('Jo');
      const kim = await harness.signUp('Kim');
      await jo.call('POST', `/workspaces/${jo.workspaceId}/members`, { email: kim.user.email, role: 'viewer' });
      const graph = await bodyOf(await jo.call('POST', '/graphs', { name: 'Jo’s' }));
      const kimKey = await kim.withApiKey(['read', 'write']);
      expect((await kimKey.call('GET', `/graphs/${graph.id}`)).status).toBe(200);
      expect((await kimKey.call('PATCH', `/graphs/${graph.id}`, { name: 'Kim’s now' })).status).toBe(403);
    });
  });

  describe('isolation', () => {
    it('hides another workspace’s graphs completely: 404 on every route, absent from lists', async () => {
      const lee = await harness.signUp('Lee');
      const max = await harness.signUp('Max');
      const graph = await bodyOf(await lee.call('POST', '/graphs', { name: 'Secret' }));
      const missing = await max.call('GET', '/graphs/gr_0000000000000000');
      const hidden = await max.call('GET', `/graphs/${graph.id}`);
      expect(hidden.status).toBe(404);
      expect((await bodyOf(hidden)).detail).toBe((await bodyOf(missing)).detail.replace('gr_0000000000000000', graph.id));
      expect((await bodyOf(await max.call('GET', '/graphs'))).graphs).toEqual([]);
      expect((await max.call('GET', `/graphs?workspaceId=${lee.workspaceId}`)).status).toBe(404);
      // Lee's own list of that workspace has the graph; Max's (empty) own workspace is a 200.
      expect((await bodyOf(await lee.call('GET', `/graphs?workspaceId=${lee.workspaceId}`))).graphs.map((g: { id: string }) => g.id)).toEqual([graph.id]);
      expect((await bodyOf(await max.call('GET', `/graphs?workspaceId=${max.workspaceId}`))).graphs).toEqual([]);
      expect((await max.call('POST', '/graphs', { name: 'Planted', workspaceId: lee.workspaceId })).status).toBe(404);
      expect((await max.call('GET', `/workspaces/${lee.workspaceId}/members`)).status).toBe(404);
    });
  });

  describe('secrets', () => {
    it('never stores or logs a password in clear', async () => {
      const password = 'plain-text-canary-9f2k';
      const response = await harness.anonymous.call('POST', '/auth/signup', { email: 'canary@example.test', password, name: 'Canary' });
      expect(response.status).toBe(201);
      await harness.anonymous.call('POST', '/auth/login', { email: 'canary@example.test', password });
      await harness.anonymous.call('POST', '/auth/login', { email: 'canary@example.test', password: `${password}-wrong` });
      const rows = await harness.test.database.db.execute(sql`select * from users where email = 'canary@example.test'`);
      const dump = JSON.stringify(rows);
      expect(dump).not.toContain(password);
      expect(dump).toMatch(/scrypt\$/);
      expect(logLines.length).toBeGreaterThan(0);
      expect(logLines.join('\n')).not.toContain(password);
    });

    it('stores session tokens and API keys only as hashes', async () => {
      const ned = await harness.signUp('Ned');
      const { key } = await ned.withApiKey(['read']);
      const dump = JSON.stringify([
        await harness.test.database.db.execute(sql`select * from sessions`),
        await harness.test.database.db.execute(sql`select * from api_keys`),
      ]);
      expect(dump).not.toContain(ned.cookie());
      expect(dump).not.toContain(key);
      expect(logLines.join('\n')).not.toContain(key);
    });
  });

  describe('responses', () => {
    it('carry the security headers, on API errors as on pages', async () => {
      const response = await harness.anonymous.call('GET', '/me');
      expect(response.status).toBe(401);
      expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
    });
  });
});

describe('over https (PUBLIC_URL)', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('pglite', { publicUrl: new URL('https://canvas.example') });
  });
  afterAll(() => harness?.dispose());

  it('uses a __Host- Secure cookie, HSTS, and checks the public origin', async () => {
    const response = await harness.request('/api/v1/auth/signup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://canvas.example' },
      body: JSON.stringify({ email: 'tls@example.test', password: 'long-enough-password', name: 'TLS' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-pc_session=[\w-]{43}; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(response.headers.get('Strict-Transport-Security')).toMatch(/max-age=31536000/);
    const fromHttp = await harness.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' },
      body: JSON.stringify({ email: 'tls@example.test', password: 'long-enough-password' }),
    });
    expect(fromHttp.status).toBe(403);
  });
});
