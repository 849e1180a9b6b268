import { pgTable, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';

/**
 * Secrets the server generates for itself on first start and every instance must share
 * (the collab-token HMAC key when `COLLAB_TOKEN_SECRET` is not set). Inserted with
 * `ON CONFLICT DO NOTHING` and read back, so replicas booting together agree on one.
 */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
});

export type ServerSecretRow = typeof serverSecrets.$inferSelect;
