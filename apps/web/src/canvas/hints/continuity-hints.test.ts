import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentStore, createGraphDoc } from '@pc/document';
import { createNode, GRAPH_SCHEMA_VERSION } from '@pc/graph';
import * as graph from '@pc/graph';
import { createContinuityHints } from './continuity-hints.js';
import { createHintsStore } from './hints-store.js';

vi.mock('@pc/graph', async (importOriginal) => {
  const actual = await importOriginal<typeof graph>();
  return { ...actual, checkContinuity: vi.fn(actual.checkContinuity) };
});

const at = { x: 0, y: 0 };
const open = () => {
  const doc = createDocumentStore({
    ydoc: createGraphDoc({
      schemaVersion: GRAPH_SCHEMA_VERSION,
      nodes: [createNode('scene', { id: 'sc12', position: at, data: { sceneNumber: '12' } })],
      edges: [],
    }),
  });
  const hints = createHintsStore();
  const live = createContinuityHints({ document: doc.store, hints, delayMs: 400 });
  return { doc, hints, live };
};

describe('live continuity hints', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(graph.checkContinuity).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('start with the graph’s findings, grouped per node', () => {
    const { hints, live } = open();
    expect(hints.getState().findings.map((finding) => finding.code)).toEqual(['SCENE_NO_SHOTS']);
    expect(hints.getState().byNode['sc12']).toEqual({ severity: 'info', messages: ['Scene 12 has no shots yet.'], quiet: true });
    live.destroy();
  });

  it('run again once edits pause, not on every edit, and not for moves', () => {
    const { doc, hints, live } = open();
    expect(graph.checkContinuity).toHaveBeenCalledTimes(1);
    doc.execute({ kind: 'AddNodes', nodes: [{ type: 'shot', id: 'a', position: at, data: { shotNumber: '12A', shotSize: 'CU' } }] });
    doc.execute({ kind: 'Connect', source: 'sc12', sourceHandle: 'scene', target: 'a', targetHandle: 'scene' });
    vi.advanceTimersByTime(399);
    expect(graph.checkContinuity).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(graph.checkContinuity).toHaveBeenCalledTimes(2);
    expect(hints.getState().findings.map((finding) => finding.code)).toEqual(['SCENE_NO_MASTER']);

    doc.execute({ kind: 'MoveNodes', moves: [{ id: 'a', position: { x: 300, y: 40 } }] });
    vi.advanceTimersByTime(400);
    expect(graph.checkContinuity).toHaveBeenCalledTimes(2);
    live.destroy();
  });
});
