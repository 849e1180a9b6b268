import { sql } from 'drizzle-orm';
import { check, customType, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { millisecondTimestamp } from './columns.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // postgres.js gives a Buffer, PGlite a Uint8Array: both are Uint8Array.
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBufferLike)),
  toDriver: (value) => (typeof Buffer !== 'undefined' && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value),
});

/**
 * Content-addressed files (SVG, PNG, JSON …) nodes produce: `hash` is the SHA-256 of the
 * bytes, so writing the same file twice is a no-op. `bytes` is null when the blob lives
 * in external (S3-compatible) storage; the row still records its type and size.
 */
export const artifacts = pgTable(
  'artifacts',
  {
    hash: text('hash').primaryKey(),
    mediaType: text('media_type').notNull(),
    bytes: bytea('bytes'),
    size: integer('size').notNull(),
    createdAt: millisecondTimestamp('created_at').notNull().defaultNow(),
  },
  (table) => [check('artifacts_hash_sha256', sql`${table.hash} ~ '^[0-9a-f]{64}$'`)],
);

export type ArtifactRow = typeof artifacts.$inferSelect;
