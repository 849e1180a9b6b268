import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { users } from './users.js';
import { workspaces } from './workspaces.js';

/** The roles of a workspace member, weakest first. Text + CHECK rather than an enum (see README). */
export const workspaceRoles = ['viewer', 'editor', 'owner'] as const;
export type WorkspaceRole = (typeof workspaceRoles)[number];

/** A user's role in a workspace. No row: the user is an outsider and must not learn the workspace exists. */
export const workspaceMembers = pgTable(
  'workspace_members',
  {
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<WorkspaceRole>().notNull(),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: 'workspace_members_pk', columns: [table.workspaceId, table.userId] }),
    // "Which workspaces can this user read" is the question every list asks.
    index('workspace_members_user_idx').on(table.userId),
    check('workspace_members_role_known', sql`${table.role} in ('owner', 'editor', 'viewer')`),
  ],
);

export const workspaceMembersRelations = relations(workspaceMembers, ({ one }) => ({
  workspace: one(workspaces, { fields: [workspaceMembers.workspaceId], references: [workspaces.id] }),
  user: one(users, { fields: [workspaceMembers.userId], references: [users.id] }),
}));

export type WorkspaceMemberRow = typeof workspaceMembers.$inferSelect;
