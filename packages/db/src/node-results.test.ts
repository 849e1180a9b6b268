import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLatestNodeResults } from './node-results.js';
import { createTestDatabase, runNodesRowsRead, type TestDatabase } from './testing/index.js';

/** Run i of graph g starts i minutes after 2026-01-01; `nodes` are its node ids with their status. */
const insertRun = async (test: TestDatabase, graphId: string, i: number, nodes: Record<string, string>, batchId: string | null = null) => {
  const runId = `run${graphId}${String(i).padStart(4, '0')}`;
  const db = test.database.db;
  await db.execute(sql`insert into runs (id, graph_id, workspace_id, revision, status, batch_id, created_at)
    values (${runId}, ${graphId}, 'ws_nr', ${i}, 'succeeded', ${batchId}, timestamptz '2026-01-01' + ${i} * interval '1 minute')`);
  for (const [nodeId, status] of Object.entries(nodes)) {
    await db.execute(sql`insert into run_nodes (run_id, node_id, type, role, status, remaining_deps, depends_on, dependants, cache_key, outputs)
      values (${runId}, ${nodeId}, 'shot', 'target', ${status}, 0, '{}', '{}', ${`${runId}:${nodeId}`},
              ${status === 'failed' ? null : JSON.stringify({ values: { from: runId }, artifacts: {} })}::jsonb)`);
  }
  return runId;
};

const insertGraph = (test: TestDatabase, graphId: string, nodeIds: readonly string[]) =>
  test.database.db.execute(sql`insert into graphs (id, workspace_id, name, document)
    values (${graphId}, 'ws_nr', ${graphId}, ${JSON.stringify({ schemaVersion: 1, nodes: nodeIds.map((id) => ({ id, type: 'shot' })), edges: [] })}::jsonb)`);

const latest = async (test: TestDatabase, graphId: string) =>
  Object.fromEntries((await findLatestNodeResults(test.database.db, graphId)).map(({ node, run }) => [node.nodeId, `${node.status} in ${run.id}`]));

describe.each(['pglite', 'postgres'] as const)('findLatestNodeResults on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await test.database.db.execute(sql`insert into workspaces (id, name) values ('ws_nr', 'Results')`);
  });
  afterAll(() => test?.dispose());

  it("answers each drawn node with its newest result, leaving out batch items and later runs' skipped or cancelled nodes", async () => {
    await insertGraph(test, 'gr_a', ['a', 'b', 'c', 'd', 'new']);
    const first = await insertRun(test, 'gr_a', 1, { a: 'succeeded', b: 'succeeded', c: 'failed', d: 'succeeded', gone: 'succeeded' });
    const second = await insertRun(test, 'gr_a', 2, { a: 'cached', b: 'skipped', c: 'succeeded', d: 'failed' });
    await insertRun(test, 'gr_a', 3, { a: 'succeeded', b: 'succeeded', d: 'succeeded' }, 'batch_x');
    await insertRun(test, 'gr_a', 4, { a: 'cancelled', b: 'queued' });
    await insertGraph(test, 'gr_other', ['a']);
    await insertRun(test, 'gr_other', 5, { a: 'succeeded' });
    expect(await latest(test, 'gr_a')).toEqual({
      a: `cached in ${second}`,
      b: `succeeded in ${first}`,
      c: `succeeded in ${second}`,
      d: `failed in ${second}`,
    });
  });

  it('answers a node whose latest result failed with its newest success before that, wherever in the history it is', async () => {
    await insertGraph(test, 'gr_f', ['sameRun', 'paged', 'never', 'recovered']);
    const good = await insertRun(test, 'gr_f', 1, { paged: 'succeeded', recovered: 'failed' });
    const cached = await insertRun(test, 'gr_f', 2, { sameRun: 'cached', paged: 'failed', never: 'failed' });
    let lastNever = cached;
    for (let i = 3; i <= 20; i++) lastNever = await insertRun(test, 'gr_f', i, { paged: 'failed', never: 'failed' });
    const last = await insertRun(test, 'gr_f', 21, { sameRun: 'failed', paged: 'failed', recovered: 'succeeded' });
    await insertRun(test, 'gr_f', 22, { sameRun: 'succeeded' }, 'batch_f');
    const answer = await findLatestNodeResults(test.database.db, 'gr_f');
    expect(
      Object.fromEntries(answer.map(({ node, run, lastSuccess }) => [node.nodeId, [`${node.status} in ${run.id}`, lastSuccess && `${lastSuccess.node.status} in ${lastSuccess.run.id}`]])),
    ).toEqual({
      sameRun: [`failed in ${last}`, `cached in ${cached}`],
      paged: [`failed in ${last}`, `succeeded in ${good}`],
      never: [`failed in ${lastNever}`, null],
      recovered: [`succeeded in ${last}`, null],
    });
    const paged = answer.find((r) => r.node.nodeId === 'paged')!.lastSuccess!;
    expect(paged.node.outputs).toEqual({ values: { from: good }, artifacts: {} });
    expect(paged.run).toEqual({ id: good, revision: 1, createdAt: new Date('2026-01-01T00:01:00Z') });
  });

  it('walks the whole history for a node whose only result is old', async () => {
    await insertGraph(test, 'gr_long', ['old', 'recent']);
    const oldest = await insertRun(test, 'gr_long', 1, { old: 'succeeded', recent: 'succeeded' });
    let newest = oldest;
    for (let i = 2; i <= 60; i++) newest = await insertRun(test, 'gr_long', i, { recent: 'succeeded' });
    expect(await latest(test, 'gr_long')).toEqual({ old: `succeeded in ${oldest}`, recent: `succeeded in ${newest}` });
  });
});

describe('findLatestNodeResults on a long history', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase('postgres');
    await test.database.db.execute(sql`insert into workspaces (id, name) values ('ws_nr', 'Results')`);
  });
  afterAll(() => test?.dispose());

  // The cost must follow what is shown, not the history: 60 full runs of 100 nodes, the
  // newest answering every node, must not read the 6,000 rows of all of them.
  it('reads the nodes of the newest runs only', async () => {
    const db = test.database.db;
    await insertGraph(
      test,
      'gr_h',
      Array.from({ length: 100 }, (_, i) => `n${i}`),
    );
    await db.execute(sql`insert into runs (id, graph_id, workspace_id, revision, status, created_at)
      select 'runh' || lpad(i::text, 4, '0'), 'gr_h', 'ws_nr', i, 'succeeded', timestamptz '2026-01-01' + i * interval '1 minute' from generate_series(1, 60) i`);
    await db.execute(sql`insert into run_nodes (run_id, node_id, type, role, status, remaining_deps, depends_on, dependants, cache_key, outputs)
      select r.id, 'n' || n, 'shot', 'target', 'succeeded', 0, '{}', '{}', r.id || n, jsonb_build_object('values', jsonb_build_object('text', repeat('x', 500)))
        from runs r cross join generate_series(0, 99) n where r.graph_id = 'gr_h'`);
    // One node failed in the newest run: its last success is one run back.
    await db.execute(sql`update run_nodes set status = 'failed', outputs = null where run_id = 'runh0060' and node_id = 'n0'`);
    await db.execute(sql`analyze`);
    const read = await test.database.db.transaction(async (tx) => {
      const before = await runNodesRowsRead(tx);
      const answer = await findLatestNodeResults(tx, 'gr_h');
      expect(answer).toHaveLength(100);
      expect(answer[0]!.lastSuccess?.run.id).toBe('runh0059');
      return (await runNodesRowsRead(tx)) - before;
    });
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(1500);
  });
});
