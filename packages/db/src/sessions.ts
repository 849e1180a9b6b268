import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './client.js';
import { sessions } from './schema/sessions.js';
import { users } from './schema/users.js';
import { userRecordColumns, type UserRecord } from './users.js';

/** A live session and the user it signs in. */
export interface SessionRecord {
  tokenHash: string;
  user: UserRecord;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** Stores a new session under the hash of its token. */
export async function insertSession(
  db: Db,
  input: { tokenHash: string; userId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values({
    tokenHash: input.tokenHash,
    userId: input.userId,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt: input.expiresAt,
  });
}

/**
 * The session with this token hash if it is live at `now`: before its absolute expiry
 * and seen within `idleMs`. Expired rows are not returned (and are cleaned up lazily).
 */
export async function findLiveSession(db: Db, tokenHash: string, now: Date, idleMs: number): Promise<SessionRecord | undefined> {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      user: userRecordColumns,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, new Date(now.getTime() - idleMs))));
  return row;
}

/** Records activity, which pushes the idle expiry back. */
export async function touchSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends one session (sign-out). */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user (password change). */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions past their absolute expiry; idle ones go once they also pass it. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const deleted = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ tokenHash: sessions.tokenHash });
  return deleted.length;
}
