import { readFileSync } from 'node:fs';
import type { GraphDocument, GraphEdge, GraphNode } from '@pc/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createApiHarness, type ApiHarness } from '../../test/harness.js';
import { expectSourceRefusal } from '../../test/source-refusal.js';

const fixture = (name: string) => readFileSync(new URL(`../../../../../packages/final-draft/fixtures/${name}.fdx`, import.meta.url), 'utf8');
const feature = fixture('salt-and-iron-feature');
const titled = fixture('the-long-quiet-title-page');

const scenes = (document: GraphDocument): GraphNode[] =>
  document.nodes.filter((node) => node.type === 'scene').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
const castOf = (document: GraphDocument, scene: GraphNode): string[] =>
  document.edges
    .filter((edge: GraphEdge) => edge.target === scene.id && edge.targetHandle === 'characters')
    .map((edge) => String(document.nodes.find((node) => node.id === edge.source)?.data['name']));

describe('Final Draft import over HTTP', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('pglite');
  });
  afterAll(() => harness?.dispose());

  const call = (...args: Parameters<ApiHarness['call']>) => harness.call(...args);
  const expectRefusal = expectSourceRefusal;

  describe('POST /graphs/import {format: "fdx"}', () => {
    it('keeps Final Draft’s scene numbers and both speakers of a dual dialogue', async () => {
      const response = await call('POST', '/graphs/import', { format: 'fdx', source: feature });
      expect(response.status).toBe(201);
      const graph = await bodyOf(response);
      expect(graph).toMatchObject({ name: 'Imported graph', issues: [], importReport: { scenes: 4, characters: 3, warnings: [] } });
      const all = scenes(graph.document);
      expect(all.map((scene) => scene.data['sceneNumber'])).toEqual(['11', '12', '12A', '13']);
      expect(castOf(graph.document, all[1]!)).toEqual(expect.arrayContaining(['DELL', 'MARA', 'TOBIAS']));
      const script = graph.document.nodes.find((node: GraphNode) => node.type === 'script');
      expect(script?.data).toMatchObject({ format: 'fountain' });
      expect(script?.data['source']).toContain('DELL ^\n(on his feet)');
    });

    it('makes a Shot of a Shot paragraph whose words name no shot (MARA’S HANDS), as the paragraph type says', async () => {
      const source = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<FinalDraft DocumentType="Script" Version="5"><Content>',
        '<Paragraph Number="9" Type="Scene Heading"><Text>INT. NET LOFT - NIGHT</Text></Paragraph>',
        '<Paragraph Type="Shot"><Text>Mara’s hands</Text></Paragraph>',
        '<Paragraph Type="Action"><Text>They mend the net.</Text></Paragraph>',
        '</Content></FinalDraft>',
      ].join('\n');
      const graph = await bodyOf(await call('POST', '/graphs/import', { format: 'fdx', source }));
      expect(graph.importReport).toMatchObject({ shots: 1 });
      const shots = graph.document.nodes.filter((node: GraphNode) => node.type === 'shot');
      expect(shots.map((node: GraphNode) => [node.data['shotNumber'], node.data['description'], node.data['action']])).toEqual([['9A', 'MARA’S HANDS', 'They mend the net.']]);
    });

    it('names the graph after the title page', async () => {
      const graph = await bodyOf(await call('POST', '/graphs/import', { format: 'fdx', source: titled }));
      expect(graph).toMatchObject({ name: 'THE LONG QUIET', importReport: { title: 'THE LONG QUIET', scenes: 3 } });
    });

    it('says where a warning is in the .fdx (paragraph and scene), not a line of the Fountain it became', async () => {
      const graph = await bodyOf(await call('POST', '/graphs/import', { format: 'fdx', source: titled }));
      expect(graph.importReport.warnings).toEqual([
        {
          code: 'heading_without_int_ext',
          message: expect.stringMatching(/has no INT\. or EXT\., so it names no Location\. \(Final Draft paragraph \d+, the heading of scene 2 MONTAGE - THE LAMP ROOM THROUGH A WINTER\)$/),
          paragraph: expect.any(Number),
          scene: '2 MONTAGE - THE LAMP ROOM THROUGH A WINTER',
        },
      ]);
    });

    it('refuses, as problem+json 422 on source, what is not a Final Draft script', async () => {
      await expectRefusal(await call('POST', '/graphs/import', { format: 'fdx', source: 'INT. KITCHEN - NIGHT\n\nANNA\nHi.' }), 'not_xml');
      await expectRefusal(await call('POST', '/graphs/import', { format: 'fdx', source: '<FinalDraft><Content><Paragraph></Content></FinalDraft>' }), 'not_xml');
      await expectRefusal(await call('POST', '/graphs/import', { format: 'fdx', source: '<?xml version="1.0"?><html><body/></html>' }), 'not_final_draft');
      const bomb = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><FinalDraft><Content/></FinalDraft>';
      await expectRefusal(await call('POST', '/graphs/import', { format: 'fdx', source: bomb }), 'doctype_refused');
      await expectRefusal(await call('POST', '/graphs/import', { format: 'fdx', source: { xml: feature } }), 'invalid_type');
    });

    // The size limit (5,000,000 characters, under the server's 8 MB body limit) is packages/final-draft's test:
    // this harness caps bodies at 64 KB.
    it('refuses a Final Draft file with no scene heading, even for a new graph', async () => {
      const noScenes = '<FinalDraft DocumentType="Script"><Content><Paragraph Type="Action"><Text>Notes for the next draft.</Text></Paragraph></Content></FinalDraft>';
      await expectRefusal(await call('POST', '/graphs/import', { format: 'fdx', source: noScenes }), 'no_scene_headings');
    });
  });

  describe('POST /graphs/{id}/import {format: "fdx"}', () => {
    it('syncs the next Final Draft draft: the renumbered scene keeps its notes, the cut one is flagged', async () => {
      const graph = await bodyOf(await call('POST', '/graphs/import', { format: 'fdx', source: feature }));
      const document = structuredClone(graph.document) as GraphDocument;
      const yard = scenes(document).find((scene) => scene.data['sceneNumber'] === '12A')!;
      yard.data['notes'] = 'Rain towers from the fire brigade.';
      expect((await call('PUT', `/graphs/${graph.id}`, { document }, { 'If-Match': '"1"' })).status).toBe(200);

      // The next draft: the yard is now at dusk, and the truck scene (13) is cut.
      const next = feature.replace('EXT. SALT WORKS - YARD - NIGHT', 'EXT. SALT WORKS - YARD - DUSK').replace(/<Paragraph Number="13"[\s\S]*<\/Content>/, '</Content>');
      const response = await call('POST', `/graphs/${graph.id}/import`, { format: 'fdx', source: next });
      expect(response.status).toBe(200);
      const synced = await bodyOf(response);
      const after = scenes(synced.document);
      expect(after.find((scene) => scene.id === yard.id)?.data).toMatchObject({ timeOfDay: 'DUSK', notes: 'Rain towers from the fire brigade.' });
      expect(after.find((scene) => scene.data['sceneNumber'] === '13')?.data['tags']).toEqual(['removed-from-script']);
      expect(synced.importReport.warnings).toEqual([expect.objectContaining({ code: 'scene_removed_from_script' })]);
    });

    it('writes nothing when the same file comes again, and refuses a file that is not Final Draft', async () => {
      const graph = await bodyOf(await call('POST', '/graphs/import', { format: 'fdx', source: feature }));
      const again = await call('POST', `/graphs/${graph.id}/import`, { format: 'fdx', source: feature });
      expect(await bodyOf(again)).toMatchObject({ revision: 1 });
      await expectRefusal(await call('POST', `/graphs/${graph.id}/import`, { format: 'fdx', source: '{"format":"pcanvas-project"}' }), 'not_xml');
      expect(await bodyOf(await call('GET', `/graphs/${graph.id}`))).toMatchObject({ revision: 1 });
    });
  });
});
