import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../app.js';
import { useProcesses } from '../test/process-app.js';
import { createApiHarness, SAME_ORIGIN, TEST_PASSWORD, type ApiHarness } from '../test/harness.js';
import type { Actor } from './actor.js';
import { createCredentialCache } from './credential-cache.js';

const user = { id: 'us_1', email: 'a@example.test', name: 'A', isInstanceOwner: false, createdAt: new Date(0) };
const keyActor: Actor = { kind: 'api_key', user, keyId: 'ak_1', scopes: ['read'] };
const sessionActor: Actor = { kind: 'session', user, tokenHash: 'h-session' };
const entry = (actor: Actor) => ({ actor, expiresAt: null, lastSeenAt: new Date(0) });

describe('the credential cache', () => {
  it('forgets entries after the TTL', () => {
    const cache = createCredentialCache({ ttlMs: 1000 });
    cache.set('h', entry(keyActor), cache.generation, 0);
    expect(cache.get('h', 999)?.actor).toBe(keyActor);
    expect(cache.get('h', 1000)).toBeUndefined();
  });

  it('asks once per entry for a refresh late in its life or ahead of its touch', () => {
    const cache = createCredentialCache({ ttlMs: 1000 });
    // Cached at 0, last touched at 0; touched every 60 s, refreshed from 600 ms (the TTL's last 40 %).
    cache.set('h', entry(keyActor), cache.generation, 0);
    expect(cache.takeRefresh('h', 599, 60_000)).toBe(false);
    expect(cache.takeRefresh('h', 600, 60_000)).toBe(true);
    expect(cache.takeRefresh('h', 700, 60_000)).toBe(false);
    expect(cache.takeRefresh('other', 700, 60_000)).toBe(false);
    // Young (cached at 69.5 s), but its touch (last at 10 s) falls due within the lead (400 ms).
    cache.set('h', { ...entry(keyActor), lastSeenAt: new Date(10_000) }, cache.generation, 69_500);
    expect(cache.takeRefresh('h', 69_599, 60_000)).toBe(false);
    expect(cache.takeRefresh('h', 69_600, 60_000)).toBe(true);
  });

  it('drops a revoked key and ended sessions at once, and only those', () => {
    const cache = createCredentialCache();
    cache.set('h-key', entry(keyActor), cache.generation, 0);
    cache.set('h-session', entry(sessionActor), cache.generation, 0);
    cache.forgetKey('ak_other');
    expect(cache.size).toBe(2);
    cache.forgetKey('ak_1');
    expect(cache.get('h-key', 1)).toBeUndefined();
    cache.forgetSessions('us_1', 'h-other');
    expect(cache.get('h-session', 1)).toBeDefined();
    cache.forgetSessions('us_1');
    expect(cache.get('h-session', 1)).toBeUndefined();
  });

  it('refuses an answer looked up before a revocation (it may be stale)', () => {
    const cache = createCredentialCache();
    const before = cache.generation;
    cache.forgetKey('ak_1');
    cache.set('h-key', entry(keyActor), before, 0);
    expect(cache.get('h-key', 1)).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const cache = createCredentialCache({ maxEntries: 2 });
    for (const hash of ['a', 'b', 'c']) cache.set(hash, entry(keyActor), cache.generation, 0);
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)].map(Boolean)).toEqual([false, true, true]);
  });

  it('caches nothing with a TTL of 0', () => {
    const cache = createCredentialCache({ ttlMs: 0 });
    cache.set('h', entry(keyActor), cache.generation, 0);
    expect(cache.get('h', 0)).toBeUndefined();
  });
});

describe('cached credentials on one process', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('postgres');
  }, 60_000);
  afterAll(() => harness.dispose());

  it('refuse a revoked API key on the very next request', async () => {
    const key = await harness.owner.withApiKey(['read']);
    expect((await key.call('GET', '/me')).status).toBe(200);
    expect((await key.call('GET', '/me')).status).toBe(200);
    expect((await harness.owner.call('DELETE', `/api-keys/${key.id}`)).status).toBe(204);
    expect((await key.call('GET', '/me')).status).toBe(401);
  });

  it('refuse a signed-out session cookie on the very next request', async () => {
    const ann = await harness.signUp('Ann');
    const cookie = ann.cookie();
    const replay = () => harness.anonymous.call('GET', '/me', undefined, { Cookie: `pc_session=${cookie}` });
    expect((await replay()).status).toBe(200);
    await ann.call('POST', '/auth/logout');
    expect((await replay()).status).toBe(401);
  });

  it('refuse every old session after a password change', async () => {
    const bo = await harness.signUp('Bo');
    const old = bo.cookie();
    const replay = () => harness.anonymous.call('GET', '/me', undefined, { Cookie: `pc_session=${old}` });
    expect((await replay()).status).toBe(200);
    expect((await bo.call('POST', '/auth/password', { currentPassword: bo.password, newPassword: 'completely-new-pass' })).status).toBe(204);
    expect((await replay()).status).toBe(401);
  });

  it('still expire keys on time while cached', async () => {
    const expiring = (await (
      await harness.owner.call('POST', '/api-keys', { name: 'Short', scopes: ['read'], expiresAt: new Date(harness.now().getTime() + 5_000).toISOString() })
    ).json()) as { key: string };
    const me = () => harness.request('/api/v1/me', { headers: { Authorization: `Bearer ${expiring.key}` } });
    expect((await me()).status).toBe(200);
    harness.advanceClock(5_001);
    expect((await me()).status).toBe(401);
  });
});

/**
 * Two app instances over one database, each with its own cache, as two server processes
 * are: a revocation on one must reach the other.
 */
describe('cached credentials across processes', () => {
  const processes = useProcesses({ credentialCacheTtlMs: 10_000 });
  const keyOf = async (app: ReturnType<typeof createApp>) => {
    const email = `cache-${Math.random().toString(36).slice(2)}@example.test`;
    const signUp = await app.request('/api/v1/auth/signup', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD, name: 'Cache' }),
    });
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0]!;
    const created = await app.request('/api/v1/api-keys', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'k', scopes: ['read'] }),
    });
    const { key, id } = (await created.json()) as { key: string; id: string };
    return { key, id, revoke: () => app.request(`/api/v1/api-keys/${id}`, { method: 'DELETE', headers: { ...SAME_ORIGIN, Cookie: cookie } }) };
  };
  const me = (app: ReturnType<typeof createApp>, key: string) => app.request('/api/v1/me', { headers: { Authorization: `Bearer ${key}` } });

  it('refuse a key revoked on another process as soon as the relay delivers it', async () => {
    const a = processes.start('redis');
    const b = processes.start('redis');
    const { key, revoke } = await keyOf(a);
    expect((await me(b, key)).status).toBe(200);
    expect((await revoke()).status).toBe(204);
    const deadline = Date.now() + 2_000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await me(b, key)).status;
    }
    expect(status).toBe(401);
  });

  it('without the relay, refuse it once the cache TTL has passed (the documented bound)', async () => {
    const a = processes.start('none');
    const b = processes.start('none');
    const { key, revoke } = await keyOf(a);
    expect((await me(b, key)).status).toBe(200);
    expect((await revoke()).status).toBe(204);
    // The cost of a lost message: b still knows the key from its cache…
    expect((await me(b, key)).status).toBe(200);
    processes.advanceClock(10_000);
    // …for at most the TTL.
    expect((await me(b, key)).status).toBe(401);
  });
});
