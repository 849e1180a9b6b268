import { relations, sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { graphs } from './graphs.js';
import { users } from './users.js';
import { workspaces } from './workspaces.js';

/** A run's status (GET /api/v1/runs/:id). */
export const runStatusValues = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type RunStatusValue = (typeof runStatusValues)[number];

/** What went wrong, for people (`message`) and programs (`code`); never a stack trace. */
export interface RunErrorJson {
  code: string;
  message: string;
}

/**
 * One execution of an immutable graph revision (`graph_revisions`). The id has a fixed
 * length and no `_` or `:` (`run` + 20 base32 characters), so the queue job id
 * `${runId}_${nodeId}_${attempt}` can never be produced by two different pairs.
 * Every status change is a guarded update (`WHERE status IN (…)`): queues deliver at
 * least once, and a transition that already happened is a no-op.
 */
export const runs = pgTable(
  'runs',
  {
    id: text('id').primaryKey(),
    graphId: text('graph_id')
      .notNull()
      .references(() => graphs.id, { onDelete: 'cascade' }),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    status: text('status').$type<RunStatusValue>().notNull().default('queued'),
    /** Set by cancel; handlers re-check it before starting a node. */
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    requestedBy: text('requested_by').references(() => users.id, { onDelete: 'set null' }),
    /** Queue priority, lower first (1 interactive, 10 batch). */
    priority: integer('priority').notNull().default(1),
    /** The selection (`nodeIds` of the request); null = the whole graph. */
    selection: text('selection').array(),
    /** The batch this run is an item of. */
    batchId: text('batch_id'),
    /** Field overrides applied to the revision for this run (a batch item's): `{nodeId: {field: value}}`. */
    overrides: jsonb('overrides').$type<Record<string, Record<string, unknown>>>(),
    error: jsonb('error').$type<RunErrorJson>(),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
    startedAt: millisecondTimestamp('started_at'),
    finishedAt: millisecondTimestamp('finished_at'),
  },
  (table) => [
    // Run history per graph, newest first, as a keyset scan.
    index('runs_graph_history_idx').on(table.graphId, table.createdAt.desc(), table.id.desc()),
    // Unfinished runs: restart recovery and the sweeper.
    index('runs_unfinished_idx').on(table.status).where(sql`${table.status} IN ('queued', 'running')`),
    check('runs_status_known', sql`${table.status} IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')`),
  ],
);

export const runsRelations = relations(runs, ({ one }) => ({
  graph: one(graphs, { fields: [runs.graphId], references: [graphs.id] }),
}));

export type RunRow = typeof runs.$inferSelect;
