import { relations } from 'drizzle-orm';
import { pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { graphs } from './graphs.js';
import { users } from './users.js';
import { workspaceMembers } from './workspace-members.js';

/**
 * Where graphs live and who may see them. Every user gets one personal workspace at
 * sign-up (`personal_of`); others are created for teams. Access is only ever through a
 * `workspace_members` row.
 */
export const workspaces = pgTable(
  'workspaces',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The user whose personal workspace this is; null for shared ones. */
    personalOf: text('personal_of').references(() => users.id, { onDelete: 'cascade' }),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('workspaces_personal_of_idx').on(table.personalOf)],
);

export const workspacesRelations = relations(workspaces, ({ many }) => ({
  members: many(workspaceMembers),
  graphs: many(graphs),
}));

export type WorkspaceRow = typeof workspaces.$inferSelect;

