import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Encoding from '../../middleware/compression/encoding.js';
import { bodyOf, createApiHarness, type ApiHarness } from '../../test/harness.js';
import { sceneCoverage } from '../../test/documents.js';

// The real compression, counted: how often a graph's answer is compressed.
const compressions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../middleware/compression/encoding.js', async (importOriginal) => {
  const real = await importOriginal<typeof Encoding>();
  return {
    ...real,
    compressBytes: (...args: Parameters<typeof real.compressBytes>) => {
      compressions.count += 1;
      return real.compressBytes(...args);
    },
  };
});

describe('GET /graphs/:id in a coding the caller accepts', () => {
  let harness: ApiHarness;
  let graphId: string;

  beforeAll(async () => {
    harness = await createApiHarness('pglite');
    graphId = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Coverage', document: sceneCoverage(40) }))) as { id: string }).id;
  }, 60_000);
  afterAll(() => harness?.dispose());

  const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

  it('compresses a revision once per coding and answers the same bytes, decoded, as without one', async () => {
    const plain = await harness.call('GET', `/graphs/${graphId}`);
    const text = new TextDecoder().decode(await bytesOf(plain));
    expect(text.length).toBeGreaterThan(4096);
    const before = compressions.count;
    const answers = [];
    for (let round = 0; round < 3; round += 1) answers.push(await harness.call('GET', `/graphs/${graphId}`, undefined, { 'Accept-Encoding': 'gzip, br' }));
    answers.push(await harness.call('GET', `/graphs/${graphId}`, undefined, { 'Accept-Encoding': 'gzip' }));
    expect(compressions.count - before).toBe(2);
    for (const answer of answers.slice(0, 3)) {
      expect(answer.headers.get('Content-Encoding')).toBe('br');
      expect(answer.headers.get('Vary')).toMatch(/Accept-Encoding/);
      expect(answer.headers.get('ETag')).toBe(plain.headers.get('ETag'));
      expect(brotliDecompressSync(await bytesOf(answer)).toString('utf8')).toBe(text);
    }
    expect(answers[3]!.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(await bytesOf(answers[3]!)).toString('utf8')).toBe(text);
  });

  it('compresses the next revision anew, and answers a caller that accepts no coding in plain bytes', async () => {
    const before = compressions.count;
    const put = await harness.call('PUT', `/graphs/${graphId}`, { document: sceneCoverage(41) }, { 'If-Match': '*' });
    expect(put.status).toBe(200);
    const coded = await harness.call('GET', `/graphs/${graphId}`, undefined, { 'Accept-Encoding': 'br' });
    expect(coded.headers.get('ETag')).toBe(put.headers.get('ETag'));
    expect(JSON.parse(brotliDecompressSync(await bytesOf(coded)).toString('utf8'))).toMatchObject({ document: sceneCoverage(41) });
    const plain = await harness.call('GET', `/graphs/${graphId}`, undefined, { 'Accept-Encoding': 'identity' });
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(JSON.parse(await plain.text())).toMatchObject({ document: sceneCoverage(41) });
    expect(compressions.count - before).toBe(1);
  });
});
