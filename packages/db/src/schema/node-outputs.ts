import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';
import type { StoredNodeOutputs } from './run-nodes.js';

/**
 * The shared, content-addressed output cache: a node's outputs by cache key (hash of
 * type, function versions, params and upstream keys). Rows are upserted by key and
 * never change meaning: the same key always names the same outputs.
 */
export const nodeOutputs = pgTable('node_outputs', {
  cacheKey: text('cache_key').primaryKey(),
  nodeType: text('node_type').notNull(),
  functionVersions: jsonb('function_versions').$type<Record<string, number>>().notNull(),
  outputs: jsonb('outputs').$type<StoredNodeOutputs>().notNull(),
  createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
  lastUsedAt: millisecondTimestamp('last_used_at').notNull().defaultNow(),
});

/** Which artifacts a cached output references: access checks go artifact → key → runs → graph. */
export const nodeOutputArtifacts = pgTable(
  'node_output_artifacts',
  {
    cacheKey: text('cache_key')
      .notNull()
      .references(() => nodeOutputs.cacheKey, { onDelete: 'cascade' }),
    hash: text('hash').notNull(),
  },
  (table) => [primaryKey({ name: 'node_output_artifacts_pk', columns: [table.cacheKey, table.hash] }), index('node_output_artifacts_hash_idx').on(table.hash)],
);

export type NodeOutputRow = typeof nodeOutputs.$inferSelect;
