import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTransport } from '../src/client.js';
import { ApiError } from '../src/errors.js';
import { followEvents } from '../src/follow.js';
import { parseEventStream, type ServerSentEvent } from '../src/sse.js';

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

const all = async (iterable: AsyncIterable<ServerSentEvent>) => {
  const events: ServerSentEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
};

describe('parseEventStream', () => {
  it('reads events split anywhere across chunks, with CRLF, comments and multi-line data', async () => {
    const events = await all(parseEventStream(streamOf(': heartbeat\r\n\r\nevent: batch.pro', 'gress\r\nid: 7\r\ndata: {"a":\r', '\ndata: 1}\r\n\r\ndata: plain\n\n')));
    expect(events).toEqual([
      { event: 'batch.progress', id: '7', data: '{"a":\n1}' },
      { event: 'message', id: '7', data: 'plain' },
    ]);
  });

  it('drops an event the stream cut off before its blank line', async () => {
    expect(await all(parseEventStream(streamOf('event: a\ndata: 1\n\nevent: b\ndata: 2\n')))).toEqual([{ event: 'a', id: undefined, data: '1' }]);
  });

  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('data: Mañana\n\n');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 9));
        controller.enqueue(bytes.slice(9));
        controller.close();
      },
    });
    expect((await all(parseEventStream(stream)))[0]?.data).toBe('Mañana');
  });
});

/*
 * A stand-in event source that drops the connection after two events, the way a proxy or
 * a restarted server does, and resumes after the Last-Event-ID it is sent: what the client
 * must cope with, reproduced on a real socket.
 */
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

const startDroppingSource = async (total: number) => {
  const seen: (string | undefined)[] = [];
  server = createServer((request, response) => {
    const last = request.headers['last-event-id'];
    seen.push(typeof last === 'string' ? last : undefined);
    if (request.headers.authorization !== 'Bearer pc_test') {
      response.writeHead(401, { 'Content-Type': 'application/problem+json' }).end(JSON.stringify({ title: 'Sign-in required', status: 401, code: 'unauthenticated' }));
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/event-stream' });
    let next = (typeof last === 'string' ? Number(last) : 0) + 1;
    for (let sent = 0; sent < 2 && next <= total; sent++, next++) {
      response.write(`id: ${next}\nevent: ${next === total ? 'done' : 'tick'}\ndata: ${next}\n\n`);
    }
    // Cut the socket mid-stream rather than ending the response cleanly.
    setTimeout(() => response.socket?.destroy(), 20);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
};

describe('followEvents', () => {
  it('resumes a dropped stream with Last-Event-ID and loses nothing', async () => {
    const source = await startDroppingSource(5);
    const reconnects: number[] = [];
    const transport = createTransport({ baseUrl: source.url, apiKey: 'pc_test' });
    const events = await all(followEvents(transport, '/api/v1/x/events', (event) => event.event === 'done', { reconnectDelayMs: 10, onReconnect: (attempt) => reconnects.push(attempt) }));
    expect(events.map((event) => event.data)).toEqual(['1', '2', '3', '4', '5']);
    expect(source.seen).toEqual([undefined, '2', '4']);
    expect(reconnects).toEqual([1, 1]);
  });

  it('gives up after maxReconnects failures in a row', async () => {
    const source = await startDroppingSource(100);
    server!.removeAllListeners('request');
    server!.on('request', (_request, response) => response.socket?.destroy());
    const transport = createTransport({ baseUrl: source.url, apiKey: 'pc_test' });
    await expect(all(followEvents(transport, '/e', () => false, { reconnectDelayMs: 1, maxReconnects: 2 }))).rejects.toThrow(/reach|broke|ended/);
  });

  it('does not retry a problem answer', async () => {
    const source = await startDroppingSource(3);
    const transport = createTransport({ baseUrl: source.url, apiKey: 'pc_wrong' });
    const error = await all(followEvents(transport, '/e', () => false, { reconnectDelayMs: 1 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(source.seen).toHaveLength(1);
  });
});
