import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { createDatabase, type Database, type DatabaseKind, type Db } from '../client.js';
import { selectRows } from '../raw-rows.js';
import { migrate } from '../migrations/migrate.js';

export { castSceneShotDocument } from './fixtures.js';
export { createTestAccount, type TestAccount } from './accounts.js';

/**
 * Test databases. Import from `@pc/db/testing`, never from production code.
 */

/** The Postgres server tests use: `TEST_DATABASE_URL`, or a local server with trust auth. */
export const testPostgresUrl = (): string => process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A migrated, empty database that belongs to one test file. */
export interface TestDatabase {
  readonly database: Database;
  /** The URL of the fresh Postgres database; undefined for PGlite. */
  readonly url: string | undefined;
  /** Closes the database and, for Postgres, drops it. Idempotent. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database of the given kind.
 *
 * - `postgres`: `CREATE DATABASE pc_test_<random>` on {@link testPostgresUrl}, dropped by
 *   `dispose()` (`WITH (FORCE)`, so a leaked connection cannot keep it alive).
 * - `pglite`: in memory, or in `dataDir` when given (restart tests).
 *
 * @example
 * let test: TestDatabase;
 * beforeAll(async () => { test = await createTestDatabase('postgres'); });
 * afterAll(() => test.dispose());
 */
export async function createTestDatabase(kind: DatabaseKind, options: { dataDir?: string } = {}): Promise<TestDatabase> {
  switch (kind) {
    case 'postgres':
      return createPostgresTestDatabase();
    case 'pglite': {
      const database = await createDatabase({ dataDir: options.dataDir ?? 'memory://' });
      await migrate(database);
      return { database, url: undefined, dispose: () => database.close() };
    }
    default: {
      const unknownKind: never = kind;
      throw new Error(`unknown database kind ${String(unknownKind)}`);
    }
  }
}

/** Test databases older than this were left by a run that crashed before `dispose()`. */
const ABANDONED_AFTER_SECONDS = 6 * 60 * 60;

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const adminUrl = testPostgresUrl();
  // The creation time is in the name, so a later run can tell an abandoned database.
  const name = `pc_test_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await dropAbandonedTestDatabases(admin);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await createDatabase({ databaseUrl: url.toString(), maxConnections: 4 });
  let disposing: Promise<void> | undefined;
  const dispose = () =>
    (disposing ??= (async () => {
      await database.close();
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    })());
  try {
    await migrate(database);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { database, url: url.toString(), dispose };
}


async function dropAbandonedTestDatabases(admin: postgres.Sql): Promise<void> {
  const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname ~ '^pc_test_[0-9]+_[0-9a-f]+$'`;
  const cutoff = Date.now() / 1000 - ABANDONED_AFTER_SECONDS;
  for (const { datname } of rows) {
    const createdAt = Number(datname.split('_')[2]);
    // Another file's database may vanish under us; that is fine.
    if (createdAt < cutoff) await admin.unsafe(`drop database if exists "${datname}" with (force)`).catch(() => undefined);
  }
}

/**
 * The rows of `run_nodes` this transaction has read so far, sequentially or fetched through an
 * index (its own pg_stat_xact counters: exact and immediate; a parallel plan's workers are not
 * counted). Postgres only. Read it before and after a query to see what the query read.
 */
export const runNodesRowsRead = async (tx: Db): Promise<number> =>
  (
    await selectRows<{ tuples: number }>(
      tx,
      sql`select (coalesce(sum(seq_tup_read), 0) + coalesce(sum(idx_tup_fetch), 0))::int as tuples from pg_stat_xact_user_tables where relname = 'run_nodes'`,
    )
  )[0]?.tuples ?? 0;
