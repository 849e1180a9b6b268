import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNode, GRAPH_SCHEMA_VERSION, type GraphDocument } from '@pc/graph';
import type { Run, RunNode } from '../../api/types.js';
import { createCanvas } from '../store/canvas.js';
import { reduceRun, type RunNodeState } from './run-reducer.js';
import { mergeLatest, setLive } from './run-store.js';
import type { LatestResult } from './latest-results.js';
import { findStaleNodes as findStale } from './stale.js';
import { aRun, aRunNode } from './testing/runs.js';
import { createStaleWatch } from './stale-watch.js';

const origin = { x: 0, y: 0 };
const harbour = (): GraphDocument => ({
  schemaVersion: GRAPH_SCHEMA_VERSION,
  nodes: [
    createNode('character', { id: 'anna', position: origin, data: { name: 'ANNA' } }),
    createNode('scene', { id: 'sc1', position: origin, data: { sceneNumber: '1' } }),
    createNode('shot', { id: 'sh1', position: origin, data: { shotNumber: '1A' } }),
    createNode('shot', { id: 'sh2', position: origin, data: { shotNumber: '1B' } }),
  ],
  edges: [
    { id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
    { id: 'e2', source: 'sc1', sourceHandle: 'scene', target: 'sh1', targetHandle: 'scene' },
    { id: 'e3', source: 'sc1', sourceHandle: 'scene', target: 'sh2', targetHandle: 'scene' },
  ],
});
const edit = (document: GraphDocument, nodeId: string, data: Record<string, unknown>): GraphDocument => ({
  ...document,
  nodes: document.nodes.map((node) => (node.id === nodeId ? { ...node, data: { ...node.data, ...data } } : node)),
});

const runNode = (nodeId: string, status: RunNode['status'] = 'succeeded'): RunNode => aRunNode(nodeId, { status });
const runOf = (nodes: RunNode[]): Run => aRun(nodes);
const states = (nodes: RunNode[]): Record<string, RunNodeState> => reduceRun(null, { kind: 'snapshot', eventId: 1, run: runOf(nodes) })?.nodes ?? {};

/** One run's nodes, judged against that run's revision. */
const findStaleNodes = (current: GraphDocument, atRun: GraphDocument, nodes: Record<string, RunNodeState>) =>
  findStale(current, Object.values(nodes).map((node) => ({ node, revision: 3 })), new Map([[3, atRun]]));

describe('findStaleNodes', () => {
  const done = states(['anna', 'sc1', 'sh1', 'sh2'].map((id) => runNode(id)));

  it('marks nothing while the document is the run’s revision, or only moved or annotated', () => {
    expect(findStaleNodes(harbour(), harbour(), done)).toEqual([]);
    const moved = { ...harbour(), nodes: harbour().nodes.map((node) => ({ ...node, position: { x: 40, y: 90 } })) };
    expect(findStaleNodes(edit(moved, 'sh1', { notes: 'check the lens' }), harbour(), done)).toEqual([]);
  });

  it('marks an edited node and what is downstream of it', () => {
    expect(findStaleNodes(edit(harbour(), 'sh1', { lensMm: 85 }), harbour(), done)).toEqual(['sh1']);
    expect(findStaleNodes(edit(harbour(), 'sc1', { synopsis: 'Fog rolls in.' }), harbour(), done)).toEqual(['sc1', 'sh1', 'sh2']);
    const unwired = { ...harbour(), edges: harbour().edges.filter((edge) => edge.id !== 'e3') };
    expect(findStaleNodes(unwired, harbour(), done)).toEqual(['sh2']);
  });

  it('only marks nodes that show an output, and ignores nodes no longer in the document', () => {
    const mixed = states([runNode('sh1', 'failed'), runNode('sh2', 'cached'), runNode('sc1', 'skipped')]);
    expect(findStaleNodes(edit(harbour(), 'sc1', { synopsis: 'Rain.' }), harbour(), mixed)).toEqual(['sh2']);
    const removed = { ...harbour(), nodes: harbour().nodes.filter((node) => node.id !== 'sh1') };
    expect(findStaleNodes(edit(removed, 'sc1', { synopsis: 'Rain.' }), harbour(), done)).toEqual(['sc1', 'sh2']);
  });

  it('judges each card against the revision of the run that produced its result', () => {
    // sh1 ran again at revision 4 with a longer lens; the others are from the full run at revision 3.
    const atFour = edit(harbour(), 'sh1', { lensMm: 85 });
    const shown = [
      ...['anna', 'sc1', 'sh2'].map((id) => ({ node: done[id]!, revision: 3 })),
      { node: done['sh1']!, revision: 4 },
    ];
    const revisions = new Map([
      [3, harbour()],
      [4, atFour],
    ]);
    expect(findStale(atFour, shown, revisions)).toEqual([]);
    // Against one revision only (as before), sh1 read as stale though its card shows the new lens's frame.
    expect(findStaleNodes(atFour, harbour(), done)).toEqual(['sh1']);
    expect(findStale(edit(atFour, 'sh2', { lensMm: 24 }), shown, revisions)).toEqual(['sh2']);
    // A revision not fetched (yet) judges nothing.
    expect(findStale(edit(atFour, 'sh1', { lensMm: 24 }), shown, new Map([[3, harbour()]]))).toEqual([]);
  });
});

const finishedNode = (nodeId: string): RunNodeState => states([runNode(nodeId)])[nodeId]!;

describe('the stale watch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fetches the run’s revision once and follows edits to the document', async () => {
    const canvas = createCanvas({ graph: { id: 'g1', name: 'Harbour', revision: 3, document: harbour() } });
    const getRevision = vi.fn(async (_graphId: string, revision: number) => ({ graphId: 'g1', revision, message: null, createdAt: '2026-01-01T00:00:00Z', document: harbour() }));
    const watch = createStaleWatch({ canvas, api: { getRevision }, debounceMs: 50 });
    setLive(canvas.runs, reduceRun(null, { kind: 'snapshot', eventId: 1, run: runOf(['anna', 'sc1', 'sh1', 'sh2'].map((id) => runNode(id))) }));
    await vi.advanceTimersByTimeAsync(60);
    expect(canvas.runs.getState().stale).toEqual([]);

    canvas.doc.execute({ kind: 'UpdateFields', id: 'sh2', fields: { lensMm: 85 } });
    await vi.advanceTimersByTimeAsync(60);
    expect(canvas.runs.getState().stale).toEqual(['sh2']);

    canvas.doc.execute({ kind: 'UpdateFields', id: 'sh2', fields: { lensMm: 35 } });
    await vi.advanceTimersByTimeAsync(60);
    expect(canvas.runs.getState().stale).toEqual([]);
    expect(getRevision).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('judges cards showing results of different runs each against its own run’s revision', async () => {
    const atFour = edit(harbour(), 'sh1', { lensMm: 85 });
    const canvas = createCanvas({ graph: { id: 'g1', name: 'Harbour', revision: 4, document: atFour } });
    const getRevision = vi.fn(async (_graphId: string, revision: number) => ({ graphId: 'g1', revision, message: null, createdAt: '2026-01-01T00:00:00Z', document: revision === 4 ? atFour : harbour() }));
    const watch = createStaleWatch({ canvas, api: { getRevision }, debounceMs: 50 });
    const result = (nodeId: string, revision: number): LatestResult => ({ ...finishedNode(nodeId), runId: `run-r${revision}`, revision, runCreatedAt: `2026-01-0${revision}T00:00:00.000Z` });
    mergeLatest(canvas.runs, [result('anna', 3), result('sc1', 3), result('sh2', 3), result('sh1', 4)]);
    await vi.advanceTimersByTimeAsync(60);
    expect(canvas.runs.getState().stale).toEqual([]);
    expect(getRevision.mock.calls.map(([, revision]) => revision).sort()).toEqual([3, 4]);

    canvas.doc.execute({ kind: 'UpdateFields', id: 'sh2', fields: { lensMm: 85 } });
    await vi.advanceTimersByTimeAsync(60);
    expect(canvas.runs.getState().stale).toEqual(['sh2']);
    watch.stop();
  });
});
