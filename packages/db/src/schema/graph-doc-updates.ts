import { relations } from 'drizzle-orm';
import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core';
import { bytea, millisecondTimestamp } from './columns.js';
import { graphs } from './graphs.js';

/**
 * The append-only log of a graph's Yjs updates (V1 encoding): the collab server appends
 * one row per flush (every ≤ 250 ms while people edit, several client updates merged), so
 * an edit is durable a moment after it was made. Compaction folds rows into
 * `graph_doc_snapshots` and deletes them. Loading = snapshot + every remaining row; Yjs
 * updates are idempotent, so a row that is also in the snapshot does no harm.
 */
export const graphDocUpdates = pgTable(
  'graph_doc_updates',
  {
    graphId: text('graph_id')
      .notNull()
      .references(() => graphs.id, { onDelete: 'cascade' }),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().primaryKey(),
    update: bytea('update').notNull(),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
  },
  (table) => [index('graph_doc_updates_graph_seq_idx').on(table.graphId, table.seq)],
);

export const graphDocUpdatesRelations = relations(graphDocUpdates, ({ one }) => ({
  graph: one(graphs, { fields: [graphDocUpdates.graphId], references: [graphs.id] }),
}));

export type GraphDocUpdateRow = typeof graphDocUpdates.$inferSelect;
