import { batchItems } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../testing/runs.js';
import { character, graphOf } from '../testing/script.js';
import { loadBatchView } from './batch-view.js';
import { finishBatchItem } from './item-finish.js';
import { submitBatch } from './submit-batch.js';

/*
 * The batch's SSE stream opens with the view and `id` = the row's finish counter: the two
 * must come from one snapshot, or an item finishing in between is counted in the view and
 * then sent again as an event after it.
 */
describe('loadBatchView', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
  }, 60_000);
  afterAll(() => test?.dispose());

  it('reads the finish counter and the counts in one snapshot, even when an item finishes during the read', async () => {
    const db = test.database.db;
    const seeded = await seedGraph(db, graphOf([character('anna')], []));
    const submitted = await submitBatch(db, {
      workspaceId: seeded.workspaceId,
      graphId: seeded.graphId,
      revision: seeded.revision,
      createdBy: seeded.userId,
      idempotencyKey: 'view-snapshot',
      requestHash: 'h',
      priority: 'normal',
      concurrency: 2,
      items: [{ overrides: {} }, { overrides: {} }],
      maxActivePerUser: 10,
    });
    if (submitted.kind !== 'created') throw new Error(submitted.kind);
    const batchId = submitted.batchId;
    await db.update(batchItems).set({ status: 'running' }).where(eq(batchItems.batchId, batchId));

    // An item finishes right after the view's first statement answers: one statement sees
    // both the counter and the items, two would straddle the finish.
    const client = (db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client;
    const query = client.query.bind(client);
    let finished: Awaited<ReturnType<typeof finishBatchItem>>;
    client.query = async (...args) => {
      const result = await query(...args);
      if (finished === undefined && /from "batches"/.test(String(args[0]))) {
        finished = await finishBatchItem(db, { batchId, index: 0, runId: null }, 'succeeded', null, new Date());
      }
      return result;
    };
    const found = await loadBatchView(db, batchId).finally(() => (client.query = query));
    expect(finished?.seq).toBe(1);
    const { counts } = found!.view;
    expect(counts.succeeded + counts.failed + counts.cancelled).toBe(found!.row.finishedSeq);

    const [item] = await db.select().from(batchItems).where(and(eq(batchItems.batchId, batchId), eq(batchItems.index, 0)));
    expect(item?.status).toBe('succeeded');
  });
});
