import { relations, sql } from 'drizzle-orm';
import { boolean, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { apiKeys } from './api-keys.js';
import { sessions } from './sessions.js';
import { workspaceMembers } from './workspace-members.js';

/**
 * A person with an account. `email` is stored normalised (trimmed, lower case) so the
 * unique index is the one place that decides whether an address is taken.
 * `password_hash` is a self-describing scrypt string (`scrypt$N$r$p$salt$hash`); the
 * password itself never reaches the database.
 */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** The first account of an install; at most one row has it (partial unique index). */
    isInstanceOwner: boolean('is_instance_owner').notNull().default(false),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
    passwordChangedAt: millisecondTimestamp('password_changed_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('users_email_idx').on(table.email),
    uniqueIndex('users_one_instance_owner_idx').on(table.isInstanceOwner).where(sql`${table.isInstanceOwner}`),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({
  sessions: many(sessions),
  memberships: many(workspaceMembers),
  apiKeys: many(apiKeys),
}));

export type UserRow = typeof users.$inferSelect;
