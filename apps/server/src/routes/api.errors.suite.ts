import { describe, expect, it } from 'vitest';
import { bodyOf, SAME_ORIGIN, TEST_MAX_BODY_BYTES, type ApiHarness } from '../test/harness.js';
import { harbourScene, impossibleLens, shotFeedingItsScene, unknownNodeType } from '../test/documents.js';

/** How the API refuses, run against every database engine (see api.*.test.ts). */
export function describeApiErrorCases(harness: () => ApiHarness): void {
  const call = (...args: Parameters<ApiHarness['call']>) => harness().call(...args);
  const createGraph = async () => bodyOf(await call('POST', '/graphs', { name: 'Harbour', document: harbourScene() }));

  const expectProblem = async (response: Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = await bodyOf(response);
    expect(problem).toMatchObject({ status, code, type: `urn:production-canvas:problem:${code}`, requestId: expect.any(String) });
    return problem;
  };

  describe('invalid documents', () => {
    it('refuses a field value out of range, pointing at the field', async () => {
      const problem = await expectProblem(await call('POST', '/graphs', { name: 'Bad lens', document: impossibleLens() }), 422, 'invalid_graph');
      expect(problem.errors).toEqual([
        expect.objectContaining({ path: 'document.nodes.2.data.lensMm', code: 'invalid_field', nodeId: 'sh1a', message: expect.stringContaining('Lens') }),
      ]);
    });

    it('refuses a cycle', async () => {
      const problem = await expectProblem(await call('POST', '/graphs', { name: 'Loop', document: shotFeedingItsScene() }), 422, 'invalid_graph');
      expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'cycle', path: expect.stringMatching(/^document\.edges\./) })]));
    });

    it('refuses a node type it does not know', async () => {
      const problem = await expectProblem(await call('POST', '/graphs', { name: 'Location', document: unknownNodeType() }), 422, 'invalid_graph');
      expect(problem.errors).toEqual([expect.objectContaining({ path: 'document.nodes.0.type', code: 'unknown_node_type' })]);
    });

    it('refuses a document that is not GraphJSON, with zod paths', async () => {
      const document = harbourScene() as unknown as { nodes: { position: { x: unknown } }[] };
      document.nodes[1]!.position.x = 'left';
      const problem = await expectProblem(await call('POST', '/graphs', { name: 'Shape', document }), 422, 'validation_failed');
      expect(problem.errors).toEqual([expect.objectContaining({ path: 'document.nodes.1.position.x', code: 'invalid_type' })]);
    });

    it('refuses an invalid document on PUT and leaves the graph as it was', async () => {
      const graph = await createGraph();
      await expectProblem(await call('PUT', `/graphs/${graph.id}`, { document: impossibleLens() }, { 'If-Match': '"1"' }), 422, 'invalid_graph');
      expect(await bodyOf(await call('GET', `/graphs/${graph.id}`))).toMatchObject({ revision: 1, document: harbourScene() });
    });

    it('refuses a PUT that breaks one field of a document it accepted just before', async () => {
      // The second write differs from the first in one node's field only: the validator that
      // remembers the graph's last version must parse that node again.
      const graph = await createGraph();
      expect((await call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': '"1"' })).status).toBe(200);
      const problem = await expectProblem(await call('PUT', `/graphs/${graph.id}`, { document: impossibleLens() }, { 'If-Match': '"2"' }), 422, 'invalid_graph');
      expect(problem.errors).toEqual([expect.objectContaining({ path: 'document.nodes.2.data.lensMm', code: 'invalid_field' })]);
      expect((await call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': '"2"' })).status).toBe(200);
    });

    it('refuses an import whose source is invalid, pointing into the source', async () => {
      const lens = await expectProblem(await call('POST', '/graphs/import', { format: 'json', source: JSON.stringify(impossibleLens()) }), 422, 'invalid_graph');
      expect(lens.errors[0].path).toBe('source.nodes.2.data.lensMm');
      const text = await expectProblem(await call('POST', '/graphs/import', { format: 'json', source: '{"nodes": [' }), 422, 'validation_failed');
      expect(text.errors).toEqual([expect.objectContaining({ path: 'source', code: 'invalid_json' })]);
      const shape = await expectProblem(await call('POST', '/graphs/import', { format: 'json', source: { schemaVersion: 2 } }), 422, 'validation_failed');
      expect(shape.errors[0].path).toBe('source.schemaVersion');
    });

    it('answers validation_failed for a Fountain source that is not text and for a format it has never heard of', async () => {
      const fountain = await expectProblem(await call('POST', '/graphs/import', { format: 'fountain', source: { scenes: [] } }), 422, 'validation_failed');
      expect(fountain.errors[0].path).toBe('source');
      const xml = await expectProblem(await call('POST', '/graphs/import', { format: 'xml', source: '<graph/>' }), 422, 'validation_failed');
      expect(xml.errors[0].path).toBe('format');
    });
  });

  describe('concurrency', () => {
    it('refuses a PUT based on a stale revision with 412 and the current revision', async () => {
      const graph = await createGraph();
      await call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': '"1"' });
      const problem = await expectProblem(await call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': '"1"' }), 412, 'revision_conflict');
      expect(problem.currentRevision).toBe(2);
    });

    it('lets exactly one of two concurrent PUTs of the same revision win', async () => {
      const graph = await createGraph();
      const put = () => call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': '"1"' });
      const statuses = (await Promise.all([put(), put()])).map((response) => response.status).sort();
      expect(statuses).toEqual([200, 412]);
    });

    it('requires If-Match on PUT (428)', async () => {
      const graph = await createGraph();
      await expectProblem(await call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }), 428, 'precondition_required');
    });

    it('treats an If-Match that names no revision as a mismatch, and says why', async () => {
      const graph = await createGraph();
      await expectProblem(await call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': 'W/"1"' }), 412, 'revision_conflict');
      // A script that sent the revision without its quotes is not told "the graph is at revision 1".
      for (const [method, path, body] of [
        ['PUT', `/graphs/${graph.id}`, { document: harbourScene() }],
        ['PATCH', `/graphs/${graph.id}`, { name: 'Unquoted' }],
        ['POST', `/graphs/${graph.id}/import`, { format: 'fountain', source: 'INT. HOUSE - DAY' }],
      ] as const) {
        const problem = await expectProblem(await call(method, path, body, { 'If-Match': '1' }), 412, 'revision_conflict');
        expect(problem.detail).toContain('quotes included (If-Match: "7")');
        expect(problem.currentRevision).toBeUndefined();
      }
      // A quoted "0" is well-formed, and a list is allowed by HTTP: neither is told to add quotes.
      const zero = await expectProblem(await call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': '"0"' }), 412, 'revision_conflict');
      expect(zero.detail).toBe('If-Match: "0" names no revision a graph can be at (revisions count from 1, as GET\'s ETag says): send the ETag GET returned, or * to write over any revision.');
      const list = await expectProblem(await call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': '"1", "2"' }), 412, 'revision_conflict');
      expect(list.detail).toMatch(/lists several ETags, and a write is based on one revision: send the one GET returned/);
    });

    it('refuses a stale rename, delete or restore when If-Match is sent', async () => {
      const graph = await createGraph();
      await call('POST', `/graphs/${graph.id}/revisions`);
      await call('PUT', `/graphs/${graph.id}`, { document: harbourScene() }, { 'If-Match': '"1"' });
      const stale = { 'If-Match': '"1"' };
      await expectProblem(await call('PATCH', `/graphs/${graph.id}`, { name: 'Late' }, stale), 412, 'revision_conflict');
      await expectProblem(await call('DELETE', `/graphs/${graph.id}`, undefined, stale), 412, 'revision_conflict');
      await expectProblem(await call('POST', `/graphs/${graph.id}/revisions/1/restore`, undefined, stale), 412, 'revision_conflict');
    });
  });

  describe('missing things', () => {
    it('answers 404 for a graph that does not exist, on every route', async () => {
      const missing = 'gr_0000000000000000';
      const attempts: [string, string, unknown?, Record<string, string>?][] = [
        ['GET', `/graphs/${missing}`],
        ['PUT', `/graphs/${missing}`, { document: harbourScene() }, { 'If-Match': '"1"' }],
        ['PATCH', `/graphs/${missing}`, { name: 'x' }],
        ['DELETE', `/graphs/${missing}`],
        ['GET', `/graphs/${missing}/export`],
        ['POST', `/graphs/${missing}/revisions`],
        ['GET', `/graphs/${missing}/revisions`],
        ['GET', `/graphs/${missing}/revisions/1`],
        ['POST', `/graphs/${missing}/revisions/1/restore`],
      ];
      for (const [method, path, body, headers] of attempts) await expectProblem(await call(method, path, body, headers), 404, 'not_found');
    });

    it('answers 404 for a revision that was never snapshotted', async () => {
      const graph = await createGraph();
      await expectProblem(await call('GET', `/graphs/${graph.id}/revisions/7`), 404, 'not_found');
      await expectProblem(await call('POST', `/graphs/${graph.id}/revisions/7/restore`), 404, 'not_found');
    });

    it('answers unknown API routes with a 404 problem', async () => {
      await expectProblem(await call('GET', '/storyboards'), 404, 'not_found');
      await expectProblem(await harness().request('/api/nothing-here'), 404, 'not_found');
    });
  });

  describe('malformed requests', () => {
    it('answers malformed JSON with 400', async () => {
      const headers = { 'Content-Type': 'application/json', Cookie: `pc_session=${harness().owner.cookie()}`, ...SAME_ORIGIN };
      const response = await harness().request('/api/v1/graphs', { method: 'POST', headers, body: '{"name": ' });
      await expectProblem(response, 400, 'invalid_json');
    });

    it('answers a body that is not JSON with 415', async () => {
      // A script's request (a browser's would be refused as cross-site first: see the CSRF tests).
      const { key } = await harness().owner.withApiKey(['write']);
      const headers = { 'Content-Type': 'text/plain', Authorization: `Bearer ${key}` };
      const response = await harness().request('/api/v1/graphs', { method: 'POST', headers, body: 'name=x' });
      const problem = await expectProblem(response, 415, 'unsupported_media_type');
      expect(problem.detail).toBe('This route does not take a body of type text/plain. Send JSON with Content-Type: application/json (the OpenAPI document lists each route\'s media types).');
    });

    it('lists every invalid field of a body with its path', async () => {
      const problem = await expectProblem(await call('POST', '/graphs', { name: '', workspaceId: 7 }), 422, 'validation_failed');
      expect(problem.errors.map((error: { path: string }) => error.path).sort()).toEqual(['name', 'workspaceId']);
    });

    it('refuses an out-of-range page size and a cursor it did not make', async () => {
      const limit = await expectProblem(await call('GET', '/graphs?limit=1000'), 422, 'validation_failed');
      expect(limit.errors[0].path).toBe('limit');
      await expectProblem(await call('GET', '/graphs?cursor=forged'), 400, 'invalid_cursor');
    });

    it('refuses a body over the size limit with 413', async () => {
      const name = 'x'.repeat(TEST_MAX_BODY_BYTES);
      await expectProblem(await call('POST', '/graphs', { name }), 413, 'payload_too_large');
    });
  });
}
