import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';
import { bodyOf, createApiHarness, type ApiHarness } from '../test/harness.js';

/** The harbour scene with a second shot (1) wired first and a Shot List over both: exports list 1 before 1A. */
const harbourWithList = () => {
  const document = harbourScene();
  document.nodes.push(
    { id: 'sh1', type: 'shot', position: { x: 600, y: 200 }, data: { shotNumber: '1', shotSize: 'WS', shotType: 'master', description: 'The harbour, "at dawn"' } },
    { id: 'list', type: 'shotList', position: { x: 900, y: 0 }, data: { name: 'Day 1' } },
  );
  document.edges.push(
    { id: 'cover-1', source: 'sc1', sourceHandle: 'scene', target: 'sh1', targetHandle: 'scene' },
    { id: 'list-1a', source: 'sh1a', sourceHandle: 'shot', target: 'list', targetHandle: 'shots' },
    { id: 'list-1', source: 'sh1', sourceHandle: 'shot', target: 'list', targetHandle: 'shots' },
  );
  return document;
};

describe.each(['pglite', 'postgres'] as const)('project exports API (%s)', (kind) => {
  let harness: ApiHarness;
  let graphId: string;

  beforeAll(async () => {
    harness = await createApiHarness(kind);
    graphId = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Harbour à l’aube', document: harbourWithList() }))) as { id: string }).id;
  }, 60_000);
  afterAll(() => harness?.dispose());

  const finished = async (id: string) => {
    for (let tries = 0; tries < 800; tries += 1) {
      const run = (await bodyOf(await harness.call('GET', `/runs/${id}`))) as { status: string };
      if (['succeeded', 'failed', 'cancelled'].includes(run.status)) return run;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`run ${id} did not finish`);
  };

  it('downloads the shot list CSV as an attachment with an ETag, and answers 304 to it', async () => {
    const response = await harness.call('GET', `/graphs/${graphId}/exports/csv_shot_list`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="harbour-a-l-aube.shot-list.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(bytes).split('\r\n');
    expect(rows.slice(1, 3).map((row) => row.split(',')[1])).toEqual(['1', '1A']);
    const etag = response.headers.get('ETag') as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect((await harness.call('GET', `/graphs/${graphId}/exports/csv_shot_list`, undefined, { 'If-None-Match': etag })).status).toBe(304);
  });

  it('serves every format, byte-identical on a second request', async () => {
    for (const format of ['project_json', 'csv_breakdown', 'pdf_storyboard', 'pdf_shot_list', 'otio', 'edl', 'frames_zip']) {
      const first = await harness.call('GET', `/graphs/${graphId}/exports/${format}`);
      expect(first.status, format).toBe(200);
      const second = await harness.call('GET', `/graphs/${graphId}/exports/${format}`);
      expect(Buffer.from(await second.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer())), format).toBe(true);
    }
  });

  it('uses run outputs once the graph has run: the project JSON says where each output came from', async () => {
    const before = (await bodyOf(await harness.call('GET', `/graphs/${graphId}/exports/project_json`))) as { outputs: Record<string, { source: string }> };
    expect(before.outputs['sh1a']?.source).toBe('computed');
    const started = (await bodyOf(await harness.call('POST', `/graphs/${graphId}/runs`))) as { id: string };
    expect((await finished(started.id)).status).toBe('succeeded');
    const after = (await bodyOf(await harness.call('GET', `/graphs/${graphId}/exports/project_json`))) as { outputs: Record<string, { source: string; files: Record<string, unknown> }> };
    expect(after.outputs['sh1a']?.source).toBe('run');
    expect(after.outputs['list']?.source).toBe('run');
    // The storyboard frame in the zip is the run's stored frame, byte for byte.
    const frameHash = (after.outputs['sh1a']?.files['frame.svg'] as { hash: string } | undefined)?.hash;
    const stored = await harness.call('GET', `/artifacts/${frameHash}`);
    const zip = Buffer.from(await (await harness.call('GET', `/graphs/${graphId}/exports/frames_zip`)).arrayBuffer());
    expect(zip.includes(Buffer.from(await stored.arrayBuffer()))).toBe(true);
  }, 120_000);

  it('exports a saved revision, and 404s one that does not exist', async () => {
    expect([200, 201]).toContain((await harness.call('POST', `/graphs/${graphId}/revisions`)).status);
    expect((await harness.call('GET', `/graphs/${graphId}/exports/edl?revision=1`)).status).toBe(200);
    const missing = await harness.call('GET', `/graphs/${graphId}/exports/edl?revision=99`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Type')).toContain('application/problem+json');
  });

  it('refuses an unknown format as a validation problem (422)', async () => {
    const response = await harness.call('GET', `/graphs/${graphId}/exports/docx`);
    expect(response.status).toBe(422);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  });
});
