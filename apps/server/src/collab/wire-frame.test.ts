import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { wireFrame } from './wire-frame.js';

const patterned = (length: number) => {
  const payload = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) payload[i] = (i * 31 + 7) & 0xff;
  return payload;
};

describe('wireFrame', () => {
  // A real ws server hands us the upgraded socket; the frame is written to it raw and a ws
  // client's own parser must read back the exact payload.
  let server: Server;
  let url: string;
  const sockets: Duplex[] = [];
  beforeAll(async () => {
    const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    server = createServer();
    server.on('upgrade', (request, socket, head) => wss.handleUpgrade(request, socket, head, () => sockets.push(socket)));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    server.close();
    await once(server, 'close');
  });

  // The three length encodings and their edges.
  it.each([0, 1, 125, 126, 127, 65_535, 65_536, 200_000])('a ws client reads a %i-byte frame as sent', async (length) => {
    const client = new WebSocket(url);
    await once(client, 'open');
    await expect.poll(() => sockets.length).toBeGreaterThan(0);
    const socket = sockets.pop()!;
    const payload = patterned(length);
    const received = once(client, 'message') as Promise<[Buffer, boolean]>;
    socket.write(wireFrame(payload));
    const [data, isBinary] = await received;
    expect(isBinary).toBe(true);
    expect(Buffer.from(data).equals(payload)).toBe(true);
    client.terminate();
  });

  it('copies the payload: later changes to the source do not reach the frame', () => {
    const payload = new Uint8Array([1, 2, 3]);
    const frame = wireFrame(payload);
    payload[0] = 9;
    expect([...frame]).toEqual([0x82, 3, 1, 2, 3]);
  });
});
