import { appendGraphDocUpdate, insertGraph, loadGraphDocState } from '@pc/db';
import { createTestAccount, createTestDatabase, type TestAccount, type TestDatabase } from '@pc/db/testing';
import { createGraphDoc, loadGraphDocument, toGraphDocument } from '@pc/document';
import type { GraphDocument } from '@pc/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { harbourScene } from '../test/documents.js';
import { compactStoredDoc, loadStoredDoc } from './doc-store.js';
import { createStoredDocWriter } from './stored-doc-writer.js';

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
  const newGraph = async (document: GraphDocument) => (await insertGraph(db(), { workspaceId: account.workspaceId, name: 'Stored', document })).id;

  it('seeds a graph never opened and appends one diff row per real change, none for no change', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    expect(await writer.write(graphId, harbourScene())).toBeUndefined();
    expect(await writer.write(graphId, moved(harbourScene(), 5))).toBeDefined();
    expect(await writer.write(graphId, moved(harbourScene(), 6))).toBeDefined();
    expect(await writer.write(graphId, moved(harbourScene(), 6))).toBeUndefined();
    const state = await loadGraphDocState(db(), graphId);
    expect(state.updates).toHaveLength(2);
    expect(await stored(graphId)).toEqual(asStored(moved(harbourScene(), 6)));
    writer.close();
  });

  it('catches up with what others appended since its last write, and merges with it', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    await writer.write(graphId, moved(harbourScene(), 1));
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
    await writer.write(graphId, next);
    expect(await stored(graphId)).toEqual(asStored(next));
    writer.close();
  });

  it('reloads when the log was compacted past its replica', async () => {
    const writer = createStoredDocWriter(db(), { serialised: kind === 'pglite' });
    const graphId = await newGraph(harbourScene());
    await writer.write(graphId, moved(harbourScene(), 1));
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
    await writer.write(graphId, next);
    expect(await stored(graphId)).toEqual(asStored(next));
    writer.close();
  });
});
