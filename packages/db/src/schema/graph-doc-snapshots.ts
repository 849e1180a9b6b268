import { relations } from 'drizzle-orm';
import { bigint, pgTable, text } from 'drizzle-orm/pg-core';
import { bytea, millisecondTimestamp } from './columns.js';
import { graphs } from './graphs.js';

/**
 * A graph's Yjs state folded into one row (`Y.encodeStateAsUpdateV2` of a Y.Doc that
 * replayed the previous snapshot and the log). `seq_upto` is the highest log row folded
 * in (informational: loading always replays every remaining row). The row exists from the
 * first time the collab server opens the graph: it is written from `graphs.document` then,
 * under `ON CONFLICT DO NOTHING`, so two processes opening a graph at once agree on one
 * seed instead of each adding its own copy of every node.
 */
export const graphDocSnapshots = pgTable('graph_doc_snapshots', {
  graphId: text('graph_id')
    .primaryKey()
    .references(() => graphs.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  seqUpto: bigint('seq_upto', { mode: 'number' }).notNull().default(0),
  updatedAt: millisecondTimestamp('updated_at').notNull().defaultNow(),
});

export const graphDocSnapshotsRelations = relations(graphDocSnapshots, ({ one }) => ({
  graph: one(graphs, { fields: [graphDocSnapshots.graphId], references: [graphs.id] }),
}));

export type GraphDocSnapshotRow = typeof graphDocSnapshots.$inferSelect;
