// First: the harness loads the app (zod-openapi before @pc/graph).
import { startCollabHarness, type CollabHarness, type HttpUser } from '../test/collab-harness.js';
import { request } from 'node:http';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollabCloseCode } from './close-codes.js';

/**
 * Frames are written to each socket already framed (wire-frame.ts), so the backlog a
 * reader leaves behind is the socket's own: a reader that stops reading is cut once it
 * passes the limit, and everyone else in the room keeps getting every update.
 */
describe('a collab reader too slow for the room', () => {
  const LIMIT = 256 * 1024;
  let harness: CollabHarness;
  let owner: HttpUser;

  beforeAll(async () => {
    harness = await startCollabHarness('pglite', { limits: { maxBufferedBytes: LIMIT } });
    owner = await harness.signUp('Owner');
  });
  // Closing compacts the room's ≈ 24 MB update log into the embedded database: ~4 s on a
  // quiet box, far longer with the rest of the suite on the same two cores.
  afterAll(() => harness?.dispose(), 240_000);

  /** Upgrades by hand and then never reads: the server's writes pile up in its socket. */
  const openStalled = (graphId: string) =>
    new Promise<Duplex>((resolve, reject) => {
      const { port } = new URL(harness.baseUrl);
      const req = request({
        host: '127.0.0.1',
        port,
        path: `/collab/${graphId}`,
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', Cookie: `pc_session=${owner.cookie}` },
      });
      req.on('upgrade', (_response, socket) => {
        socket.pause();
        resolve(socket);
      });
      req.on('response', (response) => reject(new Error(`no upgrade: ${response.statusCode}`)));
      req.on('error', reject);
      req.end();
    });

  it('closes it with 4429 and keeps delivering to the others', async () => {
    const graphId = await harness.createGraph(owner);
    const writer = harness.connect(graphId, owner);
    const reader = harness.connect(graphId, owner);
    await Promise.all([writer.synced, reader.synced]);
    const stalled = await openStalled(graphId);
    const before = harness.collab.stats().closes[CollabCloseCode.rateLimited] ?? 0;
    // ≈ 24 MB towards the stalled socket: far more than the kernel's buffers and the limit.
    const blob = 'x'.repeat(400 * 1024);
    for (let i = 0; i < 60; i += 1) {
      writer.doc.getMap('load').set('blob', `${i}:${blob}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await expect.poll(() => harness.collab.stats().closes[CollabCloseCode.rateLimited] ?? 0, { timeout: 10_000 }).toBe(before + 1);
    await expect.poll(() => (reader.doc.getMap('load').get('blob') as string | undefined)?.split(':')[0], { timeout: 10_000 }).toBe('59');
    expect(reader.closes).toEqual([]);
    expect(writer.closes).toEqual([]);
    stalled.destroy();
    for (const client of [writer, reader]) client.destroy();
  });
});
