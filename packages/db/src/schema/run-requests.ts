import { index, primaryKey, pgTable, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { runs } from './runs.js';
import { users } from './users.js';

/**
 * A run started with an `Idempotency-Key` (POST /graphs/:id/runs): a script that retries
 * after a timeout gets the run its first request started, not a second one. The row is
 * claimed (run_id null) before the run is submitted, so of two concurrent requests with one
 * key only the first submits; the primary key on (created_by, idempotency_key) decides.
 * Deleting the run (or the user) frees the key.
 */
export const runRequests = pgTable(
  'run_requests',
  {
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the canonical JSON of the graph id and the body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    /** Null while the first request is submitting the run. */
    runId: text('run_id').references(() => runs.id, { onDelete: 'cascade' }),
    /** When the claim was taken: a claim left without a run (its server died) is taken over after a while. */
    claimedAt: millisecondTimestamp('claimed_at').notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.createdBy, table.idempotencyKey] }),
    // Deleting runs (a graph, retention) finds their keys by it.
    index('run_requests_run_idx').on(table.runId),
  ],
);

export type RunRequestRow = typeof runRequests.$inferSelect;
