import { emptyGraphDocument } from '@pc/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendGraphDocUpdate, appendGraphDocUpdates, compactGraphDocState, loadGraphDocState, seedGraphDocSnapshot, writeGraphProjection } from './graph-doc-state.js';
import { deleteGraph, findGraph, findGraphWorkspaceId, insertGraph } from './graphs.js';
import { getOrCreateServerSecret } from './server-secrets.js';
import { castSceneShotDocument, createTestAccount, createTestDatabase, type TestAccount, type TestDatabase } from './testing/index.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe.each(['pglite', 'postgres'] as const)('graph document state on %s', (kind) => {
  let test: TestDatabase;
  let account: TestAccount;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    account = await createTestAccount(test.database.db);
  });
  afterAll(() => test?.dispose());
  const db = () => test.database.db;
  const newGraph = () => insertGraph(db(), { workspaceId: account.workspaceId, name: 'Doc', document: emptyGraphDocument() });

  it('seeds once: the second seed is refused and the first one stays', async () => {
    const graph = await newGraph();
    expect(await loadGraphDocState(db(), graph.id)).toEqual({ snapshot: undefined, updates: [] });
    expect(await seedGraphDocSnapshot(db(), graph.id, bytes(1, 2))).toBe(true);
    expect(await seedGraphDocSnapshot(db(), graph.id, bytes(9))).toBe(false);
    const state = await loadGraphDocState(db(), graph.id);
    expect(Array.from(state.snapshot!.state)).toEqual([1, 2]);
  });

  it('appends updates in order and folds them into the snapshot, deleting exactly those', async () => {
    const graph = await newGraph();
    await seedGraphDocSnapshot(db(), graph.id, bytes(0));
    const first = await appendGraphDocUpdate(db(), graph.id, bytes(1));
    const second = await appendGraphDocUpdate(db(), graph.id, bytes(2, 2), { serialised: kind === 'pglite' });
    expect(second).toBeGreaterThan(first);
    const loaded = await loadGraphDocState(db(), graph.id);
    expect(loaded.updates.map((row) => Array.from(row.update))).toEqual([[1], [2, 2]]);

    let seen: number[][] = [];
    const result = await compactGraphDocState(db(), graph.id, (snapshot, updates) => {
      seen = [Array.from(snapshot!), ...updates.map((update) => Array.from(update))];
      return bytes(7, 7, 7);
    });
    expect(seen).toEqual([[0], [1], [2, 2]]);
    expect(result).toEqual({ folded: 2, bytes: 3 });
    const after = await loadGraphDocState(db(), graph.id);
    expect(after).toEqual({ snapshot: { state: expect.anything(), seqUpto: second }, updates: [] });
    expect(Array.from(after.snapshot!.state)).toEqual([7, 7, 7]);
    expect(await compactGraphDocState(db(), graph.id, () => bytes())).toEqual({ folded: 0, bytes: 3 });
  });

  it('appends one row to each of several graphs in one batch, after what each log held', async () => {
    const [a, b] = [await newGraph(), await newGraph()];
    await appendGraphDocUpdate(db(), a.id, bytes(1));
    await appendGraphDocUpdates(
      db(),
      [
        { graphId: b.id, update: bytes(5) },
        { graphId: a.id, update: bytes(2) },
      ],
      { serialised: kind === 'pglite' },
    );
    expect((await loadGraphDocState(db(), a.id)).updates.map((row) => Array.from(row.update))).toEqual([[1], [2]]);
    expect((await loadGraphDocState(db(), b.id)).updates.map((row) => Array.from(row.update))).toEqual([[5]]);
  });

  it('writes the projection only when it changed, bumping the revision', async () => {
    const graph = await newGraph();
    expect(await writeGraphProjection(db(), graph.id, emptyGraphDocument())).toEqual({ kind: 'unchanged' });
    expect(await writeGraphProjection(db(), graph.id, castSceneShotDocument())).toEqual({ kind: 'written', revision: 2 });
    expect(await findGraph(db(), graph.id)).toMatchObject({ revision: 2, nodeCount: 3, edgeCount: 2, document: castSceneShotDocument() });
    expect(await writeGraphProjection(db(), graph.id, castSceneShotDocument())).toEqual({ kind: 'unchanged' });
    await deleteGraph(db(), { id: graph.id });
    expect(await writeGraphProjection(db(), graph.id, emptyGraphDocument())).toEqual({ kind: 'not_found' });
  });

  it('finds the workspace of a live graph only', async () => {
    const graph = await newGraph();
    expect(await findGraphWorkspaceId(db(), graph.id)).toBe(account.workspaceId);
    await deleteGraph(db(), { id: graph.id });
    expect(await findGraphWorkspaceId(db(), graph.id)).toBeUndefined();
  });

  it('creates a server secret once; every caller gets the stored one', async () => {
    const first = await getOrCreateServerSecret(db(), 'test-secret', () => 'alpha');
    const second = await getOrCreateServerSecret(db(), 'test-secret', () => 'beta');
    expect([first, second]).toEqual(['alpha', 'alpha']);
  });
});
