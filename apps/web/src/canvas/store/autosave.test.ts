import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GRAPH_SCHEMA_VERSION, type GraphDocument } from '@pc/graph';
import { ApiProblem } from '../../api/problem.js';
import type { GraphRecord } from '../../api/types.js';
import { createAutosave } from './autosave.js';
import { createCanvasStore, immediately } from './canvas-store.js';

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
  const store = createCanvasStore({ scheduleValidation: immediately });
  store.getState().load(record(1));
  const api = {
    saveGraph: vi.fn(async (_id: string, document: GraphDocument, revision: number) => record(revision + 1, document)),
    getGraph: vi.fn(async () => record(7)),
  };
  const autosave = createAutosave({ store, api, delayMs: 600 });
  return { store, api, autosave, status: () => store.getState().session.save.status };
};

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves 600 ms after the last edit, with If-Match of the base revision', async () => {
    const { store, api, status } = setup();
    store.getState().addNode('character', { x: 0, y: 0 });
    await vi.advanceTimersByTimeAsync(400);
    store.getState().addNode('scene', { x: 300, y: 0 });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.saveGraph).not.toHaveBeenCalled();
    expect(status()).toBe('dirty');
    await vi.advanceTimersByTimeAsync(200);
    expect(api.saveGraph).toHaveBeenCalledTimes(1);
    const [id, document, revision] = api.saveGraph.mock.calls[0]!;
    expect(id).toBe('g1');
    expect(revision).toBe(1);
    expect(document.nodes.map((node) => node.type)).toEqual(['character', 'scene']);
    expect(status()).toBe('saved');
    expect(store.getState().session.graph?.revision).toBe(2);
  });

  it('stays unsaved when an edit lands during a save, then saves again on the new revision', async () => {
    const { store, api, status } = setup();
    let release: () => void = () => {};
    api.saveGraph.mockImplementationOnce(
      (_id, document, revision) => new Promise((resolve) => (release = () => resolve(record(revision + 1, document)))),
    );
    store.getState().addNode('character', { x: 0, y: 0 });
    await vi.advanceTimersByTimeAsync(600);
    expect(status()).toBe('saving');
    store.getState().addNode('scene', { x: 300, y: 0 });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(status()).toBe('dirty');
    await vi.advanceTimersByTimeAsync(600);
    expect(api.saveGraph).toHaveBeenCalledTimes(2);
    expect(api.saveGraph.mock.calls[1]![2]).toBe(2);
    expect(status()).toBe('saved');
  });

  it('on 412 shows a conflict, keeps the local edits, and stops saving until the user decides', async () => {
    const { store, api, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(412, 'revision_conflict', 'Revision 1 is stale'));
    store.getState().addNode('character', { x: 0, y: 0 });
    await vi.advanceTimersByTimeAsync(600);
    expect(status()).toBe('conflict');
    store.getState().addNode('scene', { x: 300, y: 0 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.saveGraph).toHaveBeenCalledTimes(1);
    expect(Object.keys(store.getState().document.nodes)).toHaveLength(2);
  });

  it('"Keep mine" saves the local document over the latest server revision', async () => {
    const { store, api, autosave, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(412, 'revision_conflict', 'stale'));
    store.getState().addNode('character', { x: 0, y: 0 });
    await vi.advanceTimersByTimeAsync(600);
    await autosave.overwriteServer();
    expect(api.saveGraph).toHaveBeenLastCalledWith('g1', expect.objectContaining({ nodes: [expect.objectContaining({ type: 'character' })] }), 7);
    expect(status()).toBe('saved');
  });

  it('"Reload" replaces the local document with the server version', async () => {
    const { store, api, autosave, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(412, 'revision_conflict', 'stale'));
    store.getState().addNode('character', { x: 0, y: 0 });
    await vi.advanceTimersByTimeAsync(600);
    await autosave.reloadFromServer();
    expect(store.getState().document.nodes).toEqual({});
    expect(store.getState().session.graph?.revision).toBe(7);
    expect(status()).toBe('saved');
  });

  it('shows a refused save (422) with its detail and retries on demand', async () => {
    const { store, api, autosave, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(422, 'invalid_document', 'The graph has blocking problems'));
    store.getState().addNode('character', { x: 0, y: 0 });
    await vi.advanceTimersByTimeAsync(600);
    expect(status()).toBe('error');
    expect(store.getState().session.save.problem?.message).toBe('The graph has blocking problems');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.saveGraph).toHaveBeenCalledTimes(1);
    await autosave.flush();
    expect(status()).toBe('saved');
  });

  it('retries by itself while the server is unreachable', async () => {
    const { store, api, status } = setup();
    api.saveGraph.mockRejectedValueOnce(problem(0, 'network_error', 'Cannot reach the server'));
    store.getState().addNode('character', { x: 0, y: 0 });
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
