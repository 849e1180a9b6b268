// The harness first: it loads @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { startCollabHarness, type CollabHarness } from '../test/collab-harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/*
 * A newcomer's Node script with the stock y-websocket provider, written from
 * docs/collaboration.md, docs/api.md and the OpenAPI document alone: sign up, a key, a graph,
 * a collab token, a Character, a Scene and a Shot wired in the Y.Doc and read back over REST,
 * a PUT seen live, invalid structure repaired, a viewer's writes dropped, a dead token refused.
 * Only the server comes from the test harness; every client step is what the docs say.
 */

interface Script {
  base: string;
  key: string;
  keyId: string;
  /** The session cookie the key was created from (the docs' cookies.txt). */
  cookie: string;
  userId: string;
  email: string;
  workspaceId: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

interface GraphRead {
  id: string;
  revision: number;
  document: { schemaVersion: number; nodes: { id: string; type: string; position: { x: number; y: number }; data: Record<string, unknown> }[]; edges: { id: string; source: string; sourceHandle: string; target: string; targetHandle: string }[] };
  issues: { message: string; nodeId?: string }[];
}

/** docs/api.md "Signing in and API keys": sign up (a cookie), then a key for scripts. */
async function signUpScript(base: string, name: string): Promise<Script> {
  const api = `${base}/api/v1`;
  const email = `${name.toLowerCase()}-${Date.now()}@example.com`;
  const signup = await fetch(`${api}/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'at least 10 characters', name }) });
  expect(signup.status).toBe(201);
  const cookie = signup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = (await (await fetch(`${api}/me`, { headers: { cookie } })).json()) as { user: { id: string }; workspaces: { id: string }[] };
  const created = await fetch(`${api}/api-keys`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'scripts', scopes: ['read', 'write', 'run'] }) });
  expect(created.status).toBe(201);
  const { key, id: keyId } = (await created.json()) as { key: string; id: string };
  return {
    base,
    key,
    keyId,
    cookie,
    email,
    userId: me.user.id,
    workspaceId: me.workspaces[0]!.id,
    call: (method, path, body, headers = {}) =>
      fetch(`${api}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

/** docs/collaboration.md "From a Node script", word for word. */
function connect(script: Script, graphId: string, token: string) {
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(`${script.base.replace(/^http/, 'ws')}/collab`, graphId, ydoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  const closes: number[] = [];
  provider.on('connection-close', (event) => void (event && closes.push(event.code)));
  const synced = new Promise<void>((resolve) => provider.once('sync', (isSynced: boolean) => isSynced && resolve()));
  return { ydoc, provider, closes, synced };
}

async function collabToken(script: Script, graphId: string) {
  const response = await script.call('POST', `/graphs/${graphId}/collab-token`);
  expect(response.status).toBe(200);
  return (await response.json()) as { token: string; expiresAt: string; url: string; role: string };
}

/** Polls until `check` stops throwing: the projection is documented as "2 s after the last change". */
async function until<T>(check: () => Promise<T> | T, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/**
 * A refused upgrade as the docs describe it: a `connection-error`, then a close (its code), and
 * the provider stopped from there — the stock one would keep retrying.
 */
function refusedUpgrade(provider: WebsocketProvider): Promise<number> {
  return new Promise<number>((resolve) => {
    provider.once('connection-error', () => {
      provider.once('connection-close', (event: { code: number } | null) => {
        // Safe here only because `once` is off before destroy() emits connection-close again (docs: the recursion).
        provider.destroy();
        resolve(event?.code ?? 0);
      });
    });
  });
}

/** Writes a node as documented: one transaction, its Y.Map set once, then type, position, data. */
function addNode(ydoc: Y.Doc, id: string, type: string, position: { x: number; y: number }, fields: Record<string, unknown>) {
  const node = new Y.Map<unknown>();
  ydoc.getMap('nodes').set(id, node);
  node.set('type', type);
  node.set('position', position);
  const data = new Y.Map<unknown>();
  node.set('data', data);
  for (const [field, value] of Object.entries(fields)) data.set(field, value);
  return data;
}

describe("a newcomer's collaboration script, from the docs alone", () => {
  let harness: CollabHarness;
  let director: Script;
  /** How far the collab server's clock runs ahead: the only way to see a 5-minute token expire in a fast test. */
  let clockAheadMs = 0;
  const providers: WebsocketProvider[] = [];
  const open = (script: Script, graphId: string, token: string) => {
    const client = connect(script, graphId, token);
    providers.push(client.provider);
    return client;
  };

  beforeAll(async () => {
    harness = await startCollabHarness('postgres', { now: () => new Date(Date.now() + clockAheadMs) });
    director = await signUpScript(harness.baseUrl, 'Director');
  }, 60_000);
  afterAll(async () => {
    for (const provider of providers) provider.destroy();
    await harness?.dispose();
  });

  it('wires a Character, a Scene and a Shot in the Y.Doc, reads them over REST, and sees a PUT arrive', async () => {
    const created = await director.call('POST', '/graphs', { name: 'Harbour' });
    expect(created.status).toBe(201);
    const { id: graphId } = (await created.json()) as GraphRead;

    const token = await collabToken(director, graphId);
    expect(token.role).toBe('owner');
    // Documented lifetime: 5 minutes.
    expect(Date.parse(token.expiresAt) - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(Date.parse(token.expiresAt) - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    expect(token.url).toBe(`/collab/${graphId}?token=${encodeURIComponent(token.token)}`);

    const { ydoc, provider, synced } = open(director, graphId, token.token);
    await synced;
    expect(ydoc.getMap('meta').get('schemaVersion')).toBe(1);

    // The ports, from the catalogue the docs point to.
    const catalogue = (await (await fetch(`${director.base}/api/v1/node-types`)).json()) as { nodeTypes: { type: string; inputs: { name: string; dataType: string }[]; outputs: { name: string; dataType: string }[] }[] };
    const ports = (type: string) => catalogue.nodeTypes.find((entry) => entry.type === type)!;
    expect(ports('character').outputs.map((port) => port.name)).toContain('character');
    expect(ports('scene').inputs.map((port) => port.name)).toContain('characters');
    expect(ports('shot').inputs.map((port) => port.name)).toEqual(expect.arrayContaining(['scene', 'characters']));

    ydoc.transact(() => {
      addNode(ydoc, 'mara', 'character', { x: 0, y: 0 }, { name: 'MARA' });
      const scene = addNode(ydoc, 'sc1', 'scene', { x: 320, y: 0 }, {
        name: 'Harbour at dawn', notes: '', tags: [], status: 'todo',
        sceneNumber: '1', order: 1, intExt: 'EXT', locationName: 'HARBOUR', timeOfDay: 'DAWN',
        storyDay: 1, synopsis: 'Mara waits.', transitionOut: 'CUT TO:',
      });
      scene.set('scriptText', new Y.Text('MARA watches the boats.'));
      addNode(ydoc, 'sh1a', 'shot', { x: 640, y: 0 }, { shotNumber: '1A', shotSize: 'WS', lensMm: 35 });
      const edges = ydoc.getMap('edges');
      edges.set('e1', { source: 'mara', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' });
      edges.set('e2', { source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' });
      edges.set('e3', { source: 'mara', sourceHandle: 'character', target: 'sh1a', targetHandle: 'characters' });
    });

    const read = await until(async () => {
      const response = await director.call('GET', `/graphs/${graphId}`);
      const graph = (await response.json()) as GraphRead;
      expect(graph.document.nodes.map((node) => node.id).sort()).toEqual(['mara', 'sc1', 'sh1a']);
      expect(graph.document.edges.map((edge) => edge.id).sort()).toEqual(['e1', 'e2', 'e3']);
      return { graph, etag: response.headers.get('etag')! };
    });
    const scene = read.graph.document.nodes.find((node) => node.id === 'sc1')!;
    expect(scene.data).toMatchObject({ locationName: 'HARBOUR', storyDay: 1, scriptText: 'MARA watches the boats.' });
    expect(read.graph.issues.filter((issue) => issue.nodeId === 'sc1')).toEqual([]);
    expect(read.etag).toBe(`"${read.graph.revision}"`);

    // A PUT with If-Match while connected: the edit arrives in the script's Y.Doc.
    const document = structuredClone(read.graph.document);
    document.nodes.find((node) => node.id === 'sc1')!.data['locationName'] = 'LIGHTHOUSE';
    const put = await director.call('PUT', `/graphs/${graphId}`, { document }, { 'if-match': read.etag });
    expect(put.status).toBe(200);
    const sceneData = () => (ydoc.getMap('nodes').get('sc1') as Y.Map<unknown>).get('data') as Y.Map<unknown>;
    await until(() => expect(sceneData().get('locationName')).toBe('LIGHTHOUSE'));
    // The collaborative text stayed a Y.Text, edited in place.
    expect(sceneData().get('scriptText')).toBeInstanceOf(Y.Text);
    expect(provider.wsconnected).toBe(true);
  });

  it('repairs the structure a script breaks and reports the rest as issues', async () => {
    const { id: graphId } = (await (await director.call('POST', '/graphs', { name: 'Breakage' })).json()) as GraphRead;
    const { ydoc, synced } = open(director, graphId, (await collabToken(director, graphId)).token);
    await synced;
    ydoc.transact(() => {
      addNode(ydoc, 'mara', 'character', { x: 0, y: 0 }, { name: 'MARA' });
      addNode(ydoc, 'sh1a', 'shot', { x: 640, y: 0 }, { shotNumber: '1A' });
      addNode(ydoc, 'beast', 'dragon', { x: 0, y: 300 }, { name: 'Smaug' });
      const edges = ydoc.getMap('edges');
      edges.set('to-nowhere', { source: 'mara', sourceHandle: 'character', target: 'ghost', targetHandle: 'characters' });
      edges.set('wrong-port', { source: 'mara', sourceHandle: 'character', target: 'sh1a', targetHandle: 'scene' });
      edges.set('no-such-port', { source: 'mara', sourceHandle: 'character', target: 'sh1a', targetHandle: 'props' });
      edges.set('fine', { source: 'mara', sourceHandle: 'character', target: 'sh1a', targetHandle: 'characters' });
    });
    // The server's repair (500 ms after the last change) deletes the links the rules forbid.
    await until(() => expect([...ydoc.getMap('edges').keys()].sort()).toEqual(['fine']));
    const graph = await until(async () => {
      const read = (await (await director.call('GET', `/graphs/${graphId}`)).json()) as GraphRead;
      expect(read.document.edges.map((edge) => edge.id)).toEqual(['fine']);
      return read;
    });
    // A node is never removed: an unknown type stays, flagged as an error that keeps the graph from running.
    expect(graph.document.nodes.map((node) => node.id).sort()).toEqual(['beast', 'mara', 'sh1a']);
    expect(graph.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'unknown_node_type', severity: 'error', nodeId: 'beast' })]));
  });

  it("drops a viewer's writes and keeps its socket; a revoked key's or forged token's socket is refused", async () => {
    const { id: graphId } = (await (await director.call('POST', '/graphs', { name: 'Shared' })).json()) as GraphRead;
    const owner = open(director, graphId, (await collabToken(director, graphId)).token);
    await owner.synced;
    owner.ydoc.transact(() => void addNode(owner.ydoc, 'mara', 'character', { x: 0, y: 0 }, { name: 'MARA' }));

    // A second account, invited as a viewer (OpenAPI: POST /workspaces/{id}/members).
    const producer = await signUpScript(harness.baseUrl, 'Producer');
    const invited = await director.call('POST', `/workspaces/${director.workspaceId}/members`, { email: producer.email, role: 'viewer' });
    expect(invited.status).toBe(201);
    const viewerToken = await collabToken(producer, graphId);
    expect(viewerToken.role).toBe('viewer');
    const viewer = open(producer, graphId, viewerToken.token);
    await viewer.synced;
    await until(() => expect(viewer.ydoc.getMap('nodes').has('mara')).toBe(true));

    // Its write is dropped silently; the socket stays and keeps receiving.
    viewer.ydoc.transact(() => void addNode(viewer.ydoc, 'intruder', 'character', { x: 0, y: 200 }, { name: 'NOBODY' }));
    owner.ydoc.transact(() => void addNode(owner.ydoc, 'ben', 'character', { x: 200, y: 0 }, { name: 'BEN' }));
    await until(() => expect(viewer.ydoc.getMap('nodes').has('ben')).toBe(true));
    // The server's side of "dropped silently": the frame arrived and was counted, not applied.
    await until(() => expect(harness.collab.stats().viewerWritesDropped).toBeGreaterThan(0));
    await until(async () => {
      const read = (await (await director.call('GET', `/graphs/${graphId}`)).json()) as GraphRead;
      expect(read.document.nodes.map((node) => node.id).sort()).toEqual(['ben', 'mara']);
    });
    expect(owner.ydoc.getMap('nodes').has('intruder')).toBe(false);
    expect(viewer.ydoc.getMap('nodes').has('intruder')).toBe(true); // its local copy differs until reload, as documented
    expect(viewer.provider.wsconnected).toBe(true);
    expect(viewer.closes).toEqual([]);

    // A second key of the director's, revoked while its socket is open: the socket closes
    // with 4401, and a token it got earlier no longer opens one (HTTP 401: a
    // connection-error, then a 1006 close).
    const spare = await fetch(`${director.base}/api/v1/api-keys`, { method: 'POST', headers: { cookie: director.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'spare', scopes: ['read', 'write'] }) });
    const { key: spareKey, id: spareId } = (await spare.json()) as { key: string; id: string };
    const spareScript: Script = { ...director, key: spareKey, keyId: spareId, call: (method, path) => fetch(`${director.base}/api/v1${path}`, { method, headers: { authorization: `Bearer ${spareKey}` } }) };
    const [first, second] = [await collabToken(spareScript, graphId), await collabToken(spareScript, graphId)];
    const gaffer = open(spareScript, graphId, first.token);
    await gaffer.synced;
    // 44xx is terminal: the stock provider's default shouldReconnect stops and emits `closed`.
    const gafferClosed = new Promise<number>((resolve) => gaffer.provider.once('closed', ({ code }: { code: number }) => resolve(code)));
    const revoked = await fetch(`${director.base}/api/v1/api-keys/${spareId}`, { method: 'DELETE', headers: { cookie: director.cookie } });
    expect(revoked.status).toBe(204);
    expect(await gafferClosed).toBe(4401);
    expect(gaffer.closes).toEqual([4401]);
    expect(await refusedUpgrade(connect(spareScript, graphId, second.token).provider)).toBe(1006);
    // The owner's own socket (another key) is untouched.
    expect(owner.provider.wsconnected).toBe(true);

    // A forged token (the viewer's, its payload rewritten to say owner) is refused the same way.
    const [version, payload, signature] = viewerToken.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = `${version}.${Buffer.from(JSON.stringify({ ...claims, role: 'owner' })).toString('base64url')}.${signature}`;
    const fake = connect(producer, graphId, forged);
    providers.push(fake.provider);
    const errored = await new Promise<boolean>((resolve) => fake.provider.once('connection-error', () => resolve(true)));
    expect(errored).toBe(true);
    expect(fake.provider.wsconnected).toBe(false);
  });

  it('refuses a token past its 5 minutes at the upgrade, and leaves a socket it opened earlier alone', async () => {
    const { id: graphId } = (await (await director.call('POST', '/graphs', { name: 'Late' })).json()) as GraphRead;
    const [first, second] = [await collabToken(director, graphId), await collabToken(director, graphId)];
    const early = open(director, graphId, first.token);
    await early.synced;
    clockAheadMs = 5 * 60_000 + 1_000;
    try {
      expect(await refusedUpgrade(connect(director, graphId, second.token).provider)).toBe(1006);
      // The token is checked at the upgrade only: the socket it opened goes on.
      early.ydoc.transact(() => void addNode(early.ydoc, 'mara', 'character', { x: 0, y: 0 }, { name: 'MARA' }));
      await until(async () => {
        const read = (await (await director.call('GET', `/graphs/${graphId}`)).json()) as GraphRead;
        expect(read.document.nodes.map((node) => node.id)).toEqual(['mara']);
      });
      expect(early.closes).toEqual([]);
    } finally {
      clockAheadMs = 0;
    }
  });
});
