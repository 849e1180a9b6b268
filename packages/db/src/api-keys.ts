import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client.js';
import { createCursorCodec, keysetPage, type KeysetPage } from './cursor.js';
import { newApiKeyId } from './ids.js';
import { apiKeys, type ApiKeyScope } from './schema/api-keys.js';
import { users } from './schema/users.js';
import { userRecordColumns, type UserRecord } from './users.js';

/** An API key as its owner sees it: everything but the hash. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

const apiKeyColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  createdAt: apiKeys.createdAt,
  expiresAt: apiKeys.expiresAt,
  lastUsedAt: apiKeys.lastUsedAt,
};

/** Stores a key under its hash. The key itself is the caller's to show once. */
export async function insertApiKey(
  db: Db,
  input: { userId: string; name: string; prefix: string; keyHash: string; scopes: ApiKeyScope[]; expiresAt: Date | null },
): Promise<ApiKeyRecord> {
  const [key] = await db
    .insert(apiKeys)
    .values({ id: newApiKeyId(), ...input })
    .returning(apiKeyColumns);
  if (!key) throw new Error('insert into api_keys returned no row');
  return key;
}

/** A user's keys, oldest first (expired ones too: their owner should see and revoke them). */
export async function listApiKeys(db: Db, userId: string): Promise<ApiKeyRecord[]> {
  return db.select(apiKeyColumns).from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
}

const apiKeyCursor = createCursorCodec(z.strictObject({ createdAt: z.iso.datetime(), id: z.string().max(64) }));

/** One page of `listApiKeys`, in the same order. */
export async function pageApiKeys(db: Db, userId: string, page: { limit: number; cursor?: string | undefined }): Promise<KeysetPage<ApiKeyRecord>> {
  return keysetPage(
    apiKeyCursor,
    page,
    (after, limit) =>
      db
        .select(apiKeyColumns)
        .from(apiKeys)
        .where(and(eq(apiKeys.userId, userId), after ? sql`(${apiKeys.createdAt}, ${apiKeys.id}) > (${after.createdAt}::timestamptz, ${after.id}::text)` : undefined))
        .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id))
        .limit(limit),
    (key) => ({ createdAt: key.createdAt.toISOString(), id: key.id }),
  );
}

/** The key with this hash and the user it acts for; expiry is the caller's to check. */
export async function findApiKeyByHash(db: Db, keyHash: string): Promise<(ApiKeyRecord & { user: UserRecord }) | undefined> {
  const [row] = await db
    .select({ ...apiKeyColumns, user: userRecordColumns })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(eq(apiKeys.keyHash, keyHash));
  return row;
}

/** Whether the user still holds this key, unexpired at `now` (a revoked key is deleted). */
export async function isApiKeyLive(db: Db, userId: string, id: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now))));
  return row !== undefined;
}

/** Records that a key was used. */
export async function touchApiKey(db: Db, id: string, now: Date): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, id));
}

/** Revokes (deletes) a user's key. False when the user has no key with this id. */
export async function deleteApiKey(db: Db, userId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId)))
    .returning({ id: apiKeys.id });
  return deleted.length > 0;
}
