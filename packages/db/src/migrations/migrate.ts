import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../client.js';
import { selectRows } from '../raw-rows.js';
import { embeddedMigrations } from './embedded.js';
import type { EmbeddedMigration } from './types.js';

/**
 * Key of the advisory lock that serialises migrators. Arbitrary but fixed: every
 * process of every version of the product must use the same one.
 */
const MIGRATION_LOCK_KEY = 5_318_008_424_271n;

/**
 * The ledger of applied migrations. Not part of the drizzle-kit schema: the migrator
 * owns it and creates it itself, before any migration can run.
 */
const migrationLedger = pgTable('_pc_migrations', {
  tag: text('tag').primaryKey(),
  hash: text('hash').notNull(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
});

export interface MigrationReport {
  /** Tags applied by this call, in order (empty when the schema was up to date). */
  applied: string[];
}

export interface MigrationStatus {
  /** Tags this code knows that the database has not applied yet. */
  pending: string[];
}

/**
 * Brings the schema up to date with the migrations embedded in this build.
 *
 * Each migration runs in its own transaction that first takes a transaction-scoped
 * `pg_advisory_xact_lock`, then re-reads the applied list: replicas booting at once
 * serialise, and each migration is applied exactly once. A transaction-scoped lock
 * (rather than a session lock around the whole run) needs no dedicated connection, so
 * it works the same through a postgres.js pool and through PGlite.
 *
 * @throws when an applied migration's SQL differs from the embedded one (someone edited
 * a migration after it shipped) — fix by adding a new migration instead.
 */
export async function migrate(database: Database, migrations: readonly EmbeddedMigration[] = embeddedMigrations): Promise<MigrationReport> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await database.db.transaction(async (tx) => {
      await lockAndEnsureLedger(tx);
      const recorded = await readLedger(tx);
      const hash = recorded.get(migration.tag);
      if (hash !== undefined) {
        assertUnchanged(migration, hash);
        return false;
      }
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.insert(migrationLedger).values({ tag: migration.tag, hash: migration.hash });
      return true;
    });
    if (didApply) applied.push(migration.tag);
  }
  return { applied };
}

/** Which embedded migrations the database lacks; `/readyz` reports them. */
export async function getMigrationStatus(
  database: Database,
  migrations: readonly EmbeddedMigration[] = embeddedMigrations,
): Promise<MigrationStatus> {
  const [ledger] = await selectRows<{ present: boolean }>(database.db, sql`select to_regclass('_pc_migrations') is not null as present`);
  const recorded = ledger?.present ? await readLedger(database.db) : new Map<string, string>();
  return { pending: migrations.filter((migration) => !recorded.has(migration.tag)).map((migration) => migration.tag) };
}

async function lockAndEnsureLedger(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
  // Created under the lock, so two first boots cannot race on it.
  await tx.execute(sql`
    create table if not exists _pc_migrations (
      tag text primary key,
      hash text not null,
      applied_at timestamptz not null default now()
    )`);
}

async function readLedger(executor: Db): Promise<Map<string, string>> {
  const rows = await executor.select({ tag: migrationLedger.tag, hash: migrationLedger.hash }).from(migrationLedger);
  return new Map(rows.map((row) => [row.tag, row.hash]));
}

function assertUnchanged(migration: EmbeddedMigration, recordedHash: string): void {
  if (recordedHash !== migration.hash) {
    throw new Error(
      `Migration ${migration.tag} was applied with different SQL (hash ${recordedHash.slice(0, 12)}…, now ${migration.hash.slice(0, 12)}…). ` +
        'Never edit a shipped migration: revert the edit and add a new migration.',
    );
  }
}
