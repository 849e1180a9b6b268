import { sql, type SQL } from 'drizzle-orm';
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
  reserve?(): Promise<PostgresJsClient & { release(): void }>;
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
  return runPrepared<Row>(client, query);
}

const runPrepared = async <Row>(client: PostgresJsClient, query: SQL): Promise<Row[]> => {
  const { sql: text, params } = dialect.sqlToQuery(query);
  try {
    return (await client.unsafe(text, params, { prepare: true })) as Row[];
  } catch (error) {
    // The shape `db.execute` fails with: the driver's error is the cause.
    throw new DrizzleQueryError(text, params, error as Error);
  }
};

/** The part of a PGlite client this module uses. */
interface PgliteClient {
  query(query: string, parameters: unknown[]): Promise<unknown>;
  exec(query: string): Promise<unknown>;
}

const pgliteClientOf = (executor: Db): PgliteClient | undefined => {
  const client = (executor as { $client?: Partial<PgliteClient> & { unsafe?: unknown } }).$client;
  return typeof client?.query === 'function' && typeof client.exec === 'function' && client.unsafe === undefined ? (client as PgliteClient) : undefined;
};

/**
 * `value` as an SQL string literal: an escape string (`E'…'`), whose backslashes and quotes
 * are escaped here, so it means the same whatever `standard_conforming_strings` says.
 */
export const sqlStringLiteral = (value: string): string => `E'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * Runs one statement whose values are written into its text (build it with
 * {@link sqlStringLiteral} only) through the simple query protocol: on PGlite one `Query`
 * message, where a parameterised statement is Parse, Bind, Describe, Execute and Sync, each
 * a pass through PGlite's protocol code — for the update log's append that is ≈ 0.6 ms of
 * the database thread's CPU of ≈ 1.8 ms per statement (bench/collab/db-append.ts). Errors
 * look like `selectRows`'s (a `DrizzleQueryError`).
 */
export async function executeText(executor: Db, text: string): Promise<void> {
  const pglite = pgliteClientOf(executor);
  try {
    if (pglite) await pglite.exec(text);
    else await executor.execute(sql.raw(text));
  } catch (error) {
    if (error instanceof DrizzleQueryError) throw error;
    throw new DrizzleQueryError(text, [], error as Error);
  }
}

/**
 * {@link selectPreparedRows} for a hot statement that returns no rows (an insert). On
 * PGlite it goes to the client without drizzle's per-query row parsers, which cost PGlite
 * as much CPU again as a small insert itself, on the event loop. Errors look the same as
 * `selectRows`'s (a `DrizzleQueryError`).
 */
export async function executePrepared(executor: Db, query: SQL): Promise<void> {
  const pglite = pgliteClientOf(executor);
  if (!pglite) {
    await selectPreparedRows(executor, query);
    return;
  }
  const { sql: text, params } = dialect.sqlToQuery(query);
  try {
    await pglite.query(text, params);
  } catch (error) {
    throw new DrizzleQueryError(text, params, error as Error);
  }
}

/**
 * {@link selectPreparedRows} for statements that must run one after the other, each in
 * its own transaction (each sees the ones before it committed), in one round trip: on
 * postgres.js they are pipelined on one reserved connection. A statement that fails does
 * not stop the ones after it; the first failure is thrown once all have answered.
 */
export async function selectPreparedRowsInSequence(executor: Db, queries: readonly SQL[]): Promise<unknown[][]> {
  const client = postgresJsClientOf(executor);
  if (!client?.reserve) {
    const settled: PromiseSettledResult<unknown[]>[] = [];
    for (const query of queries) settled.push(await selectRows<unknown>(executor, query).then(fulfilled, rejected));
    return valuesOf(settled);
  }
  const connection = await client.reserve();
  try {
    return valuesOf(await Promise.allSettled(queries.map((query) => runPrepared<unknown>(connection, query))));
  } finally {
    connection.release();
  }
}

const fulfilled = <T>(value: T): PromiseSettledResult<T> => ({ status: 'fulfilled', value });
const rejected = (reason: unknown): PromiseSettledResult<never> => ({ status: 'rejected', reason });
const valuesOf = <T>(settled: readonly PromiseSettledResult<T>[]): T[] =>
  settled.map((result) => {
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  });
