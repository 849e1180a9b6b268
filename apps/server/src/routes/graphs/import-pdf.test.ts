import { readFileSync } from 'node:fs';
import type { GraphDocument, GraphNode } from '@pc/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createApiHarness, type ApiHarness } from '../../test/harness.js';

// PDFs drawn by packages/pdf-screenplay/scripts/make-fixtures.ts (pdf-lib, Chromium's print).
const fixture = (name: string): string => readFileSync(new URL(`../../../../../packages/pdf-screenplay/fixtures/${name}.pdf`, import.meta.url)).toString('base64');

const scenes = (document: GraphDocument): GraphNode[] =>
  document.nodes.filter((node) => node.type === 'scene').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));

describe('PDF import over HTTP', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('pglite');
  });
  afterAll(() => harness?.dispose());

  const call = (...args: Parameters<ApiHarness['call']>) => harness.call(...args);
  const expectRefusal = async (response: Response, code: string): Promise<Record<string, unknown>> => {
    expect(response.status).toBe(422);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const body = await bodyOf(response);
    expect(body).toMatchObject({ status: 422, code: 'validation_failed', errors: [{ path: 'source', code }] });
    return body;
  };

  it('makes a graph of a screenplay PDF: title page name, numbered scenes, cast, warnings on PDF pages', async () => {
    const response = await call('POST', '/graphs/import', { format: 'pdf', source: fixture('the-signal-box-letter-chromium') });
    expect(response.status).toBe(201);
    const graph = await bodyOf(response);
    expect(graph).toMatchObject({ name: 'THE SIGNAL BOX', issues: [], importReport: { scenes: 5, characters: 5, locations: 1 } });
    expect(scenes(graph.document).map((scene) => scene.data['sceneNumber'])).toEqual(['1', '2', '3', '3A', '4']);
    expect(graph.importReport.warnings).toEqual([
      { code: 'heading_without_int_ext', message: expect.stringMatching(/FLASHBACK - THE SAME BOX, 1968.*\(PDF page 4\)$/), page: 4 },
    ]);
    const script = graph.document.nodes.find((node: GraphNode) => node.type === 'script');
    expect(script?.data).toMatchObject({ format: 'fountain' });
  });

  it('accepts a data URL, as a browser’s FileReader gives it', async () => {
    const response = await call('POST', '/graphs/import', { format: 'pdf', source: `data:application/pdf;base64,${fixture('brick-and-steel-letter-pdflib')}` });
    expect(response.status).toBe(201);
    expect((await bodyOf(response)).importReport).toMatchObject({ scenes: 3, characters: 5 });
  });

  it('re-imports a PDF draft into the graph its Fountain made: nothing changes', async () => {
    const fountain = readFileSync(new URL('../../../../../packages/fountain/fixtures/night-desk-teleplay.fountain', import.meta.url), 'utf8');
    const created = await bodyOf(await call('POST', '/graphs/import', { format: 'fountain', source: fountain }));
    const response = await call('POST', `/graphs/${created.id}/import`, { format: 'pdf', source: fixture('night-desk-teleplay-a4-chromium') });
    expect(response.status).toBe(200);
    const { importReport } = await bodyOf(response);
    expect(importReport.changes.addedNodes).toEqual([]);
    expect(importReport.changes.flaggedScenes).toEqual([]);
  });

  it('refuses a scan, saying it needs OCR', async () => {
    const body = await expectRefusal(await call('POST', '/graphs/import', { format: 'pdf', source: fixture('scanned-page') }), 'no_text');
    expect(body['detail']).toBe('This PDF has no text — a scanned script needs OCR first (run it through an OCR tool, then import the result).');
  });

  it('refuses a password-protected PDF, text that is not base64, and bytes that are not a PDF', async () => {
    await expectRefusal(await call('POST', '/graphs/import', { format: 'pdf', source: fixture('password-protected') }), 'encrypted');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'pdf', source: 'INT. DOCK - NIGHT\n\nMara waits.' }), 'invalid_base64');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'pdf', source: Buffer.from('INT. DOCK - NIGHT').toString('base64') }), 'not_pdf');
    await expectRefusal(await call('POST', '/graphs/import', { format: 'pdf', source: { schemaVersion: 1 } }), 'invalid_type');
  });
});
