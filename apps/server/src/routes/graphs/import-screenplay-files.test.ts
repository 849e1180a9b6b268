import { readFileSync } from 'node:fs';
import type { GraphDocument, GraphNode } from '@pc/graph';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_SOURCE_CHARS, screenplayFileConversion } from '../../graphs/screenplay-file-source.js';
import { bodyOf, createApiHarness, type ApiHarness } from '../../test/harness.js';
import { expectSourceRefusal } from '../../test/source-refusal.js';

// Files made from corpus scripts by packages/screenplay-files/scripts/make-fixtures.ts (the .docx by LibreOffice).
const file = (name: string) => readFileSync(new URL(`../../../../../packages/screenplay-files/fixtures/${name}`, import.meta.url));
const base64 = (name: string) => file(name).toString('base64');
const bytes64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const scenes = (document: GraphDocument): GraphNode[] =>
  document.nodes.filter((node) => node.type === 'scene').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));

// A Word file as small as one gets: document.xml typed by styles.xml's names.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styledParagraph = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const styles = `<w:styles ${W}>${['SceneHeading:Scene Heading', 'Action:Action', 'Character:Character', 'Dialogue:Dialogue'].map((pair) => `<w:style w:type="paragraph" w:styleId="${pair.split(':')[0]}"><w:name w:val="${pair.split(':')[1]}"/></w:style>`).join('')}</w:styles>`;
const docx = (...paragraphs: string[]) =>
  bytes64(zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`), 'word/styles.xml': strToU8(styles) }));

describe('Fade In, Highland and Word import over HTTP', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('pglite');
  });
  afterAll(() => harness?.dispose());

  const call = (...args: Parameters<ApiHarness['call']>) => harness.call(...args);
  const expectRefusal = expectSourceRefusal;

  it('makes a graph of a Word screenplay (base64), named after its title page, with the scenes of the same script’s Fountain', async () => {
    const fountain = readFileSync(new URL('../../../../../packages/fountain/fixtures/night-desk-teleplay.fountain', import.meta.url), 'utf8');
    const expected = await bodyOf(await call('POST', '/graphs/import', { format: 'fountain', source: fountain }));
    const response = await call('POST', '/graphs/import', { format: 'docx', source: base64('night-desk-teleplay.docx') });
    expect(response.status).toBe(201);
    const graph = await bodyOf(response);
    expect(graph.name).toBe(expected.name);
    expect(graph.importReport).toMatchObject({ scenes: expected.importReport.scenes, characters: expected.importReport.characters, locations: expected.importReport.locations });
    expect(scenes(graph.document).map((scene) => scene.data['locationName'])).toEqual(scenes(expected.document).map((scene) => scene.data['locationName']));
  });

  it('keeps a Fade In file’s scene numbers, from the .fadein zip and from the OSF XML sent as text', async () => {
    const zipped = await bodyOf(await call('POST', '/graphs/import', { format: 'fadein', source: base64('odd-headings-shooting-script.fadein') }));
    expect(scenes(zipped.document).map((scene) => scene.data['sceneNumber'])).toEqual(['110A.1', '110B', '111', '112', '113', '114']);
    const text = await call('POST', '/graphs/import', { format: 'fadein', source: file('odd-headings-shooting-script.osf').toString('utf8') });
    expect(text.status).toBe(201);
    expect(scenes((await bodyOf(text)).document)).toHaveLength(6);
  });

  it('imports the Fountain inside a Highland file', async () => {
    const response = await call('POST', '/graphs/import', { format: 'highland', source: `data:application/zip;base64,${base64('the-signal-box-highland.highland')}` });
    expect(response.status).toBe(201);
    expect((await bodyOf(response)).importReport.scenes).toBeGreaterThan(0);
  });

  it('says where a warning is in the Word file: its paragraph and scene', async () => {
    const source = docx(styledParagraph('SceneHeading', 'INT. DOCK - NIGHT'), styledParagraph('Action', 'Rain.'), '<w:p/>', styledParagraph('SceneHeading', 'MONTAGE - THE WINTER'), styledParagraph('Action', 'Snow.'));
    const graph = await bodyOf(await call('POST', '/graphs/import', { format: 'docx', source }));
    expect(graph.importReport.warnings).toEqual([expect.objectContaining({ code: 'heading_without_int_ext', paragraph: 4, scene: '2 MONTAGE - THE WINTER', message: expect.stringContaining('(Word paragraph 4, the heading of scene 2 MONTAGE - THE WINTER)') })]);
  });

  it('refuses, as problem+json 422 on source with a code, what it cannot read', async () => {
    await expectRefusal(await call('POST', '/graphs/import', { format: 'docx', source: 'INT. KITCHEN - NIGHT' }), 'invalid_base64');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'docx', source: bytes64(strToU8('INT. KITCHEN - NIGHT\n\nANNA\nHi.')) }), 'not_zip');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'fadein', source: base64('night-desk-teleplay.docx') }), 'not_fade_in');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'highland', source: base64('night-desk-teleplay.docx') }), 'not_highland');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'docx', source: base64('the-away-end-fade-in.fadein') }), 'not_docx');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'docx', source: bytes64(zipSync({ 'word/document.xml': new Uint8Array(5_000_000) }, { level: 9 })) }), 'zip_refused');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'docx', source: docx(styledParagraph('Action', 'Rain on the roof.')) }), 'no_scene_headings');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'docx', source: { bytes: 'x' } }), 'invalid_type');
  });

  it('refuses a base64 source longer than the 5,000,000-byte file limit before decoding it', () => {
    // Over HTTP the body limit (8 MiB by default, 64 KiB in tests) stands in front of this one.
    expect(() => screenplayFileConversion('docx', 'A'.repeat(MAX_FILE_SOURCE_CHARS + 4))).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ path: 'source', code: 'too_large' })] }));
  });

  it('re-imports a Word file into its graph: the same file twice changes nothing', async () => {
    const graph = await bodyOf(await call('POST', '/graphs/import', { format: 'docx', source: base64('les-amants-du-quai-french.docx') }));
    const again = await call('POST', `/graphs/${graph.id}/import`, { format: 'docx', source: base64('les-amants-du-quai-french.docx') });
    expect(again.status).toBe(200);
    const body = await bodyOf(again);
    expect(body.revision).toBe(graph.revision);
    expect(body.importReport.changes).toMatchObject({ addedNodes: [], updatedNodes: [], flaggedScenes: [] });
  });
});
