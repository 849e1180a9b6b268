import { emptyGraphDocument } from '@pc/graph';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteGraph, findGraph, findGraphAccess, insertGraph, listGraphs, renameGraph, replaceGraphDocument } from './graphs.js';
import { isGraphId } from './ids.js';
import { selectRows } from './raw-rows.js';
import { castSceneShotDocument, createTestAccount, createTestDatabase, type TestAccount, type TestDatabase } from './testing/index.js';
import { addWorkspaceMember } from './workspaces.js';

describe.each(['pglite', 'postgres'] as const)('graphs on %s', (kind) => {
  let test: TestDatabase;
  let account: TestAccount;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    account = await createTestAccount(test.database.db);
  });
  afterAll(() => test?.dispose());
  const db = () => test.database.db;

  it('finds a live graph\'s workspace, revision and a member\'s role in one query; nothing for others or once deleted', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Access', document: emptyGraphDocument() });
    const viewer = await createTestAccount(db(), 'Viewer');
    const stranger = await createTestAccount(db(), 'Stranger');
    await addWorkspaceMember(db(), { workspaceId: account.workspaceId, userId: viewer.user.id, role: 'viewer' });
    expect(await findGraphAccess(db(), graph.id, account.user.id)).toEqual({ workspaceId: account.workspaceId, role: 'owner', revision: 1 });
    expect(await findGraphAccess(db(), graph.id, viewer.user.id)).toEqual({ workspaceId: account.workspaceId, role: 'viewer', revision: 1 });
    expect(await findGraphAccess(db(), graph.id, stranger.user.id)).toBeUndefined();
    await deleteGraph(db(), { id: graph.id });
    expect(await findGraphAccess(db(), graph.id, account.user.id)).toBeUndefined();
  });

  it('creates a graph at revision 1 with counts from its document', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Pilot', document: castSceneShotDocument() });
    expect(isGraphId(graph.id)).toBe(true);
    expect(graph).toMatchObject({ name: 'Pilot', workspaceId: account.workspaceId, revision: 1, nodeCount: 3, edgeCount: 2 });
    expect(await findGraph(db(), graph.id)).toEqual(graph);
  });

  it('stores the document as a jsonb object, not a JSON string', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Typed', document: castSceneShotDocument() });
    const [row] = await selectRows<{ type: string }>(db(), sql`select jsonb_typeof(document) as type from graphs where id = ${graph.id}`);
    expect(row?.type).toBe('object');
  });

  it('compresses the document column with lz4 where Postgres has it (PGlite keeps pglz), and a big document reads back whole', async () => {
    const [column] = await selectRows<{ compression: string }>(
      db(),
      sql`select attcompression as compression from pg_attribute where attrelid = 'graphs'::regclass and attname = 'document'`,
    );
    expect(column?.compression).toBe(kind === 'postgres' ? 'l' : '');
    const big = castSceneShotDocument();
    big.nodes[0]!.data = { ...big.nodes[0]!.data, notes: 'Fog over the harbour at dawn. '.repeat(4_000) };
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Long notes', document: big });
    const [stored] = await selectRows<{ method: string | null }>(db(), sql`select pg_column_compression(document) as method from graphs where id = ${graph.id}`);
    expect(stored?.method).toBe(kind === 'postgres' ? 'lz4' : 'pglz');
    expect((await findGraph(db(), graph.id))?.document).toEqual(big);
  });

  it('lets exactly one of two writers based on the same revision win', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Contested', document: emptyGraphDocument() });
    const write = () => replaceGraphDocument(db(), { id: graph.id, expectedRevision: 1, document: castSceneShotDocument() });
    const results = await Promise.all([write(), write(), write()]);
    expect(results.map((result) => result.kind).sort()).toEqual(['revision_conflict', 'revision_conflict', 'written']);
    expect(results.find((result) => result.kind === 'revision_conflict')).toEqual({ kind: 'revision_conflict', currentRevision: 2 });
  });

  it('renames without taking a new revision, and writes unconditionally without an expected revision', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Old', document: emptyGraphDocument() });
    const renamed = await renameGraph(db(), { id: graph.id, name: 'New' });
    expect(renamed).toMatchObject({ kind: 'written', graph: { name: 'New', revision: 1 } });
    if (renamed.kind !== 'written') throw new Error(renamed.kind);
    expect(renamed.graph.updatedAt.getTime()).toBeGreaterThanOrEqual(graph.updatedAt.getTime());
    expect(await renameGraph(db(), { id: graph.id, name: 'Newer', expectedRevision: 2 })).toEqual({
      kind: 'revision_conflict',
      currentRevision: 1,
    });
  });

  it('hides a deleted graph from reads and writes', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Doomed', document: emptyGraphDocument() });
    expect((await deleteGraph(db(), { id: graph.id, expectedRevision: 1 })).kind).toBe('written');
    expect(await findGraph(db(), graph.id)).toBeUndefined();
    expect(await renameGraph(db(), { id: graph.id, name: 'Back' })).toEqual({ kind: 'not_found' });
  });

  it('pages through every graph exactly once, most recently updated first, across equal timestamps', async () => {
    // Same transaction, same now(): the id tiebreak is what keeps pages apart.
    await test.database.db.transaction(async (tx) => {
      for (let index = 0; index < 7; index += 1) await insertGraph(tx, { workspaceId: account.workspaceId, name: `Tie ${index}`, document: emptyGraphDocument() });
    });
    const seen: { id: string; updatedAt: Date }[] = [];
    let cursor: string | undefined;
    do {
      const page = await listGraphs(db(), { readableBy: account.user.id, limit: 3, cursor });
      if (page.kind !== 'page') throw new Error(page.kind);
      seen.push(...page.graphs);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const [row] = await selectRows<{ count: number }>(db(), sql`select count(*)::int as count from graphs where deleted_at is null`);
    expect(seen).toHaveLength(row?.count ?? -1);
    expect(new Set(seen.map((graph) => graph.id)).size).toBe(seen.length);
    const sorted = [...seen].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : -1));
    expect(seen).toEqual(sorted);
  });

  it('refuses a cursor it did not make', async () => {
    expect(await listGraphs(db(), { readableBy: account.user.id, limit: 3, cursor: 'bm90LWEtY3Vyc29y' })).toEqual({ kind: 'invalid_cursor' });
  });
});
