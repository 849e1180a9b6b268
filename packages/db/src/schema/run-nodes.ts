import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { runs, type RunErrorJson } from './runs.js';

/** A node's status within a run. `cached`: its output was found by cache key and it did not run. */
export const runNodeStatusValues = ['waiting', 'queued', 'running', 'succeeded', 'cached', 'failed', 'skipped', 'cancelled'] as const;
export type RunNodeStatusValue = (typeof runNodeStatusValues)[number];

/** An artifact a node produced, stored content-addressed (`artifacts`). */
export interface StoredArtifactRef {
  hash: string;
  mediaType: string;
  bytes: number;
}

/** What a node produced: its JSON outputs by name and its artifacts by file name. */
export interface StoredNodeOutputs {
  values: Record<string, unknown>;
  artifacts: Record<string, StoredArtifactRef>;
}

/**
 * One node of a run: a row of the run's plan plus its execution state. `remaining_deps`
 * counts the planned upstream nodes not finished yet; the completion transaction
 * decrements the `dependants` and enqueues those that reach 0. `waiting` (deps left) is
 * shown as `queued` by the API. `attempts` is the orchestrator's attempt (part of the
 * job id); `heartbeat_at` is renewed by the worker while the node runs.
 *
 * No index covers `status`, so a node's status changes can be HOT updates (no new index
 * entries); the sweeper finds nodes in flight from `runs_unfinished_idx` and the primary
 * key instead. Migration 0008 also sets `fillfactor = 70` (room on each page for the
 * updated versions), which drizzle's table builder cannot express.
 */
export const runNodes = pgTable(
  'run_nodes',
  {
    runId: text('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    nodeId: text('node_id').notNull(),
    type: text('type').notNull(),
    role: text('role').$type<'target' | 'input'>().notNull(),
    status: text('status').$type<RunNodeStatusValue>().notNull(),
    remainingDeps: integer('remaining_deps').notNull(),
    dependsOn: text('depends_on').array().notNull(),
    dependants: text('dependants').array().notNull(),
    cacheKey: text('cache_key').notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** When the current attempt was enqueued (the sweeper re-enqueues stale ones). */
    enqueuedAt: millisecondTimestamp('enqueued_at'),
    heartbeatAt: millisecondTimestamp('heartbeat_at'),
    startedAt: millisecondTimestamp('started_at'),
    finishedAt: millisecondTimestamp('finished_at'),
    error: jsonb('error').$type<RunErrorJson>(),
    outputs: jsonb('outputs').$type<StoredNodeOutputs>(),
  },
  (table) => [
    primaryKey({ name: 'run_nodes_pk', columns: [table.runId, table.nodeId] }),
    // Artifact access checks: which runs produced a cache key.
    index('run_nodes_cache_key_idx').on(table.cacheKey),
    check(
      'run_nodes_status_known',
      sql`${table.status} IN ('waiting', 'queued', 'running', 'succeeded', 'cached', 'failed', 'skipped', 'cancelled')`,
    ),
    check('run_nodes_remaining_deps_nonnegative', sql`${table.remainingDeps} >= 0`),
  ],
);

export const runNodesRelations = relations(runNodes, ({ one }) => ({
  run: one(runs, { fields: [runNodes.runId], references: [runs.id] }),
}));

export type RunNodeRow = typeof runNodes.$inferSelect;
