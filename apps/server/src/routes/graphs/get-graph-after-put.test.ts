import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// The harness first: it loads zod's OpenAPI extension before anything declares a schema.
import { bodyOf, createApiHarness, type ApiHarness } from '../../test/harness.js';
import * as Db from '@pc/db';
import { validateGraph } from '@pc/graph';
import { sceneCoverage } from '../../test/documents.js';
import pino from 'pino';
import { createApp } from '../../app.js';
import { toGraphResponse } from './schemas.js';

// The real read, counted: how often GET loads a graph's document.
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('@pc/db', async (importOriginal) => {
  const real = await importOriginal<typeof Db>();
  return {
    ...real,
    findGraph: (...args: Parameters<typeof real.findGraph>) => {
      reads.count += 1;
      return real.findGraph(...args);
    },
  };
});

describe('GET /graphs/:id after a PUT', () => {
  let harness: ApiHarness;
  let graphId: string;

  beforeAll(async () => {
    harness = await createApiHarness('pglite');
    graphId = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Coverage', document: sceneCoverage(30) }))) as { id: string }).id;
  }, 60_000);
  afterAll(() => harness?.dispose());

  /** What a GET answers when it reads the graph itself (another process, or after eviction). */
  const freshAnswer = async () => {
    const graph = await Db.findGraph(harness.test.database.db, graphId);
    return JSON.parse(JSON.stringify(toGraphResponse(graph!, validateGraph(graph!.document)))) as unknown;
  };

  it('answers the PUT’s own answer without reading the document, equal to a fresh read', async () => {
    const put = await harness.call('PUT', `/graphs/${graphId}`, { document: sceneCoverage(31) }, { 'If-Match': '*' });
    expect(put.status).toBe(200);
    const putText = await put.text();
    const before = reads.count;
    const get = await harness.call('GET', `/graphs/${graphId}`);
    expect(get.status).toBe(200);
    expect(reads.count - before).toBe(0);
    expect(get.headers.get('ETag')).toBe(put.headers.get('ETag'));
    expect(await get.text()).toBe(putText);
    expect(JSON.parse(putText)).toEqual(await freshAnswer());
  });

  it('answers, primed by the PUT, the very bytes a cold GET of another process answers: a strong ETag promises them', async () => {
    // Keys in the writer's order, which is not jsonb's (shorter keys first, then bytewise).
    const written = sceneCoverage(12);
    written.nodes = written.nodes.map(({ id, type, position, data }) => ({ type, data: type === 'shot' ? { shotNumber: '', ...data, shotSize: 'CU', lensMm: 50 } : data, position, id }));
    written.edges = written.edges.map(({ id, source, sourceHandle, target, targetHandle }) => ({ targetHandle, target, sourceHandle, source, id }));
    const put = await harness.call('PUT', `/graphs/${graphId}`, { document: written }, { 'If-Match': '*' });
    expect(put.status).toBe(200);
    const primed = await harness.call('GET', `/graphs/${graphId}`);

    // Another process: its own app over the same database, with nothing cached.
    const other = createApp({ database: harness.test.database, logger: pino({ level: 'silent' }), config: { maxBodyBytes: 64 * 1024 } });
    const { key } = (await bodyOf(await harness.call('POST', '/api-keys', { name: 'other process', scopes: ['read'] }))) as { key: string };
    const cold = await other.request(`/api/v1/graphs/${graphId}`, { headers: { Authorization: `Bearer ${key}` } });
    expect(cold.headers.get('ETag')).toBe(primed.headers.get('ETag'));
    const [primedText, coldText] = [await primed.text(), await cold.text()];
    expect(primedText).toBe(coldText);
    expect(await put.text()).toBe(coldText);
  });

  it('reads again once a rename gives the graph a new update time', async () => {
    const rename = await harness.call('PATCH', `/graphs/${graphId}`, { name: 'Coverage, renamed' });
    expect(rename.status).toBe(200);
    const before = reads.count;
    const get = await harness.call('GET', `/graphs/${graphId}`);
    expect(reads.count - before).toBe(1);
    const answer = (await bodyOf(get)) as { name: string };
    expect(answer.name).toBe('Coverage, renamed');
    expect(answer).toEqual(await freshAnswer());
  });
});
