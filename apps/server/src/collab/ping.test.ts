// First: the harness loads the app (zod-openapi before @pc/graph).
import { startCollabHarness, type CollabHarness, type HttpUser } from '../test/collab-harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CollabCloseCode } from './close-codes.js';

describe('collab liveness pings', () => {
  const PING_MS = 300;
  let harness: CollabHarness;
  let owner: HttpUser;

  beforeAll(async () => {
    harness = await startCollabHarness('pglite', { pingIntervalMs: PING_MS });
    owner = await harness.signUp('Owner');
  });
  afterAll(() => harness?.dispose());

  const open = (graphId: string, autoPong: boolean) => {
    const ws = new WebSocket(`${harness.baseUrl.replace(/^http/, 'ws')}/collab/${graphId}`, { headers: { Cookie: `pc_session=${owner.cookie}` }, autoPong });
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    return { ws, closed };
  };

  it('closes a socket that stops answering pings (4408) and keeps one that answers', async () => {
    const graphId = await harness.createGraph(owner);
    const dead = open(graphId, false);
    const live = open(graphId, true);
    const startedAt = Date.now();
    // Pinged once within an interval (its slice), closed at its next ping without a pong.
    expect(await dead.closed).toBe(CollabCloseCode.idleTimeout);
    expect(Date.now() - startedAt).toBeLessThan(3 * PING_MS + 1_000);
    // The live one has answered at least two pings by now and is still open.
    await new Promise((resolve) => setTimeout(resolve, PING_MS));
    expect(live.ws.readyState).toBe(WebSocket.OPEN);
    live.ws.close();
  });
});
