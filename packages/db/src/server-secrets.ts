import { eq } from 'drizzle-orm';
import type { Db } from './client.js';
import { serverSecrets } from './schema/server-secrets.js';

/**
 * The secret stored under `name`, created with `generate()` when there is none. Every
 * replica gets the same value: the first insert wins (`ON CONFLICT DO NOTHING`) and the
 * stored row is what is returned.
 */
export async function getOrCreateServerSecret(db: Db, name: string, generate: () => string): Promise<string> {
  await db.insert(serverSecrets).values({ name, value: generate() }).onConflictDoNothing();
  const [row] = await db.select({ value: serverSecrets.value }).from(serverSecrets).where(eq(serverSecrets.name, name));
  if (!row) throw new Error(`server secret ${name} vanished after insert`);
  return row.value;
}
