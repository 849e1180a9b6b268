import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Encoding from '../../middleware/compression/encoding.js';
import { eventually } from '../../test/collab-harness.js';
import { browserOn, signUpOn, useProcesses } from '../../test/process-app.js';
import { createApiHarness, type ApiHarness, type SignedInClient } from '../../test/harness.js';

// The real compression, counted: how often a page of the list is compressed.
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

type Call = SignedInClient['call'];
interface Page {
  graphs: { id: string; name: string }[];
}

/** What a browser sends, and what Node's fetch and curl --compressed send. */
const BROWSER = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
const GZIP = { 'Accept-Encoding': 'gzip' };

const decode = async (response: Response): Promise<string> => {
  const bytes = Buffer.from(await response.arrayBuffer());
  const coding = response.headers.get('Content-Encoding');
  if (coding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (coding === 'gzip') return gunzipSync(bytes).toString('utf8');
  if (coding === null) return bytes.toString('utf8');
  throw new Error(`unexpected coding ${coding}`);
};
/** The names a list answer shows, whatever its coding. */
const namesOf = async (response: Response) => ((JSON.parse(await decode(response)) as Page).graphs.map((graph) => graph.name)).sort();
/** A name long enough that a handful of graphs make a page worth compressing (≥ 1 KB). */
const named = (name: string) => `${name} — a breakdown of the harbour sequence at dawn, second unit`;
const createGraphs = async (call: Call, prefix: string, count: number) => {
  for (let index = 0; index < count; index += 1) expect((await call('POST', '/graphs', { name: named(`${prefix} ${index + 1}`) })).status).toBe(201);
};

describe('GET /graphs in a coding the caller accepts', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    // The TTL far beyond the test: only invalidation can make a page change.
    harness = await createApiHarness('postgres', { graphReadCacheTtlMs: 60_000 });
    await createGraphs(harness.call, 'Episode', 8);
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('compresses a page once per coding, answers it decoded byte for byte, and 304s on its ETag in any coding', async () => {
    const plain = await harness.call('GET', '/graphs');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    const etag = plain.headers.get('ETag')!;

    const before = compressions.count;
    const coded = [];
    for (let round = 0; round < 3; round += 1) coded.push(await harness.call('GET', '/graphs', undefined, BROWSER));
    coded.push(await harness.call('GET', '/graphs', undefined, GZIP), await harness.call('GET', '/graphs', undefined, GZIP));
    expect(compressions.count - before).toBe(2);
    expect(coded.map((answer) => answer.headers.get('Content-Encoding'))).toEqual(['br', 'br', 'br', 'gzip', 'gzip']);
    for (const answer of coded) {
      expect(answer.headers.get('Vary')).toBe('Accept-Encoding');
      expect(answer.headers.get('ETag')).toBe(etag);
      expect(await decode(answer)).toBe(text);
    }

    const notModified = await harness.call('GET', '/graphs', undefined, { ...BROWSER, 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('ETag')).toBe(etag);
    expect(notModified.headers.get('Vary')).toBe('Accept-Encoding');
    expect(notModified.headers.get('Content-Encoding')).toBeNull();
  });

  it('answers a page that missed together from one compression', async () => {
    await harness.call('POST', '/graphs', { name: named('Episode 9') });
    const before = compressions.count;
    const answers = await Promise.all(Array.from({ length: 10 }, () => harness.call('GET', '/graphs', undefined, GZIP)));
    expect(compressions.count - before).toBe(1);
    const texts = await Promise.all(answers.map(decode));
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toContain('Episode 9');
  });

  it('answers every change to what the page shows at once, in every coding, with a new ETag', async () => {
    const list = () => harness.call('GET', '/graphs', undefined, BROWSER);
    const first = await list();
    const before = (JSON.parse(await decode(first)) as Page).graphs;
    const [renamed, deleted] = before as [Page['graphs'][number], Page['graphs'][number]];
    const seen = [first.headers.get('ETag')];
    const expectShown = async (check: (names: string[]) => void) => {
      const [br, gzip, identity] = [await list(), await harness.call('GET', '/graphs', undefined, GZIP), await harness.call('GET', '/graphs')];
      expect(br.headers.get('Content-Encoding')).toBe('br');
      expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
      const names = await namesOf(br);
      check(names);
      expect(await namesOf(gzip)).toEqual(names);
      expect(await namesOf(identity)).toEqual(names);
      expect(seen).not.toContain(br.headers.get('ETag'));
      seen.push(br.headers.get('ETag'));
    };

    await harness.call('POST', '/graphs', { name: named('Created') });
    await expectShown((names) => expect(names).toContain(named('Created')));
    expect((await harness.call('PATCH', `/graphs/${renamed.id}`, { name: named('Renamed') })).status).toBe(200);
    await expectShown((names) => expect(names).toContain(named('Renamed')));
    expect((await harness.call('DELETE', `/graphs/${deleted.id}`)).status).toBe(204);
    await expectShown((names) => expect(names).not.toContain(deleted.name));
  });

  it('answers a member’s page anew when they join or leave a workspace', async () => {
    const bo = await harness.signUp('Bo');
    await createGraphs(bo.call, 'Bo', 6);
    const shared = (await (await harness.call('POST', '/workspaces', { name: 'Shared' })).json()) as { id: string };
    await createGraphs((method, path, body) => harness.call(method, path, { ...(body as object), workspaceId: shared.id }), 'Shared', 2);
    const boList = () => bo.call('GET', '/graphs', undefined, BROWSER);
    const alone = await boList();
    expect(alone.headers.get('Content-Encoding')).toBe('br');
    expect(await namesOf(alone)).not.toContain(named('Shared 1'));

    expect((await harness.call('POST', `/workspaces/${shared.id}/members`, { email: bo.user.email, role: 'viewer' })).status).toBe(201);
    expect(await namesOf(await boList())).toContain(named('Shared 1'));
    expect((await harness.call('DELETE', `/workspaces/${shared.id}/members/${bo.user.id}`)).status).toBe(204);
    expect(await namesOf(await boList())).not.toContain(named('Shared 1'));
  });
});

describe('GET /graphs in a coding, across processes', () => {
  const processes = useProcesses({ graphReadCacheTtlMs: 10_000 });
  const start = (relay: 'redis' | 'none') => {
    const app = processes.start(relay);
    return { app, as: (cookie: string): Call => browserOn(app, cookie) };
  };
  /** Until `check` holds, for at most 2 s: far below the 10 s TTL. */
  const soon = (check: () => Promise<boolean>) => eventually(check, 2_000);

  it('answers a page another process changed anew, in every coding, as soon as the relay delivers it', async () => {
    const [a, b] = [start('redis'), start('redis')];
    const cookie = await signUpOn(a.app, 'Lister');
    const [onA, onB] = [a.as(cookie), b.as(cookie)];
    await createGraphs(onA, 'Relayed', 6);
    const coded = await onB('GET', '/graphs', undefined, BROWSER);
    expect(coded.headers.get('Content-Encoding')).toBe('br');
    const [renamed] = (JSON.parse(await decode(coded)) as Page).graphs;

    expect((await onA('PATCH', `/graphs/${renamed!.id}`, { name: named('Renamed on a') })).status).toBe(200);
    await soon(async () => (await namesOf(await onB('GET', '/graphs', undefined, BROWSER))).includes(named('Renamed on a')));
    expect(await namesOf(await onB('GET', '/graphs', undefined, GZIP))).toContain(named('Renamed on a'));
    await onA('POST', '/graphs', { name: named('Created on a') });
    await soon(async () => (await namesOf(await onB('GET', '/graphs', undefined, GZIP))).includes(named('Created on a')));
    // The same page on both processes: the same ETag, whatever the coding.
    const [fromA, fromB] = [await onA('GET', '/graphs'), await onB('GET', '/graphs', undefined, BROWSER)];
    expect(fromB.headers.get('ETag')).toBe(fromA.headers.get('ETag'));
    expect(await decode(fromB)).toBe(await fromA.text());
  });

  it('without the relay, keeps a coded page until the TTL (it is the cache that answers), then answers anew', async () => {
    const [a, b] = [start('none'), start('none')];
    const cookie = await signUpOn(a.app, 'Lister');
    const [onA, onB] = [a.as(cookie), b.as(cookie)];
    await createGraphs(onA, 'Unrelayed', 6);
    const before = await namesOf(await onB('GET', '/graphs', undefined, BROWSER));
    await onA('POST', '/graphs', { name: named('Unseen') });
    expect(await namesOf(await onB('GET', '/graphs', undefined, BROWSER))).toEqual(before);
    processes.advanceClock(10_000);
    expect(await namesOf(await onB('GET', '/graphs', undefined, BROWSER))).toContain(named('Unseen'));
  });
});
