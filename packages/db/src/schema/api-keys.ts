import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { users } from './users.js';

/** What a key may do: read (GET), write (mutations), run (graph runs, a later step). */
export const apiKeyScopes = ['read', 'write', 'run'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

/**
 * A key a script sends as `Authorization: Bearer pc_…`. Only the key's SHA-256 is stored
 * (the key is 160 random bits, so a fast hash is enough: there is nothing to brute-force);
 * `prefix` is the first characters, kept in clear so people can tell keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    scopes: text('scopes').array().$type<ApiKeyScope[]>().notNull(),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
    expiresAt: millisecondTimestamp('expires_at'),
    lastUsedAt: millisecondTimestamp('last_used_at'),
  },
  (table) => [
    uniqueIndex('api_keys_key_hash_idx').on(table.keyHash),
    index('api_keys_user_idx').on(table.userId),
    check('api_keys_scopes_known', sql`${table.scopes} <@ array['read', 'write', 'run']::text[]`),
  ],
);

export const apiKeysRelations = relations(apiKeys, ({ one }) => ({
  user: one(users, { fields: [apiKeys.userId], references: [users.id] }),
}));

export type ApiKeyRow = typeof apiKeys.$inferSelect;
