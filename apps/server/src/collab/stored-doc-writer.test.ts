import { appendGraphDocUpdate, findGraph, insertGraph, loadGraphDocState, replaceGraphDocument, type GraphWriteResult } from '@pc/db';
import { createTestAccount, createTestDatabase, type TestAccount, type TestDatabase } from '@pc/db/testing';
import { createGraphDoc, loadGraphDocument, toGraphDocument } from '@pc/document';
import type { GraphDocument } from '@pc/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { harbourScene } from '../test/documents.js';
import { compactStoredDoc, loadStoredDoc } from './doc-store.js';
import { createStoredDocWriter, type StoredDocWriter } from './stored-doc-writer.js';

/** What the stored state reads back as for `document` (every text field present, sorted). */
const asStored = (document: GraphDocument): GraphDocument => {
  const doc = createGraphDoc(document);
  const read = toGraphDocument(doc);
  doc.destroy();
  return read;
};

const moved = (document: GraphDocument, x: number): GraphDocument => ({
  ...document,
  nodes: document.nodes.map((node, index) => (index === 0 ? { ...node, position: { x, y: node.position.y } } : node)),
});

describe.each(['postgres', 'pglite'] as const)('REST writes to the stored state on %s', (kind) => {
  let test: TestDatabase;
  let account: TestAccount;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    account = await createTestAccount(test.database.db);
  }, 60_000);
  afterAll(() => test?.dispose());
  const db = () => test.database.db;
  const stored = async (graphId: string) => {
    const doc = new Y.Doc();
    await loadStoredDoc(db(), graphId, doc);
    const document = toGraphDocument(doc);
    doc.destroy();
    return document;
  };
  /** A PUT: the projection and the Yjs diff, as the route writes them (its diff made before the lock). */
  const put = async (writer: StoredDocWriter, graphId: string, document: GraphDocument) =>
    (
      await writer.write(graphId, [
        {
          store: (tx, options) => replaceGraphDocument(tx, { id: graphId, document }, options),
          documentOf: (stored) => ((stored as GraphWriteResult).kind === 'written' ? document : undefined),
          document,
        },
      ])
    ).update;
  const newGraph = async (document: GraphDocument) => (await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Stored', document })).id;

  it('seeds a graph never opened and appends one diff row per real change, none for no change', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    expect(await put(writer, graphId, harbourScene())).toBeUndefined();
    expect(await put(writer, graphId, moved(harbourScene(), 5))).toBeDefined();
    expect(await put(writer, graphId, moved(harbourScene(), 6))).toBeDefined();
    expect(await put(writer, graphId, moved(harbourScene(), 6))).toBeUndefined();
    const state = await loadGraphDocState(db(), graphId);
    expect(state.updates).toHaveLength(2);
    expect(await stored(graphId)).toEqual(asStored(moved(harbourScene(), 6)));
    // The projection was sent as the text serialised before the lock: the same document.
    expect((await findGraph(db(), graphId))!.document).toEqual(moved(harbourScene(), 6));
    writer.close();
  });

  it('catches up with what others appended since its last write, and merges with it', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    await put(writer, graphId, moved(harbourScene(), 1));
    // Another process (or a room) appends an edit of another node.
    const other = new Y.Doc();
    await loadStoredDoc(db(), graphId, other);
    const elsewhere = toGraphDocument(other);
    const renamed = elsewhere.nodes.find((node) => node.type === 'character')!;
    renamed.data = { ...renamed.data, name: 'Renamed elsewhere' };
    const updates: Uint8Array[] = [];
    other.on('update', (update: Uint8Array) => updates.push(update));
    loadGraphDocument(other, elsewhere);
    await appendGraphDocUpdate(db(), graphId, Y.mergeUpdates(updates), { serialised: kind === 'pglite' });
    other.destroy();
    // This write's document still has the old name: its diff is against the caught-up
    // replica, so the stored state takes its name back (a REST PUT replaces the document).
    const next = moved(harbourScene(), 2);
    await put(writer, graphId, next);
    expect(await stored(graphId)).toEqual(asStored(next));
    writer.close();
  });

  it('reloads when the log was compacted past its replica', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    await put(writer, graphId, moved(harbourScene(), 1));
    const other = new Y.Doc();
    await loadStoredDoc(db(), graphId, other);
    const extra = toGraphDocument(other);
    extra.nodes.push({ id: 'cora', type: 'character', position: { x: 0, y: 0 }, data: { name: 'Cora' } });
    const updates: Uint8Array[] = [];
    other.on('update', (update: Uint8Array) => updates.push(update));
    loadGraphDocument(other, extra);
    await appendGraphDocUpdate(db(), graphId, Y.mergeUpdates(updates), { serialised: kind === 'pglite' });
    other.destroy();
    await compactStoredDoc(db(), graphId);
    // Its replica never saw Cora's row (now folded into the snapshot): were it used as is,
    // the diff would not delete her.
    const next = moved(harbourScene(), 3);
    await put(writer, graphId, next);
    expect(await stored(graphId)).toEqual(asStored(next));
    writer.close();
  });

  it('writes a batch in one transaction: the projection and the log end at its last document', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    await put(writer, graphId, moved(harbourScene(), 1));
    const rows = (await loadGraphDocState(db(), graphId)).updates.length;
    const batch = [7, 8, 9].map((x) => ({
      store: (tx: Parameters<typeof replaceGraphDocument>[0]) => replaceGraphDocument(tx, { id: graphId, document: moved(harbourScene(), x) }),
      documentOf: (stored: unknown) => ((stored as GraphWriteResult).kind === 'written' ? moved(harbourScene(), x) : undefined),
    }));
    const written = (await writer.write(graphId, batch)).stored;
    expect(written.map((result) => (result as Extract<GraphWriteResult, { kind: 'written' }>).graph.revision)).toEqual([3, 4, 5]);
    expect((await loadGraphDocState(db(), graphId)).updates).toHaveLength(rows + 1);
    expect(await stored(graphId)).toEqual(asStored(moved(harbourScene(), 9)));
    expect((await findGraph(db(), graphId))!.document.nodes[0]!.position.x).toBe(9);
    writer.close();
  });

  it('sends a batch\'s guarded writes together, run in order: each one expects the revision the one before took', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    // Revision 1 now; the writes expect 1, 2, 3, … and every other one defers its document.
    let started = 0;
    const startedWhenDone: number[] = [];
    const batch = [41, 42, 43, 44, 45, 46].map((x, index) => ({
      store: async (tx: Parameters<typeof replaceGraphDocument>[0], options: { deferDocument: boolean }) => {
        started += 1;
        const result = await replaceGraphDocument(tx, { id: graphId, document: moved(harbourScene(), x), expectedRevision: index + 1 }, options);
        startedWhenDone.push(started);
        return result;
      },
      documentOf: (stored: unknown) => ((stored as GraphWriteResult).kind === 'written' ? moved(harbourScene(), x) : undefined),
      deferrable: index % 2 === 0,
      document: moved(harbourScene(), x),
    }));
    const { stored: results } = await writer.write(graphId, batch);
    expect(results.map((result) => (result as Extract<GraphWriteResult, { kind: 'written' }>).graph.revision)).toEqual([2, 3, 4, 5, 6, 7]);
    // Sent together (one round trip under the lock), not one after another's answer.
    expect(startedWhenDone[0]).toBe(6);
    expect((await findGraph(db(), graphId))!.document.nodes[0]!.position.x).toBe(46);
    expect(await stored(graphId)).toEqual(asStored(moved(harbourScene(), 46)));
    writer.close();
  });

  it('sends the document of a batch once, and stores a deferred one when the writes after it are refused', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    const putAt = (x: number, expectedRevision?: number) => ({
      store: (tx: Parameters<typeof replaceGraphDocument>[0], options: { deferDocument: boolean }) =>
        replaceGraphDocument(tx, { id: graphId, document: moved(harbourScene(), x), expectedRevision }, options),
      documentOf: (stored: unknown) => ((stored as GraphWriteResult).kind === 'written' ? moved(harbourScene(), x) : undefined),
      deferrable: true,
    });
    // 21 and 22 are written (revisions 2 and 3); 23 expects revision 1 and is refused.
    const { stored: results } = await writer.write(graphId, [putAt(21), putAt(22), putAt(23, 1)]);
    expect(results.map((result) => (result as GraphWriteResult).kind)).toEqual(['written', 'written', 'revision_conflict']);
    const graph = (await findGraph(db(), graphId))!;
    expect(graph.revision).toBe(3);
    expect(graph.document.nodes[0]!.position.x).toBe(22);
    expect(await stored(graphId)).toEqual(asStored(moved(harbourScene(), 22)));
    writer.close();
  });

  it('drops a replica whose diff before the lock was refused: the same document written next still reaches the log', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    await put(writer, graphId, moved(harbourScene(), 1));
    const refusedDocument = moved(harbourScene(), 2);
    const refused = await writer.write(graphId, [
      {
        store: (tx) => replaceGraphDocument(tx, { id: graphId, expectedRevision: 99, document: refusedDocument }),
        documentOf: (stored) => ((stored as GraphWriteResult).kind === 'written' ? refusedDocument : undefined),
        document: refusedDocument,
      },
    ]);
    expect((refused.stored[0] as GraphWriteResult).kind).toBe('revision_conflict');
    // Were the replica kept with the refused diff in it, this write would find nothing to log.
    expect(await put(writer, graphId, moved(harbourScene(), 2))).toBeDefined();
    expect(await stored(graphId)).toEqual(asStored(moved(harbourScene(), 2)));
    writer.close();
  });

  it('completes a diff made before the lock when the last write of the batch is refused', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    await put(writer, graphId, moved(harbourScene(), 1));
    const putAt = (x: number, expectedRevision?: number) => ({
      store: (tx: Parameters<typeof replaceGraphDocument>[0]) => replaceGraphDocument(tx, { id: graphId, document: moved(harbourScene(), x), expectedRevision }),
      documentOf: (stored: unknown) => ((stored as GraphWriteResult).kind === 'written' ? moved(harbourScene(), x) : undefined),
      document: moved(harbourScene(), x),
    });
    // Diffed early: x = 32 (the last write's); stored: x = 31 (32 expects revision 1).
    await writer.write(graphId, [putAt(31), putAt(32, 1)]);
    expect(await stored(graphId)).toEqual(asStored(moved(harbourScene(), 31)));
    await put(writer, graphId, moved(harbourScene(), 32));
    expect(await stored(graphId)).toEqual(asStored(moved(harbourScene(), 32)));
    writer.close();
  });

  it('writes neither the projection nor the log when the write is refused or fails', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    await put(writer, graphId, moved(harbourScene(), 1));
    const before = await loadGraphDocState(db(), graphId);
    const refused = await writer.write(graphId, [
      {
        store: (tx) => replaceGraphDocument(tx, { id: graphId, expectedRevision: 99, document: moved(harbourScene(), 2) }),
        documentOf: (stored) => ((stored as GraphWriteResult).kind === 'written' ? moved(harbourScene(), 2) : undefined),
      },
    ]);
    expect((refused.stored[0] as GraphWriteResult).kind).toBe('revision_conflict');
    await expect(
      writer.write(graphId, [
        { store: (tx) => replaceGraphDocument(tx, { id: graphId, document: moved(harbourScene(), 3) }), documentOf: () => moved(harbourScene(), 3) },
        {
          store: async () => {
            throw new Error('the request failed half-way');
          },
          documentOf: () => undefined,
        },
      ]),
    ).rejects.toThrow('half-way');
    expect((await loadGraphDocState(db(), graphId)).updates).toHaveLength(before.updates.length);
    expect((await findGraph(db(), graphId))!.document.nodes[0]!.position.x).toBe(1);
    // And the replica it dropped is rebuilt: the next write still lands.
    await put(writer, graphId, moved(harbourScene(), 4));
    expect(await stored(graphId)).toEqual(asStored(moved(harbourScene(), 4)));
    writer.close();
  });
});
