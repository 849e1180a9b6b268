import { insertGraph, loadGraphDocState, newGraphId } from '@pc/db';
import { createTestAccount, createTestDatabase, type TestAccount, type TestDatabase } from '@pc/db/testing';
import { emptyGraphDocument } from '@pc/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdateBatcher } from './update-batcher.js';

describe.each(['pglite', 'postgres'] as const)('update batcher on %s', (kind) => {
  let test: TestDatabase;
  let account: TestAccount;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    account = await createTestAccount(test.database.db);
  });
  afterAll(() => test?.dispose());
  const db = () => test.database.db;
  const newGraph = () => insertGraph(db(), { workspaceId: account.workspaceId, name: 'Batch', document: emptyGraphDocument() });
  const rows = async (graphId: string) => (await loadGraphDocState(db(), graphId)).updates.map((row) => Array.from(row.update));

  it('writes the flushes of one turn together, and a bad row fails only its own flush', async () => {
    const append = createUpdateBatcher(db(), kind === 'pglite');
    const [a, b] = [await newGraph(), await newGraph()];
    const results = await Promise.allSettled([
      append(a.id, Uint8Array.of(1)),
      append(newGraphId(), Uint8Array.of(9)), // no such graph: the foreign key refuses it
      append(b.id, Uint8Array.of(2)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await rows(a.id)).toEqual([[1]]);
    expect(await rows(b.id)).toEqual([[2]]);

    await Promise.all([append(a.id, Uint8Array.of(3)), append(b.id, Uint8Array.of(4))]);
    expect(await rows(a.id)).toEqual([[1], [3]]);
    expect(await rows(b.id)).toEqual([[2], [4]]);
  });
});
