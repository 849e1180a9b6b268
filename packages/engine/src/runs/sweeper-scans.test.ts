import { selectRows } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectNodesInFlight, selectRunsLeftOpen } from './sweeper-scans.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

// A database as the sweeper meets it: a long history (6,000 finished runs × 10 nodes) and a
// few runs in flight, 6 of them with nodes waiting, queued, running and done, and one whose
// nodes are all done (its finalisation was lost).
const seed = [
  sql`insert into workspaces (id, name) values ('ws_sweep', 'Sweep')`,
  sql`insert into graphs (id, workspace_id, name, document) values ('gr_sweep', 'ws_sweep', 'Sweep', '{}')`,
  sql`insert into runs (id, graph_id, workspace_id, revision, status)
    select 'run' || lpad(i::text, 20, '0'), 'gr_sweep', 'ws_sweep', 1,
           case when i <= 6000 then (array['succeeded', 'failed', 'cancelled'])[1 + i % 3] else (array['queued', 'running'])[1 + i % 2] end
    from generate_series(1, 6007) as i`,
  sql`insert into run_nodes (run_id, node_id, type, role, status, remaining_deps, depends_on, dependants, cache_key)
    select r.id, 'n' || j, 'scene', 'target',
           case when r.status in ('queued', 'running') and r.id <> 'run' || lpad('6007', 20, '0')
                then (array['waiting', 'queued', 'running', 'succeeded'])[1 + j % 4]
                else (array['succeeded', 'cached', 'skipped'])[1 + j % 3] end,
           0, '{}', '{}', md5(r.id || j)
    from runs as r, generate_series(1, 10) as j`,
  sql`analyze runs`,
  sql`analyze run_nodes`,
];

describe.each(['pglite', 'postgres'] as const)("the sweeper's scans on %s", (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    for (const statement of seed) await test.database.db.execute(statement);
  }, 60_000);
  afterAll(() => test?.dispose());

  const planOf = async (query: { toSQL(): { sql: string; params: unknown[] } }): Promise<PlanNode[]> => {
    const { sql: text, params } = query.toSQL();
    // Literal statuses: a prepared statement's generic plan can use the partial index too.
    expect(params).toEqual([]);
    const [row] = await selectRows<{ 'QUERY PLAN': unknown }>(test.database.db, sql.raw(`explain (format json) ${text}`));
    const plan = row?.['QUERY PLAN'];
    const [root] = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
    return flatten(root!.Plan);
  };

  it('finds the nodes in flight from the unfinished runs, by primary key, without scanning run_nodes', async () => {
    const nodes = await selectNodesInFlight(test.database.db);
    expect(nodes).toHaveLength(6 * 6);
    expect(new Set(nodes.map((node) => node.status))).toEqual(new Set(['queued', 'running']));
    const plan = await planOf(selectNodesInFlight(test.database.db));
    expect(plan.filter((node) => node['Relation Name'] === 'run_nodes' && node['Node Type'] === 'Seq Scan')).toEqual([]);
    const indexes = plan.map((node) => node['Index Name']).filter(Boolean);
    expect(indexes).toContain('runs_unfinished_idx');
    expect(indexes).toContain('run_nodes_pk');
  });

  it('finds the unfinished runs with no unfinished node left the same way', async () => {
    expect(await selectRunsLeftOpen(test.database.db)).toEqual([{ id: `run${'6007'.padStart(20, '0')}` }]);
    const plan = await planOf(selectRunsLeftOpen(test.database.db));
    expect(plan.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
    const indexes = plan.map((node) => node['Index Name']).filter(Boolean);
    expect(indexes).toContain('runs_unfinished_idx');
    expect(indexes).toContain('run_nodes_pk');
  });
});
