import { readFileSync } from 'node:fs';
import type { GraphDocument, GraphNode } from '@pc/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createApiHarness, type ApiHarness } from '../../test/harness.js';

const draftOne = [
  'Title: The Plate',
  '',
  'INT. HOUSE - KITCHEN - NIGHT',
  '',
  'Anna pushes the plate away. BEN watches.',
  '',
  'ANNA',
  "I'm not hungry.",
  '',
  'EXT. HOUSE - GARDEN - DAY',
  '',
  'BEN',
  'It stopped raining.',
].join('\n');

/** The kitchen renamed to a pantry, the garden cut, a street scene added. */
const draftTwo = draftOne
  .replace('INT. HOUSE - KITCHEN', 'INT. HOUSE - PANTRY')
  .replace(/EXT\. HOUSE - GARDEN[\s\S]*$/, 'EXT. STREET - NIGHT\n\nDRIVER\nWhere to?');

const scenes = (document: GraphDocument): GraphNode[] => document.nodes.filter((node) => node.type === 'scene');

describe('screenplay import over HTTP', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('pglite');
  });
  afterAll(() => harness?.dispose());

  const call = (...args: Parameters<ApiHarness['call']>) => harness.call(...args);
  const importDraftOne = async () => {
    const response = await call('POST', '/graphs/import', { format: 'fountain', source: draftOne });
    expect(response.status).toBe(201);
    return bodyOf(response);
  };
  const expectProblem = async (response: Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    return expect(await bodyOf(response)).toMatchObject({ status, code });
  };

  describe('POST /graphs/import {format: "fountain"}', () => {
    it('creates a graph of Script, Scenes, Characters and Locations, named after the title page', async () => {
      const graph = await importDraftOne();
      expect(graph).toMatchObject({ name: 'The Plate', revision: 1, issues: [] });
      const types = graph.document.nodes.map((node: GraphNode) => node.type);
      expect(types.filter((type: string) => type === 'scene')).toHaveLength(2);
      expect(graph.document.nodes.filter((node: GraphNode) => node.type === 'character').map((node: GraphNode) => node.data['name'])).toEqual(['ANNA', 'BEN']);
      // The kitchen and the garden; the HOUSE they are part of is their parent, not a Location with no scene.
      expect(graph.importReport).toMatchObject({ title: 'The Plate', scenes: 2, characters: 2, locations: 2, warnings: [] });
    });

    it('uses the given name over the title', async () => {
      const response = await call('POST', '/graphs/import', { format: 'fountain', source: draftOne, name: 'Draft 1' });
      expect(await bodyOf(response)).toMatchObject({ name: 'Draft 1' });
    });

    it('refuses a screenplay sent as an object', async () => {
      await expectProblem(await call('POST', '/graphs/import', { format: 'fountain', source: { text: draftOne } }), 422, 'validation_failed');
    });

    it('says in plain words what a request without its source lacks', async () => {
      const response = await call('POST', '/graphs/import', { format: 'fountain' });
      await expectProblem(response.clone(), 422, 'validation_failed');
      expect(await bodyOf(response)).toMatchObject({
        detail: 'The request body is invalid: source: Required.',
        errors: [{ path: 'source', message: 'Required.' }],
      });
    });

    it('reads a screenplay copied out of a PDF: numbered scenes, no page furniture, the cover’s title', async () => {
      // The corpus's pdftotext export: form feeds, page numbers, (MORE), CONTINUED:, numbers in both margins.
      const pdf = readFileSync(new URL('../../../../../packages/fountain/fixtures/the-ferryman-pdf-export.fountain', import.meta.url), 'utf8');
      const response = await call('POST', '/graphs/import', { format: 'fountain', source: pdf });
      expect(response.status).toBe(201);
      const graph = await bodyOf(response);
      expect(graph).toMatchObject({ name: 'THE FERRYMAN', importReport: { scenes: 5, characters: 4, warnings: [] } });
      expect(scenes(graph.document).map((scene) => scene.data['sceneNumber'])).toEqual(['1', '2', '3', '3A', '4']);
      expect(scenes(graph.document).map((scene) => scene.data['scriptText']).join('\n')).not.toMatch(/\(MORE\)|CONTINUED|\f/);
    });
  });

  describe('POST /graphs/{id}/import', () => {
    it('refuses a text without a scene heading, which would flag every scene as removed, and writes nothing', async () => {
      const graph = await importDraftOne();
      const response = await call('POST', `/graphs/${graph.id}/import`, { format: 'fountain', source: 'Title: The Plate\n\nNotes for the next draft.' });
      await expectProblem(response.clone(), 422, 'validation_failed');
      expect(await bodyOf(response)).toMatchObject({ errors: [{ path: 'source', code: 'no_scene_headings' }] });
      const after = await bodyOf(await call('GET', `/graphs/${graph.id}`));
      expect(after.revision).toBe(graph.revision);
      expect(scenes(after.document).every((scene) => !((scene.data['tags'] as string[] | undefined) ?? []).includes('removed-from-script'))).toBe(true);
    });

    it('syncs the next draft: keeps the Shot and notes, updates the renamed scene, adds one, flags the cut one', async () => {
      const graph = await importDraftOne();
      // A day of work: notes on the kitchen scene and a Shot covering it.
      const document = structuredClone(graph.document) as GraphDocument;
      const kitchen = scenes(document).find((node) => node.data['locationName'] === 'HOUSE - KITCHEN')!;
      kitchen.data['notes'] = 'Window light.';
      document.nodes.push({ id: 'shot_1a', type: 'shot', position: { x: 0, y: 900 }, data: { shotNumber: '1A' } });
      document.edges.push({ id: 'cover_1a', source: kitchen.id, sourceHandle: 'scene', target: 'shot_1a', targetHandle: 'scene' });
      expect((await call('PUT', `/graphs/${graph.id}`, { document }, { 'If-Match': '"1"' })).status).toBe(200);

      const response = await call('POST', `/graphs/${graph.id}/import`, { format: 'fountain', source: draftTwo }, { 'If-Match': '"2"' });
      expect(response.status).toBe(200);
      expect(response.headers.get('ETag')).toBe('"3"');
      const synced = await bodyOf(response);
      const pantry = scenes(synced.document).find((node) => node.id === kitchen.id);
      expect(pantry?.data).toMatchObject({ locationName: 'HOUSE - PANTRY', notes: 'Window light.' });
      expect(synced.document.edges).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'cover_1a', target: 'shot_1a' })]));
      expect(scenes(synced.document).find((node) => node.data['locationName'] === 'HOUSE - GARDEN')?.data['tags']).toEqual(['removed-from-script']);
      expect(synced.importReport.warnings).toEqual([expect.objectContaining({ code: 'scene_removed_from_script' })]);
      expect(synced.importReport.changes.addedNodes.length).toBeGreaterThan(0);
    });

    it('writes nothing when the script has not changed', async () => {
      const graph = await importDraftOne();
      const response = await call('POST', `/graphs/${graph.id}/import`, { format: 'fountain', source: draftOne });
      expect(response.status).toBe(200);
      expect(response.headers.get('ETag')).toBe('"1"');
      expect(await bodyOf(response)).toMatchObject({ revision: 1, document: graph.document });
    });

    it('refuses a stale If-Match with 412, GraphJSON with unsupported_format, and an unknown graph with 404', async () => {
      const graph = await importDraftOne();
      await expectProblem(await call('POST', `/graphs/${graph.id}/import`, { format: 'fountain', source: draftTwo }, { 'If-Match': '"7"' }), 412, 'revision_conflict');
      await expectProblem(await call('POST', `/graphs/${graph.id}/import`, { format: 'json', source: graph.document }), 422, 'unsupported_format');
      await expectProblem(await call('POST', `/graphs/${graph.id}/import`, { format: 'fountain', source: 42 }), 422, 'validation_failed');
      await expectProblem(await call('POST', '/graphs/gr_nope/import', { format: 'fountain', source: draftOne }), 404, 'not_found');
      expect(await bodyOf(await call('GET', `/graphs/${graph.id}`))).toMatchObject({ revision: 1 });
    });
  });
});
