import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import { graphs } from './graphs.js';
import type { RunErrorJson } from './runs.js';
import { users } from './users.js';
import { workspaces } from './workspaces.js';

/** A batch's status: `completed` once every item finished (some may have failed). */
export const batchStatusValues = ['queued', 'running', 'completed', 'cancelled'] as const;
export type BatchStatusValue = (typeof batchStatusValues)[number];

export const batchPriorityValues = ['low', 'normal', 'high'] as const;
export type BatchPriorityValue = (typeof batchPriorityValues)[number];

export const batchItemStatusValues = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type BatchItemStatusValue = (typeof batchItemStatusValues)[number];

/** Per-item field overrides: `{nodeId: {field: value}}`. */
export type NodeOverridesJson = Record<string, Record<string, unknown>>;

/**
 * One graph revision run many times, once per item (docs/batches.md). Idempotent
 * submission is enforced by the unique index on (created_by, idempotency_key): two
 * concurrent requests with one key cannot both insert. `finished_seq` counts item
 * finishes; it is the id of the batch's SSE events, so a stream resumes from the DB.
 */
export const batches = pgTable(
  'batches',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    graphId: text('graph_id')
      .notNull()
      .references(() => graphs.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    /** sha256 of the canonical JSON request body: a replay must match it. */
    requestHash: text('request_hash').notNull(),
    status: text('status').$type<BatchStatusValue>().notNull().default('queued'),
    priority: text('priority').$type<BatchPriorityValue>().notNull().default('normal'),
    /** Items of this batch running at once, at most. */
    concurrency: integer('concurrency').notNull(),
    total: integer('total').notNull(),
    finishedSeq: integer('finished_seq').notNull().default(0),
    webhookUrl: text('webhook_url'),
    /** The webhook secret, AES-256-GCM encrypted (`v1.…`, context `batch:<id>`); never returned. */
    webhookSecret: text('webhook_secret'),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
    startedAt: millisecondTimestamp('started_at'),
    finishedAt: millisecondTimestamp('finished_at'),
    lastItemFinishedAt: millisecondTimestamp('last_item_finished_at'),
    /** When the scheduler last started items of this batch: the round-robin's tie-break. */
    lastScheduledAt: millisecondTimestamp('last_scheduled_at'),
  },
  (table) => [
    uniqueIndex('batches_idempotency_idx').on(table.createdBy, table.idempotencyKey),
    index('batches_workspace_history_idx').on(table.workspaceId, table.createdAt.desc(), table.id.desc()),
    index('batches_active_idx').on(table.status).where(sql`${table.status} IN ('queued', 'running')`),
    check('batches_status_known', sql`${table.status} IN ('queued', 'running', 'completed', 'cancelled')`),
    check('batches_priority_known', sql`${table.priority} IN ('low', 'normal', 'high')`),
  ],
);

/**
 * One item of a batch. Its run is created lazily by the scheduler (`run_id` set when it
 * starts); the item finishes when that run does, guarded by `status = 'running' AND
 * run_id = <that run>`, so a finish delivered twice counts once.
 */
export const batchItems = pgTable(
  'batch_items',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    index: integer('index').notNull(),
    ref: text('ref'),
    overrides: jsonb('overrides').$type<NodeOverridesJson>().notNull(),
    status: text('status').$type<BatchItemStatusValue>().notNull().default('queued'),
    runId: text('run_id'),
    attempts: integer('attempts').notNull().default(0),
    error: jsonb('error').$type<RunErrorJson>(),
    /** The batch's `finished_seq` when this item last finished (SSE replay). */
    finishSeq: integer('finish_seq'),
    claimedAt: millisecondTimestamp('claimed_at'),
    finishedAt: millisecondTimestamp('finished_at'),
  },
  (table) => [
    primaryKey({ name: 'batch_items_pk', columns: [table.batchId, table.index] }),
    index('batch_items_status_idx').on(table.batchId, table.status),
    index('batch_items_run_idx').on(table.runId),
    index('batch_items_running_idx').on(table.status).where(sql`${table.status} = 'running'`),
    check('batch_items_status_known', sql`${table.status} IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')`),
  ],
);

export const webhookDeliveryStatusValues = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatusValue = (typeof webhookDeliveryStatusValues)[number];

/**
 * A completion webhook to deliver: the payload is fixed when the batch completes, each
 * attempt signs it afresh. Claimed with `FOR UPDATE SKIP LOCKED`, so several servers
 * deliver each one once; retried with exponential backoff until `failed`.
 */
export const batchWebhookDeliveries = pgTable(
  'batch_webhook_deliveries',
  {
    id: text('id').primaryKey(),
    batchId: text('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<WebhookDeliveryStatusValue>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: millisecondTimestamp('next_attempt_at').notNull().defaultNow(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
    deliveredAt: millisecondTimestamp('delivered_at'),
  },
  (table) => [
    index('batch_webhook_deliveries_due_idx').on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`),
    index('batch_webhook_deliveries_batch_idx').on(table.batchId),
    check('batch_webhook_deliveries_status_known', sql`${table.status} IN ('pending', 'delivered', 'failed')`),
  ],
);

export const batchesRelations = relations(batches, ({ many }) => ({ items: many(batchItems) }));
export const batchItemsRelations = relations(batchItems, ({ one }) => ({ batch: one(batches, { fields: [batchItems.batchId], references: [batches.id] }) }));

export type BatchRow = typeof batches.$inferSelect;
export type BatchItemRow = typeof batchItems.$inferSelect;
export type BatchWebhookDeliveryRow = typeof batchWebhookDeliveries.$inferSelect;
