import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { openPgliteThread } from './pglite-thread/client.js';
import { preparingClient } from './preparing-client.js';
import * as schema from './schema/index.js';

/** The schema every client is typed with. */
export type Schema = typeof schema;

/**
 * The drizzle query builder, whichever driver is underneath. Both drivers speak the
 * same Postgres dialect, so code written against this type runs on both.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** Which engine is underneath: a Postgres server, or PGlite embedded in this process (in a thread of its own). */
export type DatabaseKind = 'postgres' | 'pglite';

/** An open database: the query builder plus the lifetime of its connection(s). */
export interface Database {
  readonly db: Db;
  readonly kind: DatabaseKind;
  /** Resolves when the database answers a trivial query within `timeoutMs`; rejects otherwise. */
  ping(timeoutMs?: number): Promise<void>;
  /** Closes the pool or the embedded engine. Idempotent. Queries after it reject. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A Postgres URL. Set: connect through postgres.js. Unset: embedded PGlite. */
  databaseUrl?: string | undefined;
  /**
   * Where embedded PGlite keeps its files (in `<dataDir>/pglite`); default `./.data`.
   * `memory://` keeps everything in memory (tests). Ignored when `databaseUrl` is set.
   */
  dataDir?: string | undefined;
  /** Pool size for Postgres; default 10. */
  maxConnections?: number | undefined;
}

const DEFAULT_PING_TIMEOUT_MS = 2_000;

/**
 * Opens the database the environment asks for: Postgres when a URL is given, PGlite
 * in the data directory otherwise. Run {@link migrate} before serving requests.
 *
 * @example
 * const database = await createDatabase({ databaseUrl: process.env.DATABASE_URL });
 * await migrate(database);
 * const graph = await findGraph(database.db, 'gr_…');
 * await database.close();
 *
 * @remarks PGlite is single-connection, single-threaded WASM: queries serialise, and a
 * data directory must be opened by one process at a time. It runs in a worker thread
 * (pglite-thread/), so its statements never block this thread's event loop. Creating a
 * fresh PGlite (initdb) costs about 3–4 s; reopening an existing one well under a second.
 */
export async function createDatabase(options: DatabaseOptions = {}): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.maxConnections ?? 10)
    : openPglite(options.dataDir ?? './.data');
}

function openPostgres(url: string, maxConnections: number): Database {
  const client = postgres(url, {
    max: maxConnections,
    idle_timeout: 30,
    connect_timeout: 10,
    // postgres.js prints NOTICEs to the console by default ("… already exists, skipping").
    onnotice: () => {},
  });
  const db = drizzlePostgres({ client: preparingClient(client), schema });
  let closing: Promise<void> | undefined;
  return {
    db,
    kind: 'postgres',
    ping: (timeoutMs = DEFAULT_PING_TIMEOUT_MS) => withTimeout(db.execute(sql`select 1`), timeoutMs),
    close: () => (closing ??= client.end({ timeout: 5 })),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  let location = dataDir;
  if (!dataDir.startsWith('memory://')) {
    location = resolve(dataDir, 'pglite');
    await mkdir(location, { recursive: true });
  }
  const client = await openPgliteThread(location);
  // drizzle types its client as PGlite; the thread's client answers every call drizzle makes.
  const db = drizzlePglite({ client: client as unknown as PGlite, schema });
  let closing: Promise<void> | undefined;
  return {
    db,
    kind: 'pglite',
    ping: async (timeoutMs = DEFAULT_PING_TIMEOUT_MS) => {
      if (client.closed) throw new Error('PGlite is closed');
      await withTimeout(db.execute(sql`select 1`), timeoutMs);
    },
    close: () => (closing ??= client.close()),
  };
}

async function withTimeout(work: Promise<unknown>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
