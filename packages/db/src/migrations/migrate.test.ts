import { sql } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDrizzleFolder } from '../../scripts/migrations-source.mjs';
import { createDatabase, type Database } from '../client.js';
import { selectRows } from '../raw-rows.js';
import { createTestAccount, createTestDatabase, type TestDatabase } from '../testing/index.js';
import { listUserWorkspaces } from '../workspaces.js';
import { embeddedMigrations } from './embedded.js';
import { getMigrationStatus, migrate } from './migrate.js';

describe('the embedded migrations', () => {
  it('match drizzle/ exactly (run `pnpm db:generate` after changing the schema)', async () => {
    const folder = fileURLToPath(new URL('../../drizzle', import.meta.url));
    expect(await readDrizzleFolder(folder)).toEqual(embeddedMigrations);
  });
});

describe.each(['pglite', 'postgres'] as const)('migrate on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(() => test?.dispose());

  it('leaves nothing pending and is a no-op the second time', async () => {
    expect(await getMigrationStatus(test.database)).toEqual({ pending: [] });
    expect(await migrate(test.database)).toEqual({ applied: [] });
  });

  it('applies a new migration once, even when migrators race', async () => {
    const extra = { tag: '9999_race', hash: 'h', statements: ['create table race_probe (id int)'] };
    const migrations = [...embeddedMigrations, extra];
    const reports = await Promise.all([migrate(test.database, migrations), migrate(test.database, migrations)]);
    expect(reports.flatMap((report) => report.applied)).toEqual(['9999_race']);
  });

  it('refuses an applied migration whose SQL changed', async () => {
    const edited = embeddedMigrations.map((migration, index) => (index === 0 ? { ...migration, hash: 'edited' } : migration));
    await expect(migrate(test.database, edited)).rejects.toThrow(/Never edit a shipped migration/);
  });

  it('reports what a fresh database lacks', async () => {
    const status = await getMigrationStatus(test.database, [...embeddedMigrations, { tag: '9998_next', hash: 'x', statements: [] }]);
    expect(status.pending).toEqual(['9998_next']);
  });
});

describe('migrate on Postgres from separate pools', () => {
  it('serialises replicas booting at once on an empty database', async () => {
    const test = await createTestDatabase('postgres');
    let replicas: Database[] = [];
    try {
      await test.database.db.execute(sql`drop schema public cascade; create schema public`);
      replicas = await Promise.all([1, 2, 3].map(() => createDatabase({ databaseUrl: test.url })));
      const reports = await Promise.all(replicas.map((replica) => migrate(replica)));
      // Each migration takes the lock on its own, so replicas may share the work in any
      // interleaving: what matters is that every migration ran exactly once.
      const applied = reports.flatMap((report) => report.applied);
      expect([...applied].sort()).toEqual(embeddedMigrations.map((migration) => migration.tag).sort());
      const [row] = await selectRows<{ count: number }>(test.database.db, sql`select count(*)::int as count from _pc_migrations`);
      expect(row?.count).toBe(embeddedMigrations.length);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
      await test.dispose();
    }
  });
});

describe.each(['pglite', 'postgres'] as const)('graphs from before accounts on %s', (kind) => {
  it('move into a workspace the first account owns', async () => {
    const test = await createTestDatabase(kind);
    try {
      const db = test.database.db;
      await db.execute(sql`drop schema public cascade`);
      await db.execute(sql`create schema public`);
      await migrate(test.database, embeddedMigrations.slice(0, 1));
      await db.execute(sql`insert into graphs (id, name, document) values ('gr_legacy', 'Old', '{"schemaVersion":1,"nodes":[],"edges":[]}')`);
      await migrate(test.database);
      const [graph] = await selectRows<{ workspace_id: string }>(db, sql`select workspace_id from graphs where id = 'gr_legacy'`);
      expect(graph?.workspace_id).toBe('ws_0000000000000000');
      const owner = await createTestAccount(db, 'Owner');
      expect((await listUserWorkspaces(db, owner.user.id)).map((w) => w.id)).toContain('ws_0000000000000000');
      const second = await createTestAccount(db, 'Second');
      expect((await listUserWorkspaces(db, second.user.id)).map((w) => w.id)).not.toContain('ws_0000000000000000');
    } finally {
      await test.dispose();
    }
  });
});
