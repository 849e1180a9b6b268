import { timestamp } from 'drizzle-orm/pg-core';

/**
 * Timestamps keep millisecond precision: list cursors carry them through JavaScript
 * `Date`, which cannot hold Postgres's microseconds, and a truncated cursor would skip
 * or repeat rows.
 */
export const millisecondTimestamp = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
