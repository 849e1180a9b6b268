import { randomBytes } from 'node:crypto';
import type { Db } from '../client.js';
import { signUpUser, type UserRecord } from '../users.js';

/** A signed-up user and their personal workspace, for tests that need graphs to belong somewhere. */
export interface TestAccount {
  user: UserRecord;
  workspaceId: string;
}

/** Signs up a user with a unique email and a placeholder hash (no password can match it). */
export async function createTestAccount(db: Db, name = 'Test user'): Promise<TestAccount> {
  const email = `user-${randomBytes(6).toString('hex')}@example.test`;
  const result = await signUpUser(db, { email, name, passwordHash: 'test$not-a-hash' });
  if (result.kind !== 'created') throw new Error(`test account ${email}: ${result.kind}`);
  return { user: result.user, workspaceId: result.personalWorkspaceId };
}
