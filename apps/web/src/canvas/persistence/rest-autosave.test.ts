import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GRAPH_SCHEMA_VERSION, type GraphDocument } from '@pc/graph';
import { ApiProblem } from '../../api/problem.js';
import type { GraphRecord } from '../../api/types.js';
import { createCanvas } from '../store/canvas.js';
import { createRestAutosave } from './rest-autosave.js';

const emptyDoc: GraphDocument = { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [], edges: [] };

const record = (revision: number, document: GraphDocument = emptyDoc): GraphRecord => ({
  id: 'g1',
  name: 'Pilot',
  workspaceId: 'w1',
  revision,
  document,
  issues: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const problem = (status: number, code: string, detail: string) => new ApiProblem({ type: 'about:blank', title: 'Problem', status, code, detail });

const setup = () => {
  const canvas = createCanvas({ graph: { id: 'g1', name: 'Pilot', revision: 1, document: emptyDoc } });
  const api = {
    saveGraph: vi.fn(async (_id: string, document: GraphDocument, revision: number) => record(revision + 1, document)),
    getGraph: vi.fn(async () => record(7)),
  };
  const autosave = createRestAutosave({ canvas, api, delayMs: 600 });
  const add = (type: string, x = 0) => canvas.doc.execute({ kind: 'AddNodes', nodes: [{ type, position: { x, y: 0 } }] });
  return { canvas, api, autosave, add, status: () => canvas.session.getState().save.status };
};

describe('REST autosave of the Y.Doc', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves 600 ms after the last edit, with If-Match of the base revision', async () => {
    const { canvas, api, add, status } = setup();
    add('character');
    await vi.advanceTimersByTimeAsync(400);
    add('scene', 300);
    await vi.advanceTimersByTimeAsync(400);
    expect(api.saveGraph).not.toHaveBeenCalled();
    expect(status()).toBe('dirty');
    await vi.advanceTimersByTimeAsync(200);
    expect(api.saveGraph).toHaveBeenCalledTimes(1);
    const [id, document, revision] = api.saveGraph.mock.calls[0]!;
    expect(id).toBe('g1');
    expect(revision).toBe(1);
    expect(document.nodes.map((node) => node.type).sort()).toEqual(['character', 'scene']);
    expect(status()).toBe('saved');
    expect(canvas.session.getState().graph.revision).toBe(2);
  });

  it('saves an undo like any other edit', async () => {
    const { canvas, api, add, status } = setup();
    add('character');
    await vi.advanceTimersByTimeAsync(600);
    canvas.undo();
    expect(status()).toBe('dirty');
    await vi.advanceTimersByTimeAsync(600);
    expect(api.saveGraph).toHaveBeenCalledTimes(2);
    expect(api.saveGraph.mock.calls[1]![1].nodes).toEqual([]);
  });

  it('stays unsaved when an edit lands during a save, then saves again on the new revision', async () => {
    const { api, add, status } = setup();
    let release: () => void = () => {};
    api.saveGraph.mockImplementationOnce(
      (_id, document, revision) => new Promise((resolve) => (release = () => resolve(record(revision + 1, document)))),
    );
    add('character');
    await vi.advanceTimersByTimeAsync(600);
    expect(status()).toBe('saving');
    add('scene', 300);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(status()).toBe('dirty');
    await vi.advanceTimersByTimeAsync(600);
    expect(api.saveGraph).toHaveBeenCalledTimes(2);
    expect(api.saveGraph.mock.calls[1]![2]).toBe(2);
    expect(status()).toBe('saved');
  });

  it('on 412 shows a conflict, keeps the local edits, and stops saving until the user decides', async () => {
    const { canvas, api, add, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(412, 'revision_conflict', 'Revision 1 is stale'));
    add('character');
    await vi.advanceTimersByTimeAsync(600);
    expect(status()).toBe('conflict');
    add('scene', 300);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.saveGraph).toHaveBeenCalledTimes(1);
    expect(canvas.doc.store.getState().nodeIds).toHaveLength(2);
  });

  it('"Keep mine" saves the local document over the latest server revision', async () => {
    const { api, autosave, add, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(412, 'revision_conflict', 'stale'));
    add('character');
    await vi.advanceTimersByTimeAsync(600);
    await autosave.overwriteServer();
    expect(api.saveGraph).toHaveBeenLastCalledWith('g1', expect.objectContaining({ nodes: [expect.objectContaining({ type: 'character' })] }), 7);
    expect(status()).toBe('saved');
  });

  it('"Reload" makes the document the server version, without an undo step or a save', async () => {
    const { canvas, api, autosave, add, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(412, 'revision_conflict', 'stale'));
    add('character');
    await vi.advanceTimersByTimeAsync(600);
    await autosave.reloadFromServer();
    expect(canvas.doc.store.getState().nodeIds).toEqual([]);
    expect(canvas.session.getState().graph.revision).toBe(7);
    expect(status()).toBe('saved');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.saveGraph).toHaveBeenCalledTimes(1);
  });

  it('shows a refused save (422) with its detail and retries on demand', async () => {
    const { canvas, api, autosave, add, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(422, 'invalid_document', 'The graph has blocking problems'));
    add('character');
    await vi.advanceTimersByTimeAsync(600);
    expect(status()).toBe('error');
    expect(canvas.session.getState().save.problem?.message).toBe('The graph has blocking problems');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.saveGraph).toHaveBeenCalledTimes(1);
    await autosave.flush();
    expect(status()).toBe('saved');
  });

  it('retries by itself while the server is unreachable', async () => {
    const { api, add, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(0, 'network_error', 'Cannot reach the server'));
    add('character');
    await vi.advanceTimersByTimeAsync(600);
    expect(status()).toBe('error');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.saveGraph).toHaveBeenCalledTimes(2);
    expect(status()).toBe('saved');
  });

  it('does not save a document that is already on the server', async () => {
    const { api, autosave } = setup();
    await autosave.flush();
    expect(api.saveGraph).not.toHaveBeenCalled();
  });
});
