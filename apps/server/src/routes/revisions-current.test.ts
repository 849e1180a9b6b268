// First: the harness loads the app (zod-openapi before @pc/graph).
import { eventually, startCollabHarness, type CollabHarness, type HttpUser } from '../test/collab-harness.js';
import { getNodesMap } from '@pc/document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';

/*
 * GET /graphs/:id/revisions names the graph's revision now, so the web app marks the
 * snapshot that is the graph as it is ("current", no Restore). With the projection held
 * back (a minute here, 2 s in production), a collaborator's move is still only in the room.
 */
describe("the revisions' graphRevision", () => {
  let harness: CollabHarness;
  let owner: HttpUser;
  beforeAll(async () => {
    harness = await startCollabHarness('pglite', { timings: { projectionDebounceMs: 60_000, projectionMaxWaitMs: 60_000 } });
    owner = await harness.signUp('Owner');
  });
  afterAll(() => harness?.dispose());

  const firstPage = async (graphId: string) => (await (await owner.call('GET', `/graphs/${graphId}/revisions`)).json()) as { revisions: { revision: number }[]; graphRevision: number };

  it('is the snapshot just taken, then moves on with an edit the projection has not written yet', async () => {
    const graphId = await harness.createGraph(owner, harbourScene());
    const snapshot = await owner.call('POST', `/graphs/${graphId}/revisions`, { message: 'Locked' });
    expect(snapshot.status).toBe(201);
    const { revision } = (await snapshot.json()) as { revision: number };
    expect(await firstPage(graphId)).toMatchObject({ revisions: [{ revision }], graphRevision: revision });

    const editor = harness.connect(graphId, owner);
    const watcher = harness.connect(graphId, owner);
    await Promise.all([editor.synced, watcher.synced]);
    editor.command({ kind: 'MoveNodes', moves: [{ id: 'sh1a', position: { x: 40, y: 80 } }] });
    // The server has the move once another client is sent it.
    await eventually(() => expect(getNodesMap(watcher.doc).get('sh1a')?.get('position')).toEqual({ x: 40, y: 80 }));
    // Read straight away, it is no longer the snapshot's (it was, for the projection's delay).
    const page = await firstPage(graphId);
    expect(page.revisions[0]!.revision).toBe(revision);
    expect(page.graphRevision).toBeGreaterThan(revision);
    editor.destroy();
    watcher.destroy();
  });
});
