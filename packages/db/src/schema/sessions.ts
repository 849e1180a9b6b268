import { relations } from 'drizzle-orm';
import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { users } from './users.js';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a
 * leaked table (or backup) cannot be replayed as cookies. A session ends at the first of:
 * `expires_at` (absolute), `last_seen_at` + the idle limit, sign-out, password change.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: millisecondTimestamp('created_at').notNull(),
    lastSeenAt: millisecondTimestamp('last_seen_at').notNull(),
    expiresAt: millisecondTimestamp('expires_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));

export type SessionRow = typeof sessions.$inferSelect;
