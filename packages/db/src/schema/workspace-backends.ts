import { relations, sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { workspaces } from './workspaces.js';

/**
 * A workspace's generation back end (ComfyUI or an OpenAI-compatible images endpoint).
 * `config` is the back-end config as `@pc/functions` parses it (`BackendConfigSchema`):
 * secrets appear only as references, `{env: NAME}` or `{encrypted: "v1.…"}` (AES-256-GCM
 * under SECRETS_KEY, authenticated with `workspace:<id>`), never in clear. At most one
 * back end per workspace is the default, which runs' generation steps use. `version`
 * grows on every change; it is part of the cache key of the nodes that generate.
 */
export const workspaceBackends = pgTable(
  'workspace_backends',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').$type<'comfyui' | 'openai-images'>().notNull(),
    config: jsonb('config').$type<Record<string, unknown>>().notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
    updatedAt: millisecondTimestamp('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('workspace_backends_workspace_idx').on(table.workspaceId),
    uniqueIndex('workspace_backends_name_idx').on(table.workspaceId, table.name),
    uniqueIndex('workspace_backends_default_idx').on(table.workspaceId).where(sql`${table.isDefault}`),
    check('workspace_backends_kind_known', sql`${table.kind} IN ('comfyui', 'openai-images')`),
  ],
);

export const workspaceBackendsRelations = relations(workspaceBackends, ({ one }) => ({
  workspace: one(workspaces, { fields: [workspaceBackends.workspaceId], references: [workspaces.id] }),
}));

export type WorkspaceBackendRow = typeof workspaceBackends.$inferSelect;
