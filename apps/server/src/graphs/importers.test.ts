import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { importGraph } from './importers.js';

const graph = {
  schemaVersion: 1,
  nodes: [{ id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } }],
  edges: [],
};

describe('importing JSON', () => {
  it('reads GraphJSON as an object or as text', async () => {
    expect((await importGraph('json', graph)).document.nodes.map((node) => node.id)).toEqual(['anna']);
    expect((await importGraph('json', JSON.stringify(graph))).document.nodes.map((node) => node.id)).toEqual(['anna']);
  });

  it('reads a Project JSON export for its graph and its name', async () => {
    const project = { format: 'pcanvas-project', version: 1, name: 'Episode 1', revision: 3, graph, outputs: {} };
    const imported = await importGraph('json', JSON.stringify(project));
    expect(imported.document.nodes.map((node) => node.id)).toEqual(['anna']);
    expect(imported.name).toBe('Episode 1');
  });

  it('points into the project file when its graph is broken', async () => {
    const broken = { format: 'pcanvas-project', name: 'x', graph: { schemaVersion: 1, nodes: 'no', edges: [] } };
    try {
      await importGraph('json', broken);
      expect.unreachable('a broken graph imported');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).errors?.map((e) => e.path)).toContain('source.graph.nodes');
    }
  });

  it('still refuses an object that is neither', async () => {
    await expect(importGraph('json', { format: 'something-else', graph })).rejects.toThrow(ApiError);
  });
});
