import { emptyGraphDocument } from '@pc/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findGraphRevision, listGraphRevisions, restoreGraphRevision, snapshotGraph } from './graph-revisions.js';
import { deleteGraph, findGraph, insertGraph, replaceGraphDocument } from './graphs.js';
import { castSceneShotDocument, createTestAccount, createTestDatabase, type TestAccount, type TestDatabase } from './testing/index.js';

describe.each(['pglite', 'postgres'] as const)('graph revisions on %s', (kind) => {
  let test: TestDatabase;
  let account: TestAccount;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    account = await createTestAccount(test.database.db);
  });
  afterAll(() => test?.dispose());
  const db = () => test.database.db;

  it('snapshots the live document once per revision; the first message wins', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Snap', document: castSceneShotDocument() });
    const first = await snapshotGraph(db(), { graphId: graph.id, message: 'first cut' });
    const again = await snapshotGraph(db(), { graphId: graph.id, message: 'ignored' });
    expect(first).toMatchObject({ kind: 'snapshot', created: true, revision: { revision: 1, message: 'first cut', nodeCount: 3, edgeCount: 2 } });
    expect(again).toMatchObject({ kind: 'snapshot', created: false, revision: { revision: 1, message: 'first cut' } });
    expect((await findGraphRevision(db(), graph.id, 1))?.document).toEqual(castSceneShotDocument());
  });

  it('names a snapshot a run took without one, once', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Ran first', document: castSceneShotDocument() });
    const byRun = await snapshotGraph(db(), { graphId: graph.id });
    expect(byRun).toMatchObject({ created: true, revision: { revision: 1, message: null } });
    const named = await snapshotGraph(db(), { graphId: graph.id, message: 'Locked for the table read' });
    expect(named).toMatchObject({ created: false, revision: { revision: 1, message: 'Locked for the table read' } });
    const renamed = await snapshotGraph(db(), { graphId: graph.id, message: 'second name' });
    expect(renamed).toMatchObject({ created: false, revision: { message: 'Locked for the table read' } });
    const unnamedAgain = await snapshotGraph(db(), { graphId: graph.id });
    expect(unnamedAgain).toMatchObject({ created: false, revision: { message: 'Locked for the table read' } });
    expect((await findGraphRevision(db(), graph.id, 1))?.document).toEqual(castSceneShotDocument());
  });

  it('restores a snapshot as a new revision, snapshotting the replaced state first', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Undoable', document: castSceneShotDocument() });
    await snapshotGraph(db(), { graphId: graph.id });
    await replaceGraphDocument(db(), { id: graph.id, expectedRevision: 1, document: emptyGraphDocument() });
    const restored = await restoreGraphRevision(db(), { graphId: graph.id, revision: 1 });
    expect(restored).toMatchObject({ kind: 'restored', graph: { revision: 3, nodeCount: 3, edgeCount: 2 } });
    expect((await findGraph(db(), graph.id))?.document).toEqual(castSceneShotDocument());
    const before = await findGraphRevision(db(), graph.id, 2);
    expect(before).toMatchObject({ message: 'Before restoring revision 1', nodeCount: 0 });
  });

  it('explains why a restore did not happen', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Refusals', document: emptyGraphDocument() });
    expect(await restoreGraphRevision(db(), { graphId: graph.id, revision: 9 })).toEqual({ kind: 'revision_not_found' });
    expect(await restoreGraphRevision(db(), { graphId: graph.id, revision: 1, expectedRevision: 4 })).toEqual({
      kind: 'revision_conflict',
      currentRevision: 1,
    });
    expect(await restoreGraphRevision(db(), { graphId: 'gr_missing', revision: 1 })).toEqual({ kind: 'not_found' });
  });

  it('lists snapshots newest first in pages', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'History', document: emptyGraphDocument() });
    for (let revision = 1; revision <= 5; revision += 1) {
      await snapshotGraph(db(), { graphId: graph.id, message: `r${revision}` });
      await replaceGraphDocument(db(), { id: graph.id, expectedRevision: revision, document: emptyGraphDocument() });
    }
    const first = await listGraphRevisions(db(), { graphId: graph.id, limit: 3 });
    if (first.kind !== 'page') throw new Error(first.kind);
    expect(first.revisions.map((revision) => revision.revision)).toEqual([5, 4, 3]);
    const second = await listGraphRevisions(db(), { graphId: graph.id, limit: 3, cursor: first.nextCursor ?? undefined });
    if (second.kind !== 'page') throw new Error(second.kind);
    expect(second.revisions.map((revision) => revision.revision)).toEqual([2, 1]);
    expect(second.nextCursor).toBeNull();
  });

  it('hides the snapshots of a deleted graph', async () => {
    const graph = await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Gone', document: emptyGraphDocument() });
    await snapshotGraph(db(), { graphId: graph.id });
    await deleteGraph(db(), { id: graph.id });
    expect(await findGraphRevision(db(), graph.id, 1)).toBeUndefined();
    expect(await listGraphRevisions(db(), { graphId: graph.id, limit: 10 })).toEqual({ kind: 'not_found' });
    expect(await snapshotGraph(db(), { graphId: graph.id })).toEqual({ kind: 'not_found' });
  });
});
