import { runNodes, type Database } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import type { GraphDocument } from '@pc/graph';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBus } from '../events/event-bus.js';
import { runChannel, type EngineEvent } from '../events/events.js';
import type { JobQueue } from '../queue/job-queue.js';
import { instrumentedFunctions, seedGraph } from '../testing/runs.js';
import { diamond, productionDesk } from '../testing/script.js';
import { waitFor } from '../testing/wait.js';
import { createRunEngine, type DependantsAdd, type RunEngine } from './run-engine.js';

/** A queue and a bus for one engine; closed by the suite. */
export interface EngineTransport {
  queue: JobQueue;
  bus: EventBus;
  /** The engine's `dependantsAdd`; default its own (`awaited`). */
  dependantsAdd?: DependantsAdd;
}

const edit = (graph: GraphDocument, nodeId: string, data: Record<string, unknown>): GraphDocument => {
  const copy = structuredClone(graph);
  const node = copy.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) throw new Error(`no node ${nodeId}`);
  Object.assign(node.data, data);
  return copy;
};

/**
 * The orchestration specification: every database × queue combination runs it.
 */
export const describeRunEngine = (name: string, kind: 'postgres' | 'pglite', createTransport: () => Promise<EngineTransport> | EngineTransport) => {
  describe(`run engine: ${name}`, () => {
    let test: TestDatabase;
    let database: Database;
    let transport: EngineTransport;
    let engine: RunEngine;
    let instrumented: ReturnType<typeof instrumentedFunctions>;

    beforeAll(async () => {
      test = await createTestDatabase(kind);
      database = test.database;
      transport = await createTransport();
      instrumented = instrumentedFunctions();
      engine = createRunEngine({
        db: database.db,
        queue: transport.queue,
        bus: transport.bus,
        functions: instrumented.functions,
        leaseMs: 5_000,
        ...(transport.dependantsAdd ? { dependantsAdd: transport.dependantsAdd } : {}),
      });
      engine.startWorkers({ cpu: 2, io: 2 });
    }, 60_000);
    afterAll(async () => {
      await transport?.queue.close({ deadlineMs: 1_000 });
      await transport?.bus.close();
      await test?.dispose();
    });

    const finished = async (runId: string, timeoutMs = 20_000) => {
      await waitFor(async () => ['succeeded', 'failed', 'cancelled'].includes((await engine.getRun(runId))?.status ?? ''), `run ${runId} to finish`, timeoutMs);
      const run = await engine.getRun(runId);
      if (!run) throw new Error('run vanished');
      return run;
    };
    const statuses = (run: { nodes: { nodeId: string; status: string }[] }) => Object.fromEntries(run.nodes.map((node) => [node.nodeId, node.status]));
    const executed = (from: number) => instrumented.executions.slice(from).sort();

    it('runs each node of a diamond exactly once, in dependency order, and publishes events', async () => {
      const graph = await seedGraph(database.db, diamond());
      const from = instrumented.executions.length;
      const events: EngineEvent[] = [];
      const { id, status } = await engine.submitRun({ ...graph, revision: graph.revision });
      expect(status).toBe('queued');
      const unsubscribe = await transport.bus.subscribe(runChannel(id), (event) => void events.push(event));
      const run = await finished(id);
      await unsubscribe();
      expect(run.status).toBe('succeeded');
      expect(statuses(run)).toEqual({ anna: 'succeeded', sc1: 'succeeded', sc2: 'succeeded', sh1a: 'succeeded', sh2a: 'succeeded' });
      expect(executed(from)).toEqual(['anna', 'sc1', 'sc2', 'sh1a', 'sh2a']);
      const order = instrumented.executions.slice(from);
      expect(order.indexOf('anna')).toBeLessThan(order.indexOf('sc1'));
      expect(order.indexOf('sc1')).toBeLessThan(order.indexOf('sh1a'));
      const sh1a = run.nodes.find((node) => node.nodeId === 'sh1a');
      expect(sh1a?.outputs?.values).toHaveProperty('prompt');
      expect(Object.keys(sh1a?.outputs?.artifacts ?? {})).toContain('frame.svg');
      expect(sh1a?.outputs?.artifacts['frame.svg']).toMatchObject({ mediaType: 'image/svg+xml', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(run.startedAt).not.toBeNull();
      expect(run.finishedAt).not.toBeNull();
      expect(sh1a?.attempts).toBe(1);
      // Best-effort, but on a healthy bus the final event arrives.
      await waitFor(() => events.some((event) => event.kind === 'run.status' && event.status === 'succeeded'), 'run.status succeeded');
      expect(events.filter((event) => event.kind === 'node.status' && event.status === 'succeeded')).toHaveLength(5);
    });

    it('runs the production nodes on their upstream outputs: timeline, shot list, breakdown, continuity, export; a Note runs nothing', async () => {
      const graph = await seedGraph(database.db, productionDesk());
      const run = await finished((await engine.submitRun({ ...graph, revision: graph.revision })).id, 40_000);
      expect(run.status).toBe('succeeded');
      const values = (id: string) => run.nodes.find((node) => node.nodeId === id)?.outputs?.values ?? {};
      expect(values('cut')['timeline']).toMatchObject({
        durationFrames: 84,
        clips: [{ clipName: 'SC001_SH001A', recordInTimecode: '01:00:00:00' }, { clipName: 'SC001_SH001B', recordOutTimecode: '01:00:03:12' }],
        audio: [{ track: 'A4', cue: 'AMB-1', recordIn: 0, recordOut: 48 }],
      });
      expect(values('list')['report']).toMatchObject({ kind: 'shotList', rows: [{ shotNumber: '1A', cast: ['ANNA'] }, { shotNumber: '1B' }] });
      expect(values('bd')['report']).toMatchObject({ kind: 'breakdown', scenes: [{ elements: { cast: ['ANNA'], prop: ['THE LETTER'] } }] });
      expect(values('cc')['report']).toMatchObject({ kind: 'continuity', findings: [] });
      expect(values('edl')['export']).toMatchObject({ fileName: 'edl.edl', ready: true, source: { nodeId: 'cut', kind: 'timeline' } });
      expect(values('memo')).toEqual({});
    });

    it('executes nothing when an unchanged graph runs again: every node cached', async () => {
      const graph = await seedGraph(database.db, diamond());
      await finished((await engine.submitRun({ ...graph, revision: graph.revision })).id);
      const from = instrumented.executions.length;
      const again = await engine.submitRun({ ...graph, revision: graph.revision });
      expect(again.status).toBe('succeeded');
      const run = await finished(again.id);
      expect(executed(from)).toEqual([]);
      expect(new Set(Object.values(statuses(run)))).toEqual(new Set(['cached']));
      expect(run.nodes.find((node) => node.nodeId === 'sh2a')?.outputs?.values).toHaveProperty('frame');
    });

    it('re-runs only the edited Shot; a changed note re-runs nothing', async () => {
      const graph = await seedGraph(database.db, diamond());
      await finished((await engine.submitRun({ ...graph, revision: graph.revision })).id);
      const lensChanged = edit(diamond(), 'sh1a', { lensMm: 85 });
      const revision = await graph.edit(lensChanged);
      let from = instrumented.executions.length;
      const run = await finished((await engine.submitRun({ ...graph, revision })).id);
      expect(executed(from)).toEqual(['sh1a']);
      expect(statuses(run)).toMatchObject({ anna: 'cached', sc1: 'cached', sc2: 'cached', sh1a: 'succeeded', sh2a: 'cached' });

      const noted = await graph.edit(edit(lensChanged, 'sc2', { notes: 'Rain? Ask the DP', tags: ['night'], color: '#4f46e5' }));
      from = instrumented.executions.length;
      const notedRun = await finished((await engine.submitRun({ ...graph, revision: noted })).id);
      expect(executed(from)).toEqual([]);
      expect(notedRun.status).toBe('succeeded');
    });

    it('runs a selection and what is downstream of it; its inputs come from the cache', async () => {
      const graph = await seedGraph(database.db, diamond());
      await finished((await engine.submitRun({ ...graph, revision: graph.revision })).id);
      const revision = await graph.edit(edit(diamond(), 'sc2', { synopsis: 'They argue about the boat.' }));
      const from = instrumented.executions.length;
      const run = await finished((await engine.submitRun({ ...graph, revision, nodeIds: ['sc2'] })).id);
      expect(executed(from)).toEqual(['sc2', 'sh2a']);
      expect(statuses(run)).toEqual({ anna: 'cached', sc2: 'succeeded', sh2a: 'succeeded' });
      expect(run.nodes.find((node) => node.nodeId === 'anna')?.role).toBe('input');
    });

    it('publishes the progress a function reports as throttled node.progress events', async () => {
      const graph = await seedGraph(database.db, edit(diamond(), 'anna', { identityBlock: 'ANNA, progress variant' }));
      instrumented.progressing.add('sh2a');
      // Anna waits until we listen, so no event is missed.
      let release = () => {};
      instrumented.holding.set('anna', new Promise<void>((resolve) => (release = resolve)));
      try {
        const events: EngineEvent[] = [];
        const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
        const unsubscribe = await transport.bus.subscribe(runChannel(id), (event) => void events.push(event));
        release();
        expect((await finished(id)).status).toBe('succeeded');
        await waitFor(async () => events.some((event) => event.kind === 'run.status' && event.status === 'succeeded'), 'the final event', 10_000);
        await unsubscribe();
        const progress = events.flatMap((event) => (event.kind === 'node.progress' && event.runId === id ? [event] : []));
        // Only Shots report (the storyboard frame's stages); sh2a's function also reported ¼, ½, 1 in one tick.
        expect(new Set(progress.map((event) => event.nodeId))).toEqual(new Set(['sh1a', 'sh2a']));
        const sh2a = progress.filter((event) => event.nodeId === 'sh2a');
        // A burst: the first report goes out at once, the rest are coalesced (or dropped once the node is done).
        expect(sh2a[0]).toMatchObject({ progress: 0.25, message: 'At 25%' });
        expect(sh2a.length).toBeLessThan(4);
        const fractions = sh2a.map((event) => event.progress);
        expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
        // The storyboard frame is one of the Shot's functions: its stages are scaled into its share of the node.
        const frame = progress.find((event) => event.nodeId === 'sh1a');
        expect(frame?.message).toBe('Drawing frame');
        expect(frame?.progress).toBeGreaterThan(0);
        expect(frame?.progress).toBeLessThan(1);
      } finally {
        release();
        instrumented.holding.delete('anna');
        instrumented.progressing.delete('sh2a');
      }
    }, 30_000);

    it('fails a node whose function throws, skips its descendants, and fails the run', async () => {
      const graph = await seedGraph(database.db, edit(diamond(), 'anna', { identityBlock: 'ANNA, failing variant' }));
      instrumented.failing.add('sc1');
      try {
        const run = await finished((await engine.submitRun({ ...graph, revision: graph.revision })).id);
        expect(run.status).toBe('failed');
        expect(statuses(run)).toEqual({ anna: 'succeeded', sc1: 'failed', sc2: 'succeeded', sh1a: 'skipped', sh2a: 'succeeded' });
        expect(run.nodes.find((node) => node.nodeId === 'sc1')?.error).toMatchObject({ message: 'sc1 is set to fail' });
      } finally {
        instrumented.failing.delete('sc1');
      }
    });

    it('a claim lost in a Postgres crash (claims are not flushed): the node completes once and its dependants run', async () => {
      const graph = await seedGraph(database.db, edit(diamond(), 'anna', { identityBlock: 'ANNA, lost claim variant' }));
      let release = () => {};
      instrumented.holding.set('sc1', new Promise<void>((resolve) => (release = resolve)));
      try {
        const from = instrumented.executions.length;
        const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
        await waitFor(async () => (await engine.getRun(id))?.nodes.find((node) => node.nodeId === 'sc1')?.status === 'running', 'sc1 running', 10_000);
        // What crash recovery leaves when the claim's commit had not reached the disk: the row as before it.
        await database.db
          .update(runNodes)
          .set({ status: 'queued', startedAt: null, heartbeatAt: null })
          .where(and(eq(runNodes.runId, id), eq(runNodes.nodeId, 'sc1')));
        release();
        const run = await finished(id);
        expect(run.status).toBe('succeeded');
        expect(statuses(run)).toEqual({ anna: 'succeeded', sc1: 'succeeded', sc2: 'succeeded', sh1a: 'succeeded', sh2a: 'succeeded' });
        expect(executed(from)).toEqual(['anna', 'sc1', 'sc2', 'sh1a', 'sh2a']);
        const sc1 = run.nodes.find((node) => node.nodeId === 'sc1');
        expect(sc1).toMatchObject({ attempts: 1, startedAt: expect.any(Date) });
      } finally {
        release();
        instrumented.holding.delete('sc1');
      }
    });

    it('cancel stops the remaining nodes and aborts the running one', async () => {
      const graph = await seedGraph(database.db, edit(diamond(), 'anna', { identityBlock: 'ANNA, cancel variant' }));
      instrumented.holding.set('anna', new Promise(() => {}));
      try {
        const from = instrumented.executions.length;
        const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
        await waitFor(async () => (await engine.getRun(id))?.nodes.find((node) => node.nodeId === 'anna')?.status === 'running', 'anna running', 10_000);
        expect(await engine.cancel(id)).toMatchObject({ kind: 'cancelled' });
        const run = await finished(id);
        expect(run.status).toBe('cancelled');
        expect(new Set(Object.values(statuses(run)))).toEqual(new Set(['cancelled']));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(executed(from)).toEqual(['anna']);
        expect(await engine.cancel(id)).toMatchObject({ kind: 'already_final', status: 'cancelled' });
      } finally {
        instrumented.holding.delete('anna');
      }
    });

    it('cancel removes the run\'s waiting jobs from the queue', async () => {
      const graph = await seedGraph(database.db, edit(diamond(), 'anna', { identityBlock: 'ANNA, waiting cancel variant' }));
      await transport.queue.pause();
      try {
        const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
        await waitFor(async () => Object.values(await transport.queue.counts()).some((counts) => counts.waiting > 0), 'the root job to wait');
        expect(await engine.cancel(id)).toMatchObject({ kind: 'cancelled' });
        const counts = await transport.queue.counts();
        expect(Object.values(counts).reduce((sum, lane) => sum + lane.waiting, 0)).toBe(0);
      } finally {
        await transport.queue.resume();
      }
    });

    it('refuses a revision that does not exist', async () => {
      const graph = await seedGraph(database.db, diamond());
      await expect(engine.submitRun({ ...graph, revision: 99 })).rejects.toThrow(/does not exist/);
    });
  });
};
