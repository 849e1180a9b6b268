import { describe, expect, it } from 'vitest';
import { bodyOf, type ApiHarness } from '../test/harness.js';
import { harbourScene, loneShot } from '../test/documents.js';

/**
 * The API working as intended, run against every database engine (see api.*.test.ts).
 * Each test makes its own graphs, so tests share one database per engine.
 */
export function describeApiHappyPaths(harness: () => ApiHarness): void {
  const call = (...args: Parameters<ApiHarness['call']>) => harness().call(...args);
  const createGraph = async (body: Record<string, unknown> = { name: 'Harbour', document: harbourScene() }) => {
    const response = await call('POST', '/graphs', body);
    expect(response.status).toBe(201);
    return bodyOf(response);
  };

  describe('node types', () => {
    it('lists the catalogue with a JSON Schema per type', async () => {
      const body = await bodyOf(await call('GET', '/node-types'));
      expect(body.nodeTypes.map((type: { type: string }) => type.type)).toEqual([
        'character', 'scene', 'shot', 'location', 'style', 'script', 'prop', 'camera', 'sequence', 'dialogue', 'audio', 'timeline',
        'shotList', 'breakdownReport', 'continuityCheck', 'export', 'note',
      ]);
      expect(body.nodeTypes[2].fieldsSchema).toMatchObject({ type: 'object', properties: { lensMm: { type: 'number' } } });
    });
  });

  describe('graphs', () => {
    it('creates a graph at revision 1, with its location and ETag', async () => {
      const workspaceId = harness().owner.workspaceId;
      const response = await call('POST', '/graphs', { name: '  Harbour  ', workspaceId, document: harbourScene() });
      const graph = await bodyOf(response);
      expect(response.status).toBe(201);
      expect(response.headers.get('Location')).toBe(`/api/v1/graphs/${graph.id}`);
      expect(response.headers.get('ETag')).toBe('"1"');
      expect(graph).toMatchObject({ name: 'Harbour', workspaceId, revision: 1, document: harbourScene(), issues: [] });
      expect(graph.id).toMatch(/^gr_[0-9a-z]{16}$/);
      expect(Date.parse(graph.createdAt)).not.toBeNaN();
    });

    it('creates an empty graph when no document is given', async () => {
      const graph = await createGraph({ name: 'Blank' });
      expect(graph.document).toEqual({ schemaVersion: 1, nodes: [], edges: [] });
    });

    it('saves unfinished work and reports it as issues', async () => {
      const graph = await createGraph({ name: 'Unfinished', document: loneShot() });
      expect(graph.issues).toEqual([expect.objectContaining({ code: 'shot_missing_scene', nodeId: 'sh2a' })]);
    });

    it('reads a graph with its ETag, and answers 304 to a matching If-None-Match', async () => {
      const created = await createGraph();
      const response = await call('GET', `/graphs/${created.id}`);
      expect(response.headers.get('ETag')).toBe('"1"');
      expect(await bodyOf(response)).toEqual(created);
      const cached = await call('GET', `/graphs/${created.id}`, undefined, { 'If-None-Match': '"1"' });
      expect(cached.status).toBe(304);
      expect(await cached.text()).toBe('');
    });

    it('replaces the document with If-Match, taking the next revision', async () => {
      const created = await createGraph({ name: 'Draft', document: loneShot() });
      const response = await call('PUT', `/graphs/${created.id}`, { document: harbourScene(), name: 'Final' }, { 'If-Match': '"1"' });
      expect(response.status).toBe(200);
      expect(response.headers.get('ETag')).toBe('"2"');
      expect(await bodyOf(response)).toMatchObject({ revision: 2, name: 'Final', document: harbourScene(), issues: [] });
      const stale = await call('GET', `/graphs/${created.id}`, undefined, { 'If-None-Match': '"1"' });
      expect(stale.status).toBe(200);
    });

    it('overwrites whatever is there with If-Match: *', async () => {
      const created = await createGraph();
      const response = await call('PUT', `/graphs/${created.id}`, { document: loneShot() }, { 'If-Match': '*' });
      expect(await bodyOf(response)).toMatchObject({ revision: 2 });
    });

    it('renames a graph without a new revision, so a pending save based on it still lands', async () => {
      const created = await createGraph();
      const response = await call('PATCH', `/graphs/${created.id}`, { name: 'Harbour (director’s cut)' });
      expect(response.headers.get('ETag')).toBe('"1"');
      expect(await bodyOf(response)).toMatchObject({ name: 'Harbour (director’s cut)', revision: 1, document: harbourScene() });
      const save = await call('PUT', `/graphs/${created.id}`, { document: loneShot() }, { 'If-Match': '"1"' });
      expect(await bodyOf(save)).toMatchObject({ name: 'Harbour (director’s cut)', revision: 2 });
    });

    it('deletes a graph; it is gone from reads and lists afterwards', async () => {
      const created = await createGraph();
      const response = await call('DELETE', `/graphs/${created.id}`);
      expect(response.status).toBe(204);
      expect((await call('GET', `/graphs/${created.id}`)).status).toBe(404);
      const list = await bodyOf(await call('GET', '/graphs?limit=100'));
      expect(list.graphs.map((graph: { id: string }) => graph.id)).not.toContain(created.id);
    });

    it('lists graphs most recently updated first, in pages that cover each graph once', async () => {
      const ids = [];
      for (let index = 0; index < 5; index += 1) ids.push((await createGraph({ name: `Episode ${index}` })).id);
      // Touching the first makes it the most recently updated.
      await call('PATCH', `/graphs/${ids[0]}`, { name: 'Episode 0, revised' });
      const seen: { id: string; updatedAt: string; nodeCount: number }[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
        const page = await bodyOf(await call('GET', `/graphs${query}`));
        expect(page.graphs.length).toBeLessThanOrEqual(2);
        seen.push(...page.graphs);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen[0]?.id).toBe(ids[0]);
      expect(new Set(seen.map((graph) => graph.id)).size).toBe(seen.length);
      expect(seen.map((graph) => graph.id)).toEqual(expect.arrayContaining(ids));
      expect(seen[0]).toMatchObject({ name: 'Episode 0, revised', revision: 1, nodeCount: 0, edgeCount: 0 });
      expect(seen[0]).not.toHaveProperty('document');
    });
  });

  describe('revisions', () => {
    it('snapshots the current revision, once', async () => {
      const graph = await createGraph();
      const first = await call('POST', `/graphs/${graph.id}/revisions`, { message: 'Table read' });
      expect(first.status).toBe(201);
      expect(await bodyOf(first)).toMatchObject({ graphId: graph.id, revision: 1, message: 'Table read', document: harbourScene() });
      const again = await call('POST', `/graphs/${graph.id}/revisions`);
      expect(again.status).toBe(200);
      expect(await bodyOf(again)).toMatchObject({ revision: 1, message: 'Table read' });
    });

    it('names a snapshot taken without a message, and keeps a name once given', async () => {
      const graph = await createGraph();
      expect(await bodyOf(await call('POST', `/graphs/${graph.id}/revisions`))).toMatchObject({ revision: 1, message: null });
      const named = await call('POST', `/graphs/${graph.id}/revisions`, { message: 'Locked for the table read' });
      expect(named.status).toBe(200);
      expect(await bodyOf(named)).toMatchObject({ revision: 1, message: 'Locked for the table read' });
      const renamed = await call('POST', `/graphs/${graph.id}/revisions`, { message: 'Another name' });
      expect(await bodyOf(renamed)).toMatchObject({ revision: 1, message: 'Locked for the table read' });
    });

    it('lists snapshots newest first and reads one', async () => {
      const graph = await createGraph();
      await call('POST', `/graphs/${graph.id}/revisions`, { message: 'v1' });
      await call('PUT', `/graphs/${graph.id}`, { document: loneShot() }, { 'If-Match': '"1"' });
      await call('POST', `/graphs/${graph.id}/revisions`, { message: 'v2' });
      const page = await bodyOf(await call('GET', `/graphs/${graph.id}/revisions?limit=1`));
      expect(page.revisions).toEqual([{ revision: 2, message: 'v2', nodeCount: 1, createdAt: expect.any(String) }]);
      expect(page.graphRevision).toBe(2);
      const rest = await bodyOf(await call('GET', `/graphs/${graph.id}/revisions?limit=1&cursor=${page.nextCursor}`));
      expect(rest).toEqual({ revisions: [expect.objectContaining({ revision: 1, message: 'v1', nodeCount: 3 })], nextCursor: null, graphRevision: 2 });
      const one = await bodyOf(await call('GET', `/graphs/${graph.id}/revisions/1`));
      expect(one).toMatchObject({ graphId: graph.id, revision: 1, document: harbourScene() });
    });

    it('restores a snapshot as a new revision, and the restore can be undone', async () => {
      const graph = await createGraph();
      await call('POST', `/graphs/${graph.id}/revisions`);
      await call('PUT', `/graphs/${graph.id}`, { document: loneShot() }, { 'If-Match': '"1"' });
      const restored = await call('POST', `/graphs/${graph.id}/revisions/1/restore`);
      expect(restored.headers.get('ETag')).toBe('"3"');
      expect(await bodyOf(restored)).toMatchObject({ revision: 3, document: harbourScene() });
      const undo = await bodyOf(await call('POST', `/graphs/${graph.id}/revisions/2/restore`, undefined, { 'If-Match': '"3"' }));
      expect(undo).toMatchObject({ revision: 4, document: loneShot() });
    });
  });

  describe('import and export', () => {
    it('exports GraphJSON as an attachment named after the graph', async () => {
      const graph = await createGraph({ name: 'Harbour — Pilot', document: harbourScene() });
      const response = await call('GET', `/graphs/${graph.id}/export`);
      expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="harbour-pilot.pcanvas.json"');
      expect(await bodyOf(response)).toEqual(harbourScene());
    });

    it('imports an export back, from an object or from JSON text', async () => {
      const graph = await createGraph();
      const exported = await (await call('GET', `/graphs/${graph.id}/export`)).text();
      const fromText = await call('POST', '/graphs/import', { format: 'json', source: exported, name: 'Copy' });
      expect(fromText.status).toBe(201);
      expect(await bodyOf(fromText)).toMatchObject({ name: 'Copy', revision: 1, document: harbourScene(), issues: [] });
      const fromObject = await bodyOf(await call('POST', '/graphs/import', { format: 'json', source: JSON.parse(exported) }));
      expect(fromObject).toMatchObject({ name: 'Imported graph', document: harbourScene() });
    });
  });
}
