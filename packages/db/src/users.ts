import { eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { newUserId, newWorkspaceId } from './ids.js';
import { users } from './schema/users.js';
import { workspaceMembers } from './schema/workspace-members.js';
import { workspaces } from './schema/workspaces.js';

type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A user as the API shows them: never with the password hash. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  isInstanceOwner: boolean;
  createdAt: Date;
}

export const userRecordColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  isInstanceOwner: users.isInstanceOwner,
  createdAt: users.createdAt,
};

/** Sign-up serialises on this lock, so exactly one account can be the first. */
const FIRST_ACCOUNT_LOCK = 7_240_311;

/**
 * Creates an account and its personal workspace in one transaction. The first account
 * of an install becomes the instance owner and adopts every workspace without members
 * (graphs from before accounts, see migration 0002).
 *
 * @param input.email already normalised (trimmed, lower case).
 * @param input.passwordHash already hashed: this package never sees a password.
 */
export async function signUpUser(
  db: Db,
  input: { email: string; name: string; passwordHash: string },
): Promise<{ kind: 'created'; user: UserRecord; personalWorkspaceId: string } | { kind: 'email_taken' }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ACCOUNT_LOCK})`);
    const [anyone] = await tx.select({ id: users.id }).from(users).limit(1);
    const [user] = await tx
      .insert(users)
      .values({ id: newUserId(), email: input.email, name: input.name, passwordHash: input.passwordHash, isInstanceOwner: !anyone })
      .onConflictDoNothing({ target: users.email })
      .returning(userRecordColumns);
    if (!user) return { kind: 'email_taken' } as const;
    const personalWorkspaceId = newWorkspaceId();
    await tx.insert(workspaces).values({ id: personalWorkspaceId, name: `${input.name}’s workspace`, personalOf: user.id });
    await tx.insert(workspaceMembers).values({ workspaceId: personalWorkspaceId, userId: user.id, role: 'owner' });
    if (user.isInstanceOwner) await adoptMemberlessWorkspaces(tx, user.id);
    return { kind: 'created', user, personalWorkspaceId } as const;
  });
}

async function adoptMemberlessWorkspaces(tx: Transaction, userId: string): Promise<void> {
  await tx.execute(sql`
    insert into ${workspaceMembers} (workspace_id, user_id, role)
    select w.id, ${userId}, 'owner' from ${workspaces} w
    where not exists (select 1 from ${workspaceMembers} m where m.workspace_id = w.id)`);
}

/** Whether any account exists yet: before the first, whoever signs up becomes the instance owner. */
export async function hasAnyAccount(db: Db): Promise<boolean> {
  const [anyone] = await db.select({ id: users.id }).from(users).limit(1);
  return anyone !== undefined;
}

/** The user with this (normalised) email and their password hash, for sign-in. */
export async function findUserCredentials(db: Db, email: string): Promise<(UserRecord & { passwordHash: string }) | undefined> {
  const [row] = await db
    .select({ ...userRecordColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  return row;
}

/** The password hash of a user, for checking the current password before a change. */
export async function findPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.passwordHash;
}

/** The user with this (normalised) email. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | undefined> {
  const [row] = await db.select(userRecordColumns).from(users).where(eq(users.email, email));
  return row;
}

/** Stores a new password hash. Sessions are the caller's business (see `deleteUserSessions`). */
export async function updatePasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, passwordChangedAt: sql`now()` }).where(eq(users.id, userId));
}
