/**
 * `GET /graphs/:id/results`'s query on a graph with a long history: 300 runs of 200 nodes
 * (every 10th a one-node selection run, every 50th node failed; ~1.4 KB of outputs each), a
 * second graph with as many runs beside it, and some batch items. It compares, in interleaved
 * pairs on one Postgres database, the first version (one DISTINCT ON over every run's nodes)
 * with `findLatestNodeResults` (runs newest first, a page at a time, the unanswered nodes by
 * primary key), and prints the run_nodes rows each reads (the transaction's own pg_stat_xact counters;
 * a parallel plan's workers are not counted there).
 *
 *   pnpm --filter @pc/bench-engine exec tsx node-results.ts [--rounds 10]
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { findLatestNodeResults, selectRows, type Db } from '@pc/db';
import { createTestDatabase, runNodesRowsRead } from '@pc/db/testing';
import { sql } from 'drizzle-orm';

const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1] || 10);
const RUNS = 300;
const NODES = 200;

/** The route's first query, kept here as the baseline. */
const distinctOnQuery = (db: Db, graphId: string) =>
  selectRows(
    db,
    sql`select distinct on (n.node_id) n.*, r.id, r.revision, r.created_at from run_nodes n join runs r on r.id = n.run_id
         where r.graph_id = ${graphId} and r.batch_id is null and n.status in ('succeeded', 'cached', 'failed')
         order by n.node_id, r.created_at desc, r.id desc`,
  );

const seed = async (db: Db) => {
  await db.execute(sql`insert into workspaces (id, name) values ('ws_bench', 'Bench')`);
  await db.execute(sql`insert into graphs (id, workspace_id, name, document)
    select g, 'ws_bench', g, jsonb_build_object('schemaVersion', 1, 'edges', '[]'::jsonb,
      'nodes', (select jsonb_agg(jsonb_build_object('id', 'node' || n, 'type', 'shot')) from generate_series(1, ${NODES}) n))
      from unnest(array['gr_bench', 'gr_other']) g`);
  await db.execute(sql`insert into runs (id, graph_id, workspace_id, revision, status, batch_id, created_at)
    select 'run' || g.id || lpad(i::text, 4, '0'), g.id, 'ws_bench', i, 'succeeded', case when i % 30 = 0 then 'batch1' end,
           now() - (${RUNS} - i) * interval '1 minute'
      from unnest(array['gr_bench', 'gr_other']) g(id) cross join generate_series(1, ${RUNS}) i`);
  await db.execute(sql`insert into run_nodes (run_id, node_id, type, role, status, remaining_deps, depends_on, dependants, cache_key, started_at, finished_at, outputs)
    select r.id, 'node' || n, 'shot', 'target', case when n % 50 = 0 then 'failed' else 'succeeded' end, 0, '{}', '{}', md5(r.id || n), now(), now(),
           jsonb_build_object('values', jsonb_build_object('breakdown', repeat('Mara crosses the harbour at dawn. ', 40)), 'artifacts', '{}'::jsonb)
      from runs r cross join generate_series(1, ${NODES}) n
     where r.revision % 10 <> 0 or n = r.revision % ${NODES} + 1`);
  await db.execute(sql`analyze`);
};

/** A query's time and the run_nodes rows it read (sequentially or fetched through an index). */
const measured = async (db: Db, query: (tx: Db) => Promise<unknown[]>) =>
  db.transaction(async (tx) => {
    const before = await runNodesRowsRead(tx);
    const started = performance.now();
    const rows = await query(tx as unknown as Db);
    const ms = performance.now() - started;
    return { ms, rows: rows.length, tuples: (await runNodesRowsRead(tx)) - before };
  });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const test = await createTestDatabase('postgres');
try {
  const db = test.database.db;
  await seed(db);
  const samples = { before: [] as number[], after: [] as number[] };
  let tuples = { before: 0, after: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
    for (const which of order) {
      const result = await measured(db, (tx) => (which === 'before' ? distinctOnQuery(tx, 'gr_bench') : findLatestNodeResults(tx, 'gr_bench')));
      if (result.rows !== NODES) throw new Error(`${which}: ${result.rows} results, expected ${NODES}`);
      samples[which].push(result.ms);
      tuples = { ...tuples, [which]: result.tuples };
    }
  }
  console.log(`| query | median ms | run_nodes tuples read | (${RUNS} runs × ${NODES} nodes, ${ROUNDS} interleaved pairs, load ${loadavg()[0]!.toFixed(1)}) |`);
  console.log('|---|---|---|---|');
  console.log(`| DISTINCT ON over every run's nodes | ${median(samples.before).toFixed(1)} | ${tuples.before} | |`);
  console.log(`| findLatestNodeResults | ${median(samples.after).toFixed(1)} | ${tuples.after} | |`);
} finally {
  await test.dispose();
}
