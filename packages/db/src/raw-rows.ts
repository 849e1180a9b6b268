import type { SQL } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

/**
 * Runs raw SQL and returns its rows. `db.execute` answers in the driver's own shape
 * (postgres.js: an array of rows; PGlite: `{ rows }`); this hides the difference. Prefer
 * the query builder; use this only for SQL it cannot express.
 */
export async function selectRows<Row>(executor: Db, query: SQL): Promise<Row[]> {
  const result: unknown = await executor.execute(query);
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows: Row[] }).rows;
}

/** The part of a postgres.js client this module uses. */
interface PostgresJsClient {
  unsafe(query: string, parameters: unknown[], options: { prepare: boolean }): Promise<unknown[]>;
}

const dialect = new PgDialect();

const postgresJsClientOf = (executor: Db): PostgresJsClient | undefined => {
  const client = (executor as { $client?: Partial<PostgresJsClient> }).$client;
  return typeof client?.unsafe === 'function' ? (client as PostgresJsClient) : undefined;
};

/**
 * {@link selectRows} for a hot statement whose text never changes (the values are all
 * parameters). On postgres.js it is prepared once per connection and then costs one round
 * trip: `db.execute` sends an unnamed statement, which postgres.js describes first (a round
 * trip of its own) every time it has parameters. Never use it for text that varies with the
 * input (an `IN` list per value): each distinct text stays prepared on its connection.
 * PGlite (no network) runs it as `selectRows` does. Rows and errors look the same as
 * `selectRows`'s (timestamps as the driver's strings, errors a `DrizzleQueryError`).
 */
export async function selectPreparedRows<Row>(executor: Db, query: SQL): Promise<Row[]> {
  const client = postgresJsClientOf(executor);
  if (!client) return selectRows<Row>(executor, query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  try {
    return (await client.unsafe(text, params, { prepare: true })) as Row[];
  } catch (error) {
    // The shape `db.execute` fails with: the driver's error is the cause.
    throw new DrizzleQueryError(text, params, error as Error);
  }
}
