// First: the harness loads the app (zod-openapi before @pc/graph).
import { connectClient, eventually, type Client } from '../test/collab-harness.js';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { getNodesMap, toGraphDocument } from '@pc/document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';
import { api, buildBundle, createApiKeyOver, signUpOver, startServerProcess, type ServerProcess } from '../test/server-process.js';
import { CollabCloseCode } from './close-codes.js';

/*
 * Two server processes (the built bundle) on one Postgres database, relaying through
 * Redis. Durability across a SIGKILL is tested with the first run of main.test.ts.
 */

const OUTDIR = 'dist/collab-test';
const BUNDLE = `${OUTDIR}/main.js`;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const running: ServerProcess[] = [];
const clients: Client[] = [];
const start = async (env: Record<string, string>) => {
  const server = await startServerProcess(BUNDLE, env);
  running.push(server);
  return server;
};
const connect = (server: ServerProcess, graphId: string, cookie: string) => {
  const client = connectClient(server.url, graphId, { cookie });
  clients.push(client);
  return client;
};
const createGraph = async (server: ServerProcess, cookie: string) => {
  const response = await api(server.url, cookie, 'POST', '/graphs', { name: 'Breakdown', document: harbourScene() });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
};

beforeAll(() => buildBundle(OUTDIR));
afterAll(() => {
  for (const client of clients) client.destroy();
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
});

describe('scale-out: two processes, one Postgres database, a Redis relay', () => {
  let database: TestDatabase;
  let one: ServerProcess;
  let two: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // TRUST_PROXY: sign-ups are counted per forwarded IP (see signUpOver), not per machine.
    const env = { DATABASE_URL: database.url!, REDIS_URL, TRUST_PROXY: 'true' };
    [one, two] = await Promise.all([start(env), start(env)]);
  });
  afterAll(async () => {
    for (const server of [one, two]) if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    await database?.dispose();
  });

  it('keeps clients of both processes consistent, and persists once', async () => {
    const { cookie } = await signUpOver(one.url, 'Owner');
    const graphId = await createGraph(one, cookie);
    const onOne = connect(one, graphId, cookie);
    const onTwo = connect(two, graphId, cookie);
    await Promise.all([onOne.synced, onTwo.synced]);

    for (let i = 0; i < 10; i += 1) {
      onOne.command({ kind: 'AddNodes', nodes: [{ id: `one-${i}`, type: 'character', position: { x: i, y: 0 }, data: { name: `One ${i}` } }] });
      onTwo.command({ kind: 'AddNodes', nodes: [{ id: `two-${i}`, type: 'character', position: { x: i, y: 100 }, data: { name: `Two ${i}` } }] });
    }
    onTwo.command({ kind: 'UpdateFields', id: 'sc1', fields: { name: 'Harbour at dusk' } });
    await eventually(() => {
      expect(toGraphDocument(onOne.doc)).toEqual(toGraphDocument(onTwo.doc));
      expect(getNodesMap(onOne.doc).size).toBe(23);
    });

    // A late joiner on either process gets everything, including what is not flushed yet.
    onOne.command({ kind: 'MoveNodes', moves: [{ id: 'mara', position: { x: 5, y: 5 } }] });
    const late = connect(two, graphId, cookie);
    await late.synced;
    await eventually(() => expect(toGraphDocument(late.doc)).toEqual(toGraphDocument(onOne.doc)));

    // The projection converges too, whichever process writes it.
    await eventually(async () => {
      const graph = (await (await api(two.url, cookie, 'GET', `/graphs/${graphId}`)).json()) as { document: unknown };
      expect(graph.document).toEqual(toGraphDocument(onOne.doc));
    }, 15_000);
  });

  it('applies a REST write made on one process to clients of the other', async () => {
    const { cookie } = await signUpOver(one.url, 'Writer');
    const graphId = await createGraph(one, cookie);
    const onOne = connect(one, graphId, cookie);
    await onOne.synced;
    const document = harbourScene();
    document.nodes.push({ id: 'ben', type: 'character', position: { x: 0, y: 300 }, data: { name: 'Ben' } });
    expect((await api(two.url, cookie, 'PUT', `/graphs/${graphId}`, { document }, { 'If-Match': '*' })).status).toBe(200);
    await eventually(() => expect(getNodesMap(onOne.doc).has('ben')).toBe(true));
  });

  it('closes a socket on one process when access is removed on the other', async () => {
    const owner = await signUpOver(one.url, 'Team owner');
    const member = await signUpOver(one.url, 'Team member');
    const graphId = await createGraph(one, owner.cookie);
    expect((await api(one.url, owner.cookie, 'POST', `/workspaces/${owner.workspaceId}/members`, { email: member.email, role: 'editor' })).status).toBe(201);
    const client = connect(one, graphId, member.cookie);
    await client.synced;
    const closed = new Promise<number>((resolve) => client.provider.once('closed', ({ code }: { code: number }) => resolve(code)));
    expect((await api(two.url, owner.cookie, 'DELETE', `/workspaces/${owner.workspaceId}/members/${member.userId}`)).status).toBe(204);
    expect(await closed).toBe(CollabCloseCode.accessLost);
  });

  it('closes a session\'s socket on one process when it signs out on the other', async () => {
    const person = await signUpOver(one.url, 'Signing out');
    const graphId = await createGraph(one, person.cookie);
    const client = connect(one, graphId, person.cookie);
    await client.synced;
    const closed = new Promise<number>((resolve) => client.provider.once('closed', ({ code }: { code: number }) => resolve(code)));
    expect((await api(two.url, person.cookie, 'POST', '/auth/logout')).status).toBe(204);
    expect(await closed).toBe(CollabCloseCode.unauthenticated);
  });

  it("closes a key's token socket on one process when the key is revoked on the other", async () => {
    const person = await signUpOver(one.url, 'Script owner');
    const graphId = await createGraph(one, person.cookie);
    const { id: keyId, key } = await createApiKeyOver(one.url, person.cookie, ['read', 'write']);
    const tokenResponse = await fetch(`${one.url}/api/v1/graphs/${graphId}/collab-token`, { method: 'POST', headers: { Authorization: `Bearer ${key}` } });
    const { token } = (await tokenResponse.json()) as { token: string };
    const client = connectClient(one.url, graphId, { token });
    clients.push(client);
    await client.synced;
    const closed = new Promise<number>((resolve) => client.provider.once('closed', ({ code }: { code: number }) => resolve(code)));
    expect((await api(two.url, person.cookie, 'DELETE', `/api-keys/${keyId}`)).status).toBe(204);
    expect(await closed).toBe(CollabCloseCode.unauthenticated);
  });
});
