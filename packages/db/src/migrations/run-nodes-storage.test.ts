import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../raw-rows.js';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';

// Migration 0008: a node's status changes must be HOT updates (no index may cover
// `status`), with room left on each page for the new row versions.
describe.each(['pglite', 'postgres'] as const)('run_nodes storage on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(() => test?.dispose());

  it('has no index on status and a fillfactor of 70', async () => {
    const db = test.database.db;
    const indexes = await selectRows<{ indexdef: string }>(db, sql`select indexdef from pg_indexes where tablename = 'run_nodes'`);
    expect(indexes.length).toBeGreaterThan(0);
    for (const { indexdef } of indexes) expect(indexdef).not.toMatch(/status/);
    const [table] = await selectRows<{ reloptions: string[] | null }>(db, sql`select reloptions from pg_class where relname = 'run_nodes'`);
    expect(table?.reloptions).toContain('fillfactor=70');
  });

  it("changes a node's status with HOT updates", async () => {
    const db = test.database.db;
    await db.execute(sql`insert into workspaces (id, name) values ('ws_hot', 'Hot')`);
    await db.execute(sql`insert into graphs (id, workspace_id, name, document) values ('gr_hot', 'ws_hot', 'Hot', '{}')`);
    await db.execute(sql`insert into runs (id, graph_id, workspace_id, revision, status) values ('runhot', 'gr_hot', 'ws_hot', 1, 'running')`);
    await db.execute(
      sql`insert into run_nodes (run_id, node_id, type, role, status, remaining_deps, depends_on, dependants, cache_key)
          values ('runhot', 'n1', 'scene', 'target', 'waiting', 0, '{}', '{}', 'ck')`,
    );
    // The transaction's own counters are exact and immediate (the shared ones are flushed later).
    const counts = await db.transaction(async (tx) => {
      for (const status of ['queued', 'running', 'succeeded']) {
        await tx.execute(sql`update run_nodes set status = ${status} where run_id = 'runhot' and node_id = 'n1'`);
      }
      const [row] = await selectRows<{ updates: number; hot: number }>(
        tx,
        sql`select n_tup_upd::int as updates, n_tup_hot_upd::int as hot from pg_stat_xact_user_tables where relname = 'run_nodes'`,
      );
      return row;
    });
    expect(counts).toEqual({ updates: 3, hot: 3 });
  });
});
