import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { GraphDocument } from '@pc/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sceneCoverage } from '../test/documents.js';
import { bodyOf, createApiHarness, type ApiHarness } from '../test/harness.js';


const decode = async (response: Response): Promise<string> => {
  const bytes = Buffer.from(await response.arrayBuffer());
  switch (response.headers.get('Content-Encoding')) {
    case 'br':
      return brotliDecompressSync(bytes).toString('utf8');
    case 'gzip':
      return gunzipSync(bytes).toString('utf8');
    case null:
      return bytes.toString('utf8');
    default:
      throw new Error(`unexpected coding ${response.headers.get('Content-Encoding')}`);
  }
};

interface RunBody {
  id: string;
  status: string;
  nodes: { outputs: { artifacts: Record<string, { hash: string; mediaType: string; bytes: number }> } | null }[];
}

describe('cache-friendly responses (Postgres, embedded engine)', () => {
  let harness: ApiHarness;
  let graphId: string;

  beforeAll(async () => {
    harness = await createApiHarness('postgres');
    graphId = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Harbour coverage', document: sceneCoverage(40) }))) as { id: string }).id;
  }, 60_000);
  afterAll(() => harness?.dispose());

  describe('compression', () => {
    it('answers brotli or gzip as Accept-Encoding asks, keeping the strong ETag', async () => {
      const plain = await harness.call('GET', `/graphs/${graphId}`);
      const identity = await plain.text();
      expect(plain.headers.get('Content-Encoding')).toBeNull();
      expect(plain.headers.get('Vary')).toMatch(/Accept-Encoding/);
      expect(identity.length).toBeGreaterThan(4096);
      for (const [accept, coding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0.5, gzip;q=0.9', 'gzip'],
        ['*', 'br'],
        ['br;q=0, *;q=0.1', 'gzip'],
      ] as const) {
        const response = await harness.call('GET', `/graphs/${graphId}`, undefined, { 'Accept-Encoding': accept });
        expect(response.headers.get('Content-Encoding'), accept).toBe(coding);
        expect(response.headers.get('Vary')).toMatch(/Accept-Encoding/);
        expect(response.headers.get('ETag')).toBe(plain.headers.get('ETag'));
        expect(response.headers.get('Content-Length')).toBeNull();
        expect(await decode(response)).toBe(identity);
      }
      for (const refused of ['identity', 'gzip;q=0, br;q=0', 'compress', '']) {
        const response = await harness.call('GET', `/graphs/${graphId}`, undefined, { 'Accept-Encoding': refused });
        expect(response.headers.get('Content-Encoding'), refused).toBeNull();
      }
    });

    it('takes the ETag of a compressed read as the If-Match of a write', async () => {
      const read = await harness.call('GET', `/graphs/${graphId}`, undefined, { 'Accept-Encoding': 'br' });
      const { document } = JSON.parse(await decode(read)) as { document: GraphDocument };
      const write = await harness.call('PUT', `/graphs/${graphId}`, { document }, { 'If-Match': read.headers.get('ETag')! });
      expect(write.status).toBe(200);
    });

    it('leaves small bodies and HEAD requests as they are', async () => {
      const small = await harness.call('GET', '/me', undefined, { 'Accept-Encoding': 'br' });
      expect(small.status).toBe(200);
      expect(small.headers.get('Content-Encoding')).toBeNull();
      const head = await harness.request(`/api/v1/graphs/${graphId}`, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
      expect(head.headers.get('Content-Encoding')).toBeNull();
    });

    it('compresses problem+json errors too', async () => {
      const tooMany = { name: 'x'.repeat(5000) };
      const response = await harness.call('POST', '/graphs', tooMany, { 'Accept-Encoding': 'gzip' });
      expect(response.status).toBe(422);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(await decode(response))).toMatchObject({ status: 422 });
    });
  });

  describe('conditional GETs', () => {
    it('graph lists carry an ETag of their content and answer 304 until a graph changes', async () => {
      const first = await harness.call('GET', '/graphs');
      const etag = first.headers.get('ETag');
      expect(etag).toMatch(/^"[\w-]{22}"$/);
      expect(first.headers.get('Cache-Control')).toBe('private, no-cache');
      const again = await harness.call('GET', '/graphs', undefined, { 'If-None-Match': etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      await harness.call('POST', '/graphs', { name: 'Another' });
      const changed = await harness.call('GET', '/graphs', undefined, { 'If-None-Match': etag! });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('ETag')).not.toBe(etag);
    });

    it('snapshots answer with their revision as ETag, immutable, and 304', async () => {
      expect((await harness.call('POST', `/graphs/${graphId}/revisions`, { message: 'locked' })).status).toBeLessThan(300);
      const list = await harness.call('GET', `/graphs/${graphId}/revisions`);
      const { revisions } = (await list.clone().json()) as { revisions: { revision: number }[] };
      const rev = revisions[0]!.revision;
      expect((await harness.call('GET', `/graphs/${graphId}/revisions`, undefined, { 'If-None-Match': list.headers.get('ETag')! })).status).toBe(304);
      const snapshot = await harness.call('GET', `/graphs/${graphId}/revisions/${rev}`);
      expect(snapshot.headers.get('ETag')).toBe(`"${rev}"`);
      expect(snapshot.headers.get('Cache-Control')).toBe('private, max-age=31536000, immutable');
      expect((await harness.call('GET', `/graphs/${graphId}/revisions/${rev}`, undefined, { 'If-None-Match': `W/"${rev}"` })).status).toBe(304);
      // A snapshot that does not exist yet is a 404 nobody may keep, whatever If-None-Match says.
      const missing = await harness.call('GET', `/graphs/${graphId}/revisions/999`, undefined, { 'If-None-Match': '"999"' });
      expect(missing.status).toBe(404);
      expect(missing.headers.get('Cache-Control') ?? '').not.toMatch(/immutable/);
    });

    it('runs, run lists and artifacts answer 304 while nothing changed; event streams are never compressed', async () => {
      const { id } = (await bodyOf(await harness.call('POST', `/graphs/${graphId}/runs`))) as { id: string };
      const stream = await harness.call('GET', `/runs/${id}/events`, undefined, { 'Accept-Encoding': 'gzip, br' });
      expect(stream.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
      expect(stream.headers.get('Content-Encoding')).toBeNull();
      // The stream ends when the run is final: its plain text names the final status.
      expect(await stream.text()).toMatch(/succeeded|failed/);

      const run = await harness.call('GET', `/runs/${id}`);
      const body = (await run.clone().json()) as RunBody;
      expect(body.status).toBe('succeeded');
      const etag = run.headers.get('ETag')!;
      expect((await harness.call('GET', `/runs/${id}`, undefined, { 'If-None-Match': etag })).status).toBe(304);
      const history = await harness.call('GET', `/graphs/${graphId}/runs`);
      expect((await harness.call('GET', `/graphs/${graphId}/runs`, undefined, { 'If-None-Match': history.headers.get('ETag')! })).status).toBe(304);

      const artifacts = body.nodes.flatMap((node) => Object.values(node.outputs?.artifacts ?? {}));
      const svg = artifacts.filter((artifact) => artifact.mediaType === 'image/svg+xml').sort((x, y) => y.bytes - x.bytes)[0];
      expect(svg?.bytes).toBeGreaterThan(1024);
      const drawing = await harness.call('GET', `/artifacts/${svg!.hash}`, undefined, { 'Accept-Encoding': 'gzip' });
      expect(drawing.headers.get('Content-Encoding')).toBe('gzip');
      expect(drawing.headers.get('Cache-Control')).toBe('private, max-age=31536000, immutable');
      expect(Buffer.byteLength(await decode(drawing))).toBe(svg!.bytes);
      expect((await harness.call('GET', `/artifacts/${svg!.hash}`, undefined, { 'If-None-Match': `"${svg!.hash}"` })).status).toBe(304);
    }, 120_000);
  });

  describe('cursor pagination of the short lists', () => {
    it('pages members, workspaces and API keys, each row once, with a limit cap', async () => {
      const owner = harness.owner;
      const members = `/workspaces/${owner.workspaceId}/members`;
      const people = await Promise.all(['Ada', 'Bo', 'Cy', 'Di'].map((name) => harness.signUp(name)));
      for (const person of people) expect((await owner.call('POST', members, { email: person.user.email, role: 'viewer' })).status).toBe(201);
      for (const name of ['Zeta', 'Alpha', 'Mid']) expect((await owner.call('POST', '/workspaces', { name })).status).toBe(201);
      for (const name of ['one', 'two', 'three']) expect((await owner.call('POST', '/api-keys', { name, scopes: ['read'] })).status).toBe(201);

      const walk = async (path: string, field: string) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const response = await owner.call('GET', `${path}?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          expect(response.status).toBe(200);
          const page = (await response.json()) as Record<string, { id?: string; userId?: string }[]> & { nextCursor: string | null };
          expect(page[field]!.length).toBeLessThanOrEqual(2);
          seen.push(...page[field]!.map((row) => row.id ?? row.userId ?? ''));
          cursor = page.nextCursor;
        } while (cursor);
        return seen;
      };
      const everyone = (await bodyOf(await owner.call('GET', members))) as { members: { userId: string }[]; nextCursor: null };
      expect(everyone.nextCursor).toBeNull();
      expect(await walk(members, 'members')).toEqual(everyone.members.map((m) => m.userId));
      expect(everyone.members).toHaveLength(5);

      const workspaces = (await bodyOf(await owner.call('GET', '/workspaces'))) as { workspaces: { id: string; name: string; personal: boolean }[] };
      expect(workspaces.workspaces[0]!.id).toBe(owner.workspaceId);
      expect(workspaces.workspaces.slice(1).map((w) => w.name)).toEqual([...workspaces.workspaces.slice(1).map((w) => w.name)].sort());
      expect(await walk('/workspaces', 'workspaces')).toEqual(workspaces.workspaces.map((w) => w.id));

      const keys = (await bodyOf(await owner.call('GET', '/api-keys'))) as { apiKeys: { id: string }[] };
      expect(keys.apiKeys).toHaveLength(3);
      expect(await walk('/api-keys', 'apiKeys')).toEqual(keys.apiKeys.map((k) => k.id));

      for (const path of [members, '/workspaces', '/api-keys']) {
        expect((await owner.call('GET', `${path}?limit=101`)).status, path).toBe(422);
        expect((await owner.call('GET', `${path}?limit=0`)).status, path).toBe(422);
        const bad = await owner.call('GET', `${path}?cursor=not-ours`);
        expect(bad.status, path).toBe(400);
        expect(((await bad.json()) as { type: string }).type).toMatch(/invalid_cursor/);
      }
      const me = (await bodyOf(await owner.call('GET', '/me'))) as { workspaces: unknown[]; workspacesNextCursor: string | null };
      expect(me.workspaces).toHaveLength(workspaces.workspaces.length);
      expect(me.workspacesNextCursor).toBeNull();
    });
  });
});
