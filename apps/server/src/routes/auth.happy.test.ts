import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createApiHarness, sessionCookieOf, type ApiHarness } from '../test/harness.js';

/** Accounts, workspaces and API keys working as intended. */
describe('accounts, workspaces and API keys', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('pglite');
  });
  afterAll(() => harness?.dispose());

  describe('accounts', () => {
    it('signs up with a session cookie; the first account owns the instance', async () => {
      const response = await harness.anonymous.call('POST', '/auth/signup', { email: '  Mara@Example.TEST ', password: 'harbour-at-dawn', name: 'Mara' });
      expect(response.status).toBe(201);
      expect(await bodyOf(response)).toEqual({
        user: { id: expect.stringMatching(/^us_/), email: 'mara@example.test', name: 'Mara', instanceOwner: false, createdAt: expect.any(String) },
      });
      const cookie = response.headers.getSetCookie()[0]!;
      expect(cookie).toMatch(/^pc_session=[\w-]{43}; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/);
      const me = await bodyOf(await harness.owner.call('GET', '/me'));
      expect(me.user.instanceOwner).toBe(true);
      const instance = await harness.anonymous.call('GET', '/auth/instance');
      expect(instance.headers.get('cache-control')).toBe('no-store');
      expect(await bodyOf(instance)).toEqual({ hasOwner: true });
    });

    it('shows who you are and your workspaces with your role', async () => {
      const ana = await harness.signUp('Ana');
      expect(await bodyOf(await ana.call('GET', '/me'))).toEqual({
        user: expect.objectContaining({ id: ana.user.id, name: 'Ana' }),
        workspaces: [{ id: ana.workspaceId, name: 'Ana’s workspace', role: 'owner', personal: true, createdAt: expect.any(String) }],
        workspacesNextCursor: null,
      });
    });

    it('answers who is signed in without a 401 for nobody: GET /auth/session', async () => {
      const anonymous = await harness.anonymous.call('GET', '/auth/session');
      expect(anonymous.status).toBe(200);
      expect(anonymous.headers.get('cache-control')).toBe('no-store');
      expect(await bodyOf(anonymous)).toEqual({ me: null });
      const dov = await harness.signUp('Dov');
      const me = await bodyOf(await dov.call('GET', '/me'));
      expect(await bodyOf(await dov.call('GET', '/auth/session'))).toEqual({ me });
      // Signed out, the same cookie is nobody again.
      expect((await dov.call('POST', '/auth/logout')).status).toBe(204);
      expect(await bodyOf(await dov.call('GET', '/auth/session'))).toEqual({ me: null });
    });

    it('signs in with a new session id each time, and out again', async () => {
      const ben = await harness.signUp('Ben');
      const login = await harness.anonymous.call('POST', '/auth/login', { email: ben.user.email.toUpperCase(), password: ben.password });
      expect(login.status).toBe(200);
      const token = sessionCookieOf(login)!;
      expect(token).not.toBe(ben.cookie());
      const logout = await harness.anonymous.call('POST', '/auth/logout', undefined, { Cookie: `pc_session=${token}` });
      expect(logout.status).toBe(204);
      expect(sessionCookieOf(logout)).toBe('');
    });

    it('changes the password: the new one works, the old one does not', async () => {
      const cleo = await harness.signUp('Cleo');
      expect((await cleo.call('POST', '/auth/password', { currentPassword: cleo.password, newPassword: 'a-brand-new-secret' })).status).toBe(204);
      expect((await cleo.call('GET', '/me')).status).toBe(200);
      expect((await harness.anonymous.call('POST', '/auth/login', { email: cleo.user.email, password: cleo.password })).status).toBe(401);
      expect((await harness.anonymous.call('POST', '/auth/login', { email: cleo.user.email, password: 'a-brand-new-secret' })).status).toBe(200);
    });
  });

  describe('workspaces', () => {
    it('creates a shared workspace, invites by email, changes a role, removes a member', async () => {
      const dana = await harness.signUp('Dana');
      const eli = await harness.signUp('Eli');
      const created = await dana.call('POST', '/workspaces', { name: 'Harbour unit' });
      expect(created.status).toBe(201);
      const workspace = await bodyOf(created);
      expect(workspace).toMatchObject({ name: 'Harbour unit', role: 'owner', personal: false });
      const members = `/workspaces/${workspace.id}/members`;
      expect(await bodyOf(await dana.call('POST', members, { email: eli.user.email.toUpperCase(), role: 'viewer' }))).toMatchObject({
        userId: eli.user.id,
        role: 'viewer',
      });
      expect((await bodyOf(await eli.call('GET', '/me'))).workspaces).toContainEqual(expect.objectContaining({ id: workspace.id, role: 'viewer' }));
      expect(await bodyOf(await dana.call('PATCH', `${members}/${eli.user.id}`, { role: 'editor' }))).toMatchObject({ role: 'editor' });
      expect((await bodyOf(await dana.call('GET', members))).members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
        ['Dana', 'owner'],
        ['Eli', 'editor'],
      ]);
      expect((await dana.call('DELETE', `${members}/${eli.user.id}`)).status).toBe(204);
      expect((await eli.call('GET', `/workspaces/${workspace.id}`)).status).toBe(404);
    });

    it('lets a member leave, but not the last owner (409 explains why)', async () => {
      const fay = await harness.signUp('Fay');
      const gus = await harness.signUp('Gus');
      await fay.call('POST', `/workspaces/${fay.workspaceId}/members`, { email: gus.user.email, role: 'viewer' });
      expect((await gus.call('DELETE', `/workspaces/${fay.workspaceId}/members/${gus.user.id}`)).status).toBe(204);
      const refused = await fay.call('DELETE', `/workspaces/${fay.workspaceId}/members/${fay.user.id}`);
      expect(refused.status).toBe(409);
      expect(await bodyOf(refused)).toMatchObject({ code: 'last_owner', detail: expect.stringContaining('only owner') });
      expect((await bodyOf(await fay.call('PATCH', `/workspaces/${fay.workspaceId}/members/${fay.user.id}`, { role: 'viewer' }))).code).toBe('last_owner');
    });

    it('puts new graphs in the personal workspace unless told otherwise, and lists by workspace', async () => {
      const hal = await harness.signUp('Hal');
      const team = await bodyOf(await hal.call('POST', '/workspaces', { name: 'Team' }));
      const personal = await bodyOf(await hal.call('POST', '/graphs', { name: 'Mine' }));
      const shared = await bodyOf(await hal.call('POST', '/graphs', { name: 'Ours', workspaceId: team.id }));
      expect(personal.workspaceId).toBe(hal.workspaceId);
      const names = async (query: string) => (await bodyOf(await hal.call('GET', `/graphs${query}`))).graphs.map((g: { name: string }) => g.name);
      expect((await names('')).sort()).toEqual(['Mine', 'Ours']);
      expect(await names(`?workspaceId=${team.id}`)).toEqual(['Ours']);
      expect(shared.workspaceId).toBe(team.id);
    });
  });

  describe('API keys', () => {
    it('shows a key once, lists it by prefix, records its use, and revokes it', async () => {
      const ivy = await harness.signUp('Ivy');
      const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
      const created = await ivy.call('POST', '/api-keys', { name: 'Nightly batch', scopes: ['read', 'write', 'read'], expiresAt });
      expect(created.status).toBe(201);
      const key = await bodyOf(created);
      expect(key).toMatchObject({ name: 'Nightly batch', scopes: ['read', 'write'], expiresAt, lastUsedAt: null, key: expect.stringMatching(/^pc_[0-9a-z]{32}$/) });
      expect(key.prefix).toBe(key.key.slice(0, 11));
      const me = await harness.request('/api/v1/me', { headers: { Authorization: `Bearer ${key.key}` } });
      expect((await bodyOf(me)).user.id).toBe(ivy.user.id);
      const listed = (await bodyOf(await ivy.call('GET', '/api-keys'))).apiKeys;
      expect(listed).toEqual([expect.objectContaining({ id: key.id, prefix: key.prefix, lastUsedAt: expect.any(String) })]);
      expect(JSON.stringify(listed)).not.toContain(key.key);
      expect((await ivy.call('DELETE', `/api-keys/${key.id}`)).status).toBe(204);
      expect((await harness.request('/api/v1/me', { headers: { Authorization: `Bearer ${key.key}` } })).status).toBe(401);
    });

    it('refuses an expiry in the past', async () => {
      const response = await harness.owner.call('POST', '/api-keys', { name: 'Old', scopes: ['read'], expiresAt: '2001-01-01T00:00:00Z' });
      expect(response.status).toBe(422);
    });
  });
});
