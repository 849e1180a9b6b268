import type { FakeS3 } from '@pc/engine/testing/s3-server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The harness (the app) first: it extends zod with OpenAPI before @pc/engine loads @pc/graph's schemas.
import { bodyOf, createApiHarness, type ApiHarness } from '../test/harness.js';
import { selectRows } from '@pc/db';
import { createRunServices } from '../runs/services.js';
import { harbourScene } from '../test/documents.js';

interface RunBody {
  id: string;
  status: string;
  nodes: { outputs: { artifacts: Record<string, { hash: string; mediaType: string; bytes: number; url: string }> } | null }[];
}

const credentials = { bucket: 'pc-frames', region: 'us-east-1', accessKeyId: 'AKIASERVER', secretAccessKey: 'server-test-secret' };

describe('artifacts in an S3-compatible bucket (ARTIFACT_STORE=s3)', () => {
  let s3: FakeS3;
  let harness: ApiHarness;

  beforeAll(async () => {
    const { startFakeS3 } = await import('@pc/engine/testing/s3-server');
    s3 = await startFakeS3(credentials);
    harness = await createApiHarness('postgres', {}, {
      runs: (database) => createRunServices({ database, artifactStore: { kind: 's3', endpoint: s3.url, forcePathStyle: true, ...credentials } }),
    });
  }, 60_000);
  afterAll(async () => {
    await harness?.dispose();
    await s3?.close();
  });

  it('stores the run’s files in the bucket and serves them with the same access checks and caching headers', async () => {
    const graphId = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Harbour', document: harbourScene() }))) as { id: string }).id;
    const { id } = (await bodyOf(await harness.call('POST', `/graphs/${graphId}/runs`))) as { id: string };
    let run: RunBody | undefined;
    for (let tries = 0; tries < 800 && !['succeeded', 'failed', 'cancelled'].includes(run?.status ?? ''); tries += 1) {
      if (run) await new Promise((resolve) => setTimeout(resolve, 25));
      run = (await bodyOf(await harness.call('GET', `/runs/${id}`))) as RunBody;
    }
    expect(run?.status).toBe('succeeded');
    const svg = run?.nodes.flatMap((node) => Object.values(node.outputs?.artifacts ?? {})).find((ref) => ref.mediaType === 'image/svg+xml');
    if (!svg) throw new Error('no SVG artifact');

    expect(s3.objects.get(`artifacts/${svg.hash}`)?.contentType).toBe('image/svg+xml');
    const stored = await selectRows(harness.test.database.db, sql`select bytes is null as "external", size from artifacts where hash = ${svg.hash}`);
    expect(stored).toEqual([{ external: true, size: svg.bytes }]);

    const response = await harness.call('GET', svg.url.replace('/api/v1', ''));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(response.headers.get('Cache-Control')).toBe('private, max-age=31536000, immutable');
    expect(response.headers.get('ETag')).toBe(`"${svg.hash}"`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(s3.objects.get(`artifacts/${svg.hash}`)?.bytes);

    const gets = s3.requests.filter((request) => request.startsWith('GET')).length;
    expect((await harness.call('GET', `/artifacts/${svg.hash}`, undefined, { 'If-None-Match': `"${svg.hash}"` })).status).toBe(304);
    const outsider = await harness.signUp('Outsider');
    expect((await outsider.call('GET', `/artifacts/${svg.hash}`)).status).toBe(404);
    // Neither the 304 nor the refused outsider reached the bucket.
    expect(s3.requests.filter((request) => request.startsWith('GET')).length).toBe(gets);
    expect(s3.refused).toEqual([]);
  }, 60_000);
});
