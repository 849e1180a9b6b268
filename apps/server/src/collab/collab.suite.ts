// First: the harness loads the app (zod-openapi before @pc/graph).
import { connectClient, eventually, startCollabHarness, upgradeStatus, type CollabHarness, type HttpUser } from '../test/collab-harness.js';
import { loadGraphDocState, type DatabaseKind } from '@pc/db';
import { createGraphDoc, getNodesMap, toGraphDocument } from '@pc/document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type * as Y from 'yjs';
import type { GraphDocument } from '@pc/graph';
import { harbourScene } from '../test/documents.js';
import { CollabCloseCode } from './close-codes.js';

/*
 * The collab endpoint with real y-websocket clients over real sockets, on one database
 * engine. Run by collab.pglite.test.ts and collab.postgres.test.ts.
 */

const positionOf = (doc: Y.Doc, id: string) => getNodesMap(doc).get(id)?.get('position') as { x: number; y: number } | undefined;

/** GraphJSON as a live document projects it: sorted by id, collaborative text fields present. */
const sortedById = (document: GraphDocument): GraphDocument => toGraphDocument(createGraphDoc(document));

/** A deterministic pseudo-random sequence (tests must replay the same way). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

export function describeCollabSuite(kind: DatabaseKind): void {
  describe(`collaboration over y-websocket on ${kind}`, () => {
    let harness: CollabHarness;
    let owner: HttpUser;
    let wsBase: string;

    beforeAll(async () => {
      harness = await startCollabHarness(kind, { limits: { maxMessageBytes: 64 * 1024, syncBurst: 300, syncPerSecond: 100 } });
      owner = await harness.signUp('Owner');
      wsBase = `${harness.baseUrl.replace(/^http/, 'ws')}/collab`;
    });
    afterAll(() => harness?.dispose());

    it('serves the stored document on the first sync: no empty document, ever', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const client = harness.connect(graphId, owner);
      await client.synced;
      expect(toGraphDocument(client.doc)).toEqual(sortedById(harbourScene()));
      client.destroy();
    });

    it('five clients making random edits converge, and the projection follows', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const clients = Array.from({ length: 5 }, () => harness.connect(graphId, owner));
      await Promise.all(clients.map((client) => client.synced));
      const next = random(7);
      const ids = ['mara', 'sc1', 'sh1a'];
      for (let round = 0; round < 20; round += 1) {
        for (const [index, client] of clients.entries()) {
          const pick = next();
          if (pick < 0.6) {
            client.command({ kind: 'MoveNodes', moves: [{ id: ids[Math.floor(next() * ids.length)]!, position: { x: round * 10 + index, y: Math.round(next() * 500) } }] });
          } else if (pick < 0.85) {
            client.command({ kind: 'AddNodes', nodes: [{ type: 'character', position: { x: index * 100, y: round * 50 }, data: { name: `Extra ${index}-${round}` } }] });
          } else {
            client.command({ kind: 'UpdateFields', id: 'sh1a', fields: { shotNumber: `${round + 1}${'ABCDE'[index]}` } });
          }
        }
      }
      const expected = await eventually(() => {
        const documents = clients.map((client) => JSON.stringify(toGraphDocument(client.doc)));
        expect(new Set(documents).size).toBe(1);
        return JSON.parse(documents[0]!) as ReturnType<typeof toGraphDocument>;
      });
      expect(expected.nodes.length).toBeGreaterThan(3);
      // The JSON projection the REST API serves catches up (debounced) and bumps the revision.
      await eventually(async () => {
        const graph = (await (await owner.call('GET', `/graphs/${graphId}`)).json()) as { document: unknown; revision: number };
        expect(graph.document).toEqual(expected);
        expect(graph.revision).toBeGreaterThan(1);
      });
      // And everything is in the update log or the snapshot.
      const state = await loadGraphDocState(harness.test.database.db, graphId);
      expect(state.snapshot).toBeDefined();
      for (const client of clients) client.destroy();
    });

    it('drops a viewer’s writes but keeps their socket and sends them everything', async () => {
      const viewer = await harness.signUp('Viewer');
      const graphId = await harness.createGraph(owner, harbourScene());
      await harness.share(owner, viewer, 'viewer');
      const editor = harness.connect(graphId, owner);
      const watching = harness.connect(graphId, viewer);
      await Promise.all([editor.synced, watching.synced]);
      const droppedBefore = harness.collab.stats().viewerWritesDropped;

      watching.command({ kind: 'MoveNodes', moves: [{ id: 'mara', position: { x: 999, y: 999 } }] });
      editor.command({ kind: 'MoveNodes', moves: [{ id: 'sc1', position: { x: 42, y: 42 } }] });
      await eventually(() => expect(positionOf(watching.doc, 'sc1')).toEqual({ x: 42, y: 42 }));
      await eventually(() => expect(harness.collab.stats().viewerWritesDropped).toBeGreaterThan(droppedBefore));
      expect(positionOf(editor.doc, 'mara')).toEqual({ x: 0, y: 0 });
      // A newcomer never sees it either.
      const late = harness.connect(graphId, owner);
      await late.synced;
      expect(positionOf(late.doc, 'mara')).toEqual({ x: 0, y: 0 });
      expect(watching.closes).toEqual([]);
      for (const client of [editor, watching, late]) client.destroy();
    });

    it('refuses the upgrade, with nothing in the answer, without access', async () => {
      const outsider = await harness.signUp('Outsider');
      const graphId = await harness.createGraph(owner, harbourScene());
      const cookie = (user: HttpUser) => ({ Cookie: `pc_session=${user.cookie}` });
      expect(await upgradeStatus(`${wsBase}/${graphId}`)).toEqual({ status: 401, body: '' });
      expect(await upgradeStatus(`${wsBase}/${graphId}`, cookie(outsider))).toEqual({ status: 404, body: '' });
      expect(await upgradeStatus(`${wsBase}/gr_00000000000000zz`, cookie(owner))).toEqual({ status: 404, body: '' });
      expect(await upgradeStatus(`${wsBase}/not-a-graph`, cookie(owner))).toEqual({ status: 404, body: '' });
      expect(await upgradeStatus(`${harness.baseUrl.replace(/^http/, 'ws')}/elsewhere`, cookie(owner))).toEqual({ status: 404, body: '' });
      // Another site's page riding the owner's cookie (cross-site WebSocket hijacking).
      expect(await upgradeStatus(`${wsBase}/${graphId}`, { ...cookie(owner), Origin: 'https://evil.example' })).toEqual({ status: 403, body: '' });
      expect(await upgradeStatus(`${wsBase}/${graphId}`, { ...cookie(owner), Origin: harness.baseUrl })).toEqual({ status: 101, body: '' });
    });

    it('opens with a short-lived collab token for scripts, for that graph only', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const otherGraph = await harness.createGraph(owner);
      const response = await owner.call('POST', `/graphs/${graphId}/collab-token`);
      expect(response.status).toBe(200);
      const { token, url, role, expiresAt } = (await response.json()) as { token: string; url: string; role: string; expiresAt: string };
      expect(role).toBe('owner');
      expect(url).toBe(`/collab/${graphId}?token=${encodeURIComponent(token)}`);
      expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000);

      const script = connectClient(harness.baseUrl, graphId, { token });
      await script.synced;
      expect(toGraphDocument(script.doc)).toEqual(sortedById(harbourScene()));
      script.destroy();
      expect((await upgradeStatus(`${wsBase}/${otherGraph}?token=${encodeURIComponent(token)}`)).status).toBe(404);
      expect((await upgradeStatus(`${wsBase}/${graphId}?token=${encodeURIComponent(`${token}x`)}`)).status).toBe(401);
    });

    it('closes with 4403 when access is lost, and refuses the retry at HTTP level', async () => {
      const member = await harness.signUp('Leaving editor');
      const graphId = await harness.createGraph(owner, harbourScene());
      await harness.share(owner, member, 'editor');
      const client = harness.connect(graphId, member);
      await client.synced;
      const closed = new Promise<number>((resolve) => client.provider.once('closed', ({ code }: { code: number }) => resolve(code)));
      expect((await owner.call('DELETE', `/workspaces/${owner.workspaceId}/members/${member.id}`)).status).toBe(204);
      expect(await closed).toBe(CollabCloseCode.accessLost);
      // The stock provider stops on 44xx; a client that retries anyway learns nothing.
      expect(await upgradeStatus(`${wsBase}/${graphId}`, { Cookie: `pc_session=${member.cookie}` })).toEqual({ status: 404, body: '' });
      client.destroy();
    });

    it('closes with 4409 when the role changes, and the reopened socket has the new role', async () => {
      const member = await harness.signUp('Demoted editor');
      const graphId = await harness.createGraph(owner, harbourScene());
      await harness.share(owner, member, 'editor');
      const client = harness.connect(graphId, member);
      const watcher = harness.connect(graphId, owner);
      await Promise.all([client.synced, watcher.synced]);
      client.command({ kind: 'MoveNodes', moves: [{ id: 'mara', position: { x: 5, y: 5 } }] });
      await eventually(() => expect(positionOf(watcher.doc, 'mara')).toEqual({ x: 5, y: 5 }));
      const closed = new Promise<number>((resolve) => client.provider.once('closed', ({ code }: { code: number }) => resolve(code)));
      expect((await owner.call('PATCH', `/workspaces/${owner.workspaceId}/members/${member.id}`, { role: 'viewer' })).status).toBe(200);
      // The PATCH answers once this process's sockets are closed; the stock provider does not retry.
      expect(await closed).toBe(CollabCloseCode.roleChanged);
      client.destroy();

      // Reopened (as the web client does), the socket is a viewer's: its writes are dropped.
      const reopened = harness.connect(graphId, member);
      await reopened.synced;
      const dropped = harness.collab.stats().viewerWritesDropped;
      reopened.command({ kind: 'MoveNodes', moves: [{ id: 'sc1', position: { x: 1, y: 7 } }] });
      await eventually(() => expect(harness.collab.stats().viewerWritesDropped).toBeGreaterThan(dropped));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(positionOf(watcher.doc, 'sc1')).toEqual({ x: 300, y: 0 });
      expect(reopened.closes).toEqual([]);
      for (const c of [reopened, watcher]) c.destroy();
    });

    it('closes a session\'s sockets with 4401 when it signs out, and every session\'s on a password change', async () => {
      // Its own account: the password change below ends every session of it.
      const person = await harness.signUp('Two devices');
      const graphId = await harness.createGraph(person, harbourScene());
      const laptop = await harness.signIn(person);
      const tablet = await harness.signIn(person);
      const onLaptop = harness.connect(graphId, laptop);
      const onTablet = harness.connect(graphId, tablet);
      await Promise.all([onLaptop.synced, onTablet.synced]);

      const laptopClosed = new Promise<number>((resolve) => onLaptop.provider.once('closed', ({ code }: { code: number }) => resolve(code)));
      expect((await laptop.call('POST', '/auth/logout')).status).toBe(204);
      expect(await laptopClosed).toBe(CollabCloseCode.unauthenticated);
      // The other session's socket is untouched and still writes.
      onTablet.command({ kind: 'MoveNodes', moves: [{ id: 'mara', position: { x: 9, y: 9 } }] });
      const watcher = harness.connect(graphId, person);
      await watcher.synced;
      await eventually(() => expect(positionOf(watcher.doc, 'mara')).toEqual({ x: 9, y: 9 }));
      expect(onTablet.closes).toEqual([]);

      // A password change ends every session: the tablet's socket closes too (and the watcher's).
      const tabletClosed = new Promise<number>((resolve) => onTablet.provider.once('closed', ({ code }: { code: number }) => resolve(code)));
      const changed = await tablet.call('POST', '/auth/password', { currentPassword: 'harbour-at-dawn-42', newPassword: 'harbour-at-dusk-43' });
      expect(changed.status).toBe(204);
      expect(await tabletClosed).toBe(CollabCloseCode.unauthenticated);
      await eventually(() => expect(watcher.closes).toEqual([CollabCloseCode.unauthenticated]));
      for (const c of [onLaptop, onTablet, watcher]) c.destroy();
    });

    it('closes with 4404 when the graph is deleted', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const client = harness.connect(graphId, owner);
      await client.synced;
      const closed = new Promise<number>((resolve) => client.provider.once('closed', ({ code }: { code: number }) => resolve(code)));
      expect((await owner.call('DELETE', `/graphs/${graphId}`)).status).toBe(204);
      expect(await closed).toBe(CollabCloseCode.graphGone);
      expect((await upgradeStatus(`${wsBase}/${graphId}`, { Cookie: `pc_session=${owner.cookie}` })).status).toBe(404);
      client.destroy();
    });

    it('applies a REST PUT to the live document: connected editors see it at once', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const client = harness.connect(graphId, owner);
      await client.synced;
      client.command({ kind: 'MoveNodes', moves: [{ id: 'sh1a', position: { x: 1, y: 2 } }] });
      // The write is checked against a revision that includes the collaborator's move.
      const stale = await owner.call('PUT', `/graphs/${graphId}`, { document: harbourScene() }, { 'If-Match': '"1"' });
      await eventually(() => expect(positionOf(client.doc, 'sh1a')).toEqual({ x: 1, y: 2 }));
      const current = (await (await owner.call('GET', `/graphs/${graphId}`)).json()) as { revision: number };
      if (stale.status === 200) expect(current.revision).toBeGreaterThanOrEqual(2);

      const document = harbourScene();
      document.nodes.push({ id: 'ben', type: 'character', position: { x: 0, y: 200 }, data: { name: 'Ben' } });
      const put = await owner.call('PUT', `/graphs/${graphId}`, { document }, { 'If-Match': '*' });
      expect(put.status).toBe(200);
      const { revision } = (await put.json()) as { revision: number };
      await eventually(() => expect(getNodesMap(client.doc).has('ben')).toBe(true));
      expect(toGraphDocument(client.doc)).toEqual(sortedById(document));
      // Nothing changed after it: the projection keeps that revision (no spurious bump).
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(((await (await owner.call('GET', `/graphs/${graphId}`)).json()) as { revision: number }).revision).toBe(revision);
      client.destroy();
    });

    it('writes a REST PUT into the stored state when nobody has the graph open', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const first = harness.connect(graphId, owner);
      await first.synced; // seeds the Yjs state
      first.destroy();
      await new Promise((resolve) => setTimeout(resolve, 500)); // the room unloads
      const document = harbourScene();
      document.nodes[0]!.data['name'] = 'Mara Vance';
      expect((await owner.call('PUT', `/graphs/${graphId}`, { document }, { 'If-Match': '*' })).status).toBe(200);
      const later = harness.connect(graphId, owner);
      await later.synced;
      expect(toGraphDocument(later.doc)).toEqual(sortedById(document));
      later.destroy();
    });

    it('answers concurrent PUTs each with its own revision, and the stored state ends at the last one', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const documents = Array.from({ length: 12 }, (_, index) => {
        const document = harbourScene();
        document.nodes[0]!.position = { x: 1000 + index, y: 0 };
        return document;
      });
      const responses = await Promise.all(documents.map((document) => owner.call('PUT', `/graphs/${graphId}`, { document }, { 'If-Match': '*' })));
      expect(responses.map((response) => response.status)).toEqual(documents.map(() => 200));
      const revisions = await Promise.all(responses.map(async (response) => ((await response.json()) as { revision: number }).revision));
      expect(new Set(revisions).size).toBe(documents.length);
      const last = (await (await owner.call('GET', `/graphs/${graphId}`)).json()) as { revision: number; document: GraphDocument };
      expect(last.revision).toBe(Math.max(...revisions));
      const reader = harness.connect(graphId, owner);
      await reader.synced;
      expect(toGraphDocument(reader.doc)).toEqual(sortedById(last.document));
      reader.destroy();
    });

    it('merges offline edits after a reconnect', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const online = harness.connect(graphId, owner);
      const offline = harness.connect(graphId, owner);
      await Promise.all([online.synced, offline.synced]);
      offline.provider.disconnect();
      offline.command({ kind: 'UpdateFields', id: 'sc1', fields: { name: 'Harbour at dusk' } });
      offline.command({ kind: 'AddNodes', nodes: [{ id: 'cora', type: 'character', position: { x: 50, y: 50 }, data: { name: 'Cora' } }] });
      online.command({ kind: 'MoveNodes', moves: [{ id: 'mara', position: { x: 77, y: 0 } }] });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(getNodesMap(online.doc).has('cora')).toBe(false);
      offline.provider.connect();
      await eventually(() => {
        expect(toGraphDocument(online.doc)).toEqual(toGraphDocument(offline.doc));
        expect(getNodesMap(online.doc).has('cora')).toBe(true);
        expect(positionOf(offline.doc, 'mara')).toEqual({ x: 77, y: 0 });
      });
      for (const client of [online, offline]) client.destroy();
    });

    it('closes only the offending socket: malformed frame 4400, oversized 4413, flood 4429', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const bystander = harness.connect(graphId, owner);
      await bystander.synced;
      const rawClose = (frames: Uint8Array[]) =>
        new Promise<number>((resolve, reject) => {
          const ws = new WebSocket(`${wsBase}/${graphId}`, { headers: { Cookie: `pc_session=${owner.cookie}` } });
          ws.on('open', () => frames.forEach((frame) => ws.send(frame)));
          ws.on('close', (code) => resolve(code));
          ws.on('error', reject);
        });
      expect(await rawClose([Uint8Array.of(0, 2, 5, 1, 2)])).toBe(CollabCloseCode.malformed);
      expect(await rawClose([Uint8Array.of(9)])).toBe(CollabCloseCode.malformed);
      expect(await rawClose([new Uint8Array(65 * 1024)])).toBe(CollabCloseCode.messageTooLarge);
      const step1 = Uint8Array.of(0, 0, 1, 0); // sync step 1 with an empty state vector
      expect(await rawClose(Array.from({ length: 400 }, () => step1))).toBe(CollabCloseCode.rateLimited);
      // The room and the bystander are fine.
      const other = harness.connect(graphId, owner);
      await other.synced;
      other.command({ kind: 'MoveNodes', moves: [{ id: 'mara', position: { x: 3, y: 3 } }] });
      await eventually(() => expect(positionOf(bystander.doc, 'mara')).toEqual({ x: 3, y: 3 }));
      expect(bystander.closes).toEqual([]);
      for (const client of [bystander, other]) client.destroy();
    });

    it('relays presence and removes a client’s presence when its socket closes', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const a = harness.connect(graphId, owner);
      const b = harness.connect(graphId, owner);
      await Promise.all([a.synced, b.synced]);
      a.provider.awareness.setLocalStateField('cursor', { x: 10, y: 20 });
      await eventually(() => expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({ cursor: { x: 10, y: 20 } }));
      a.destroy();
      await eventually(() => expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false));
      b.destroy();
    });

    it('folds the log into a snapshot when the room unloads', async () => {
      const graphId = await harness.createGraph(owner, harbourScene());
      const client = harness.connect(graphId, owner);
      await client.synced;
      for (let i = 1; i <= 10; i += 1) client.command({ kind: 'MoveNodes', moves: [{ id: 'mara', position: { x: i, y: i } }] });
      const expected = await eventually(async () => {
        const state = await loadGraphDocState(harness.test.database.db, graphId);
        expect(state.updates.length).toBeGreaterThan(0);
        return toGraphDocument(client.doc);
      });
      client.destroy();
      await eventually(async () => {
        const state = await loadGraphDocState(harness.test.database.db, graphId);
        expect(state.updates).toEqual([]);
        expect(state.snapshot!.seqUpto).toBeGreaterThan(0);
      });
      const again = harness.connect(graphId, owner);
      await again.synced;
      expect(toGraphDocument(again.doc)).toEqual(expected);
      again.destroy();
    });
  });
}
