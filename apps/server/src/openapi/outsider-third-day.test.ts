// The harness first: it loads @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { createApiHarness, type ApiClient, type ApiHarness } from '../test/harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentChecker } from './testing/document-checker.js';

/*
 * An outsider's third day, written from the OpenAPI document alone: the text of a revised
 * script's PDF imported (page headers, two-column dual dialogue, dressed margin numbers), an
 * edit saved with If-Match and a second one refused on the stale ETag, and the revisions:
 * snapshot, list, open read-only, restore, undo, and the live revision asked for by number.
 * Every answer is held to the document.
 */

interface Graph {
  id: string;
  revision: number;
  document: { nodes: { id: string; type: string; data: Record<string, unknown> }[] };
}

const pinkPages = [
  '                                                  Pink Rev. 11/02/26      1.',
  '1    EXT. SALT FLATS - DAY                                         1',
  '',
  '     NNEKA drives. ADE sleeps.',
  '',
  '                NNEKA                          ADE',
  "       You said you'd drive.          I said I'd navigate.",
  '',
  '\f                                                  Pink Rev. 11/02/26      2.',
  '3-A  INT. SURVEY STATION - NIGHT                                  3-A',
  '',
  '     Maps on every wall.',
].join('\n');

describe("an outsider's third day, from the OpenAPI document", () => {
  let harness: ApiHarness;
  let script: ApiClient;
  const { problems, call } = createDocumentChecker();

  beforeAll(async () => {
    harness = await createApiHarness('pglite');
    const { key } = (await (await harness.call('POST', '/api-keys', { name: 'third day', scopes: ['read', 'write'] })).json()) as { key: string };
    script = { call: (method, path, body, headers = {}) => harness.anonymous.call(method, path, body, { Authorization: `Bearer ${key}`, ...headers }) };
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('imports a revised PDF’s text: two speakers side by side, no page header in a scene, 3-A as scene 3A', async () => {
    const imported = await call(script, 'POST', '/graphs/import', {}, { format: 'fountain', name: 'The Salt Road', source: pinkPages });
    expect(imported.status).toBe(201);
    const { document } = imported.body as Graph;
    const names = (type: string, field: string) => document.nodes.filter((node) => node.type === type).map((node) => node.data[field]);
    expect(names('scene', 'sceneNumber')).toEqual(['1', '3A']);
    expect(names('character', 'name')).toEqual(['NNEKA', 'ADE']);
    expect(names('scene', 'scriptText').join('\n')).not.toMatch(/Pink Rev/);
    expect(problems).toEqual([]);
  });

  it('saves with If-Match, is refused on the stale ETag, and walks the revisions: snapshot, open, restore, undo', async () => {
    const created = (await call(script, 'POST', '/graphs/import', {}, { format: 'fountain', source: 'INT. HUT - NIGHT\n\nA lamp.\n' })).body as Graph;
    const read = await call(script, 'GET', '/graphs/{id}', { id: created.id });
    const etag = read.headers.get('etag')!;
    expect((await call(script, 'POST', '/graphs/{id}/revisions', { id: created.id }, { message: 'as imported' })).status).toBe(201);

    const edited = structuredClone((read.body as Graph).document);
    edited.nodes.find((node) => node.type === 'scene')!.data['synopsis'] = 'The lamp is lit.';
    const saved = await call(script, 'PUT', '/graphs/{id}', { id: created.id }, { document: edited }, { 'If-Match': etag });
    expect([saved.status, saved.headers.get('etag')]).toEqual([200, '"2"']);
    const stale = await call(script, 'PUT', '/graphs/{id}', { id: created.id }, { document: edited }, { 'If-Match': etag });
    expect([stale.status, (stale.body as { code: string }).code, (stale.body as { currentRevision: number }).currentRevision]).toEqual([412, 'revision_conflict', 2]);

    // The live revision has no snapshot: the 404 says so, and where to read it, not that it does not exist.
    const live = await call(script, 'GET', '/graphs/{id}/revisions/{rev}', { id: created.id, rev: '2' });
    expect(live.status).toBe(404);
    expect((live.body as { detail: string }).detail).toMatch(/live document, not a snapshot: read it with GET \/graphs\/gr_\w+, or snapshot it/);
    const ahead = await call(script, 'POST', '/graphs/{id}/revisions/{rev}/restore', { id: created.id, rev: '9' });
    expect([ahead.status, (ahead.body as { detail: string }).detail]).toEqual([404, `Revision 9 of graph ${created.id} does not exist: the graph is at revision 2.`]);

    const listed = (await call(script, 'GET', '/graphs/{id}/revisions', { id: created.id })).body as { revisions: { revision: number; message: string }[] };
    expect(listed.revisions.map((revision) => [revision.revision, revision.message])).toEqual([[1, 'as imported']]);
    const opened = await call(script, 'GET', '/graphs/{id}/revisions/{rev}', { id: created.id, rev: '1' });
    expect(opened.headers.get('cache-control')).toMatch(/immutable/);
    const restored = await call(script, 'POST', '/graphs/{id}/revisions/{rev}/restore', { id: created.id, rev: '1' }, undefined, { 'If-Match': '"2"' });
    expect([restored.status, (restored.body as Graph).revision]).toEqual([200, 3]);
    const undone = await call(script, 'POST', '/graphs/{id}/revisions/{rev}/restore', { id: created.id, rev: '2' }, undefined, { 'If-Match': '"3"' });
    expect((undone.body as Graph).document.nodes.find((node) => node.type === 'scene')!.data['synopsis']).toBe('The lamp is lit.');
    expect(problems).toEqual([]);
  });
});
