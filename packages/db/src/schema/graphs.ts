import type { GraphDocument } from '@pc/graph';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { graphRevisions } from './graph-revisions.js';
import { workspaces } from './workspaces.js';

/**
 * A graph: its live document and the version counter that guards concurrent writes.
 *
 * `revision` is the live document's version counter: it increases by one on every write
 * of the document (a rename keeps it), and it is the HTTP ETag. Immutable snapshots live in `graph_revisions`. A deleted graph
 * keeps its row (`deleted_at`) so runs that reference its revisions stay explainable.
 */
export const graphs = pgTable(
  'graphs',
  {
    id: text('id').primaryKey(),
    /** Who may see the graph: the members of this workspace, and nobody else. */
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    revision: integer('revision').notNull().default(1),
    document: jsonb('document').$type<GraphDocument>().notNull(),
    /** Denormalised from the document so lists never read the jsonb. */
    nodeCount: integer('node_count').notNull().default(0),
    edgeCount: integer('edge_count').notNull().default(0),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
    updatedAt: millisecondTimestamp('updated_at').notNull().defaultNow(),
    deletedAt: millisecondTimestamp('deleted_at'),
  },
  (table) => [
    // Serves the list order (most recently updated first) as a keyset scan. NULLS FIRST
    // matches a plain `ORDER BY … DESC`, so the planner can walk the index.
    index('graphs_live_by_updated_idx')
      .on(table.updatedAt.desc().nullsFirst(), table.id.desc().nullsFirst())
      .where(sql`${table.deletedAt} IS NULL`),
    index('graphs_workspace_idx').on(table.workspaceId),
    check('graphs_revision_positive', sql`${table.revision} > 0`),
  ],
);

export const graphsRelations = relations(graphs, ({ many, one }) => ({
  revisions: many(graphRevisions),
  workspace: one(workspaces, { fields: [graphs.workspaceId], references: [workspaces.id] }),
}));

export type GraphRow = typeof graphs.$inferSelect;
