import type { GraphDocument } from '@pc/graph';
import { relations } from 'drizzle-orm';
import { integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { graphs } from './graphs.js';

/**
 * An immutable snapshot of a graph's document at one revision. Runs execute a snapshot,
 * never the live document, so a run can always show the exact graph that produced it.
 * A row's document never changes; `(graph_id, revision)` makes snapshotting idempotent. The
 * one later write names a snapshot taken without a message (a run's), once.
 */
export const graphRevisions = pgTable(
  'graph_revisions',
  {
    graphId: text('graph_id')
      .notNull()
      .references(() => graphs.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    message: text('message'),
    document: jsonb('document').$type<GraphDocument>().notNull(),
    nodeCount: integer('node_count').notNull().default(0),
    edgeCount: integer('edge_count').notNull().default(0),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ name: 'graph_revisions_pk', columns: [table.graphId, table.revision] })],
);

export const graphRevisionsRelations = relations(graphRevisions, ({ one }) => ({
  graph: one(graphs, { fields: [graphRevisions.graphId], references: [graphs.id] }),
}));

export type GraphRevisionRow = typeof graphRevisions.$inferSelect;
