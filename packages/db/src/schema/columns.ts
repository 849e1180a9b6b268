import { customType, timestamp } from 'drizzle-orm/pg-core';

/**
 * Timestamps keep millisecond precision: list cursors carry them through JavaScript
 * `Date`, which cannot hold Postgres's microseconds, and a truncated cursor would skip
 * or repeat rows.
 */
export const millisecondTimestamp = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

/**
 * Binary data (Yjs updates and snapshots). postgres.js returns a Buffer and PGlite a
 * Uint8Array; both are Uint8Arrays, which is all callers rely on.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // postgres.js serialises a Buffer as bytea; a plain Uint8Array would be sent as JSON.
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) => value,
});
