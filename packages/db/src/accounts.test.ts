import { emptyGraphDocument } from '@pc/graph';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteApiKey, findApiKeyByHash, insertApiKey, isApiKeyLive, listApiKeys } from './api-keys.js';
import { insertGraph, listGraphs } from './graphs.js';
import { selectRows } from './raw-rows.js';
import { deleteSession, deleteUserSessions, findLiveSession, insertSession } from './sessions.js';
import { createTestAccount, createTestDatabase, type TestDatabase } from './testing/index.js';
import { findUserCredentials, hasAnyAccount, signUpUser } from './users.js';
import {
  addWorkspaceMember,
  changeWorkspaceRole,
  createWorkspace,
  findMemberWorkspace,
  listUserWorkspaces,
  listWorkspaceMembers,
  removeWorkspaceMember,
} from './workspaces.js';

const HOUR = 60 * 60 * 1000;

describe.each(['pglite', 'postgres'] as const)('accounts on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(() => test?.dispose());
  const db = () => test.database.db;

  describe('sign-up', () => {
    it('makes the first account the instance owner, and only the first', async () => {
      expect(await hasAnyAccount(db())).toBe(false);
      const first = await createTestAccount(db(), 'Ana');
      expect(await hasAnyAccount(db())).toBe(true);
      const second = await createTestAccount(db(), 'Ben');
      expect(first.user.isInstanceOwner).toBe(true);
      expect(second.user.isInstanceOwner).toBe(false);
    });

    it('gives every account a personal workspace it owns', async () => {
      const { user, workspaceId } = await createTestAccount(db(), 'Cleo');
      expect(await listUserWorkspaces(db(), user.id)).toEqual([
        { id: workspaceId, name: 'Cleo’s workspace', personal: true, role: 'owner', createdAt: expect.any(Date) },
      ]);
    });

    it('refuses an email that is taken, keeping the first account', async () => {
      const input = { email: 'dup@example.test', name: 'Dup', passwordHash: 'h1' };
      expect((await signUpUser(db(), input)).kind).toBe('created');
      expect(await signUpUser(db(), { ...input, passwordHash: 'h2' })).toEqual({ kind: 'email_taken' });
      expect((await findUserCredentials(db(), 'dup@example.test'))?.passwordHash).toBe('h1');
    });
  });

  describe('sessions', () => {
    it('are live until idle for too long or past their absolute expiry', async () => {
      const { user } = await createTestAccount(db());
      const now = new Date('2030-01-01T00:00:00Z');
      await insertSession(db(), { tokenHash: 'live', userId: user.id, now, expiresAt: new Date(now.getTime() + 30 * 24 * HOUR) });
      expect((await findLiveSession(db(), 'live', now, 2 * HOUR))?.user.id).toBe(user.id);
      expect(await findLiveSession(db(), 'live', new Date(now.getTime() + 3 * HOUR), 2 * HOUR)).toBeUndefined();
      expect(await findLiveSession(db(), 'live', new Date(now.getTime() + 31 * 24 * HOUR), 1000 * HOUR)).toBeUndefined();
    });

    it('end one at a time at sign-out, all at once at a password change', async () => {
      const { user } = await createTestAccount(db());
      const now = new Date();
      const expiresAt = new Date(now.getTime() + HOUR);
      for (const tokenHash of ['a1', 'a2', 'a3']) await insertSession(db(), { tokenHash, userId: user.id, now, expiresAt });
      await deleteSession(db(), 'a1');
      expect(await findLiveSession(db(), 'a1', now, HOUR)).toBeUndefined();
      expect(await findLiveSession(db(), 'a2', now, HOUR)).toBeDefined();
      await deleteUserSessions(db(), user.id);
      expect(await findLiveSession(db(), 'a3', now, HOUR)).toBeUndefined();
    });
  });

  describe('workspaces', () => {
    it('lists only the graphs of workspaces a user is a member of', async () => {
      const owner = await createTestAccount(db());
      const outsider = await createTestAccount(db());
      const graph = await insertGraph(db(), { workspaceId: owner.workspaceId, name: 'Private', document: emptyGraphDocument() });
      const ids = async (userId: string) => {
        const page = await listGraphs(db(), { readableBy: userId, limit: 100 });
        return page.kind === 'page' ? page.graphs.map((g) => g.id) : [];
      };
      expect(await ids(owner.user.id)).toContain(graph.id);
      expect(await ids(outsider.user.id)).not.toContain(graph.id);
      await addWorkspaceMember(db(), { workspaceId: owner.workspaceId, userId: outsider.user.id, role: 'viewer' });
      expect(await ids(outsider.user.id)).toContain(graph.id);
    });

    it('adds, re-roles and removes members, and never leaves a workspace without an owner', async () => {
      const ana = await createTestAccount(db(), 'Ana');
      const ben = await createTestAccount(db(), 'Ben');
      const team = await createWorkspace(db(), { name: 'Harbour unit', ownerId: ana.user.id });
      const workspaceId = team.id;
      expect(await addWorkspaceMember(db(), { workspaceId, userId: ben.user.id, role: 'editor' })).toMatchObject({
        kind: 'changed',
        member: { userId: ben.user.id, role: 'editor' },
      });
      expect(await addWorkspaceMember(db(), { workspaceId, userId: ben.user.id, role: 'viewer' })).toEqual({ kind: 'already_member' });
      expect(await changeWorkspaceRole(db(), { workspaceId, userId: ana.user.id, role: 'editor' })).toEqual({ kind: 'last_owner' });
      expect(await removeWorkspaceMember(db(), { workspaceId, userId: ana.user.id })).toEqual({ kind: 'last_owner' });
      await changeWorkspaceRole(db(), { workspaceId, userId: ben.user.id, role: 'owner' });
      expect(await removeWorkspaceMember(db(), { workspaceId, userId: ana.user.id })).toEqual({ kind: 'removed' });
      expect(await findMemberWorkspace(db(), workspaceId, ana.user.id)).toBeUndefined();
      expect((await listWorkspaceMembers(db(), workspaceId)).map((m) => [m.name, m.role])).toEqual([['Ben', 'owner']]);
      expect(await removeWorkspaceMember(db(), { workspaceId, userId: ana.user.id })).toEqual({ kind: 'not_member' });
    });

    it('lets exactly one of two owners demote the other at the same time', async () => {
      const ana = await createTestAccount(db());
      const ben = await createTestAccount(db());
      const { id: workspaceId } = await createWorkspace(db(), { name: 'Race', ownerId: ana.user.id });
      await addWorkspaceMember(db(), { workspaceId, userId: ben.user.id, role: 'owner' });
      const results = await Promise.all([
        changeWorkspaceRole(db(), { workspaceId, userId: ana.user.id, role: 'viewer' }),
        changeWorkspaceRole(db(), { workspaceId, userId: ben.user.id, role: 'viewer' }),
      ]);
      expect(results.map((result) => result.kind).sort()).toEqual(['changed', 'last_owner']);
    });
  });

  describe('API keys', () => {
    it('are found by hash, listed without it, and revoked only by their owner', async () => {
      const { user } = await createTestAccount(db());
      const other = await createTestAccount(db());
      const key = await insertApiKey(db(), { userId: user.id, name: 'CI', prefix: 'pc_abcd1234', keyHash: 'hash-1', scopes: ['read'], expiresAt: null });
      expect(await listApiKeys(db(), user.id)).toEqual([key]);
      expect(await findApiKeyByHash(db(), 'hash-1')).toMatchObject({ id: key.id, scopes: ['read'], user: { id: user.id } });
      expect(await deleteApiKey(db(), other.user.id, key.id)).toBe(false);
      expect(await deleteApiKey(db(), user.id, key.id)).toBe(true);
      expect(await findApiKeyByHash(db(), 'hash-1')).toBeUndefined();
    });

    it('are live until revoked or expired, and only for their owner', async () => {
      const { user } = await createTestAccount(db());
      const other = await createTestAccount(db());
      const now = new Date('2026-11-23T10:00:00Z');
      const lasting = await insertApiKey(db(), { userId: user.id, name: 'CI', prefix: 'pc_live0001', keyHash: 'hash-live', scopes: ['read'], expiresAt: null });
      const dated = await insertApiKey(db(), { userId: user.id, name: 'CI', prefix: 'pc_live0002', keyHash: 'hash-dated', scopes: ['read'], expiresAt: new Date(now.getTime() + 1) });
      expect(await isApiKeyLive(db(), user.id, lasting.id, now)).toBe(true);
      expect(await isApiKeyLive(db(), other.user.id, lasting.id, now)).toBe(false);
      expect(await isApiKeyLive(db(), user.id, dated.id, now)).toBe(true);
      expect(await isApiKeyLive(db(), user.id, dated.id, new Date(now.getTime() + 1))).toBe(false);
      await deleteApiKey(db(), user.id, lasting.id);
      expect(await isApiKeyLive(db(), user.id, lasting.id, now)).toBe(false);
    });

    it('refuses unknown scopes at the database', async () => {
      const { user } = await createTestAccount(db());
      await expect(
        db().execute(sql`insert into api_keys (id, user_id, name, prefix, key_hash, scopes) values ('ak_x', ${user.id}, 'x', 'pc_x', 'hx', array['admin'])`),
      ).rejects.toThrow();
      const rows = await selectRows<{ count: number }>(db(), sql`select count(*)::int as count from api_keys where id = 'ak_x'`);
      expect(rows[0]?.count).toBe(0);
    });
  });
});
