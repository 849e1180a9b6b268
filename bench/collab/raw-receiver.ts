/**
 * The lightest receiver the light fan-out can have: a TCP socket that does the WebSocket
 * upgrade and the sync handshake itself and then only walks the frames it is sent. No `ws`
 * (its receiver is a Writable stream per socket, an event per message) and no Readable
 * stream either: bytes arrive through `onread` into one buffer shared by every socket of
 * the process. What is left per delivery is the kernel's read, libuv's callback and a
 * frame header, so the generator takes as little of the two cores as it can, and that
 * little is the same for every server measured (docs/benchmarks.md, "Collaboration:
 * session 6").
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

/** One read buffer for every socket of the process: `onread` hands each chunk over synchronously. */
const shared = Buffer.allocUnsafe(256 * 1024);

/**
 * A client frame (RFC 6455 §5.3: clients mask; a zero key leaves the payload as it is,
 * which servers accept — the key's unpredictability protects proxies, not this bench).
 */
function clientFrame(opcode: number, payload: Uint8Array): Buffer {
  if (payload.byteLength >= 126) throw new Error('the bench sends short frames only');
  const frame = Buffer.alloc(6 + payload.byteLength);
  frame[0] = 0x80 | opcode;
  frame[1] = 0x80 | payload.byteLength;
  frame.set(payload, 6);
  return frame;
}

export interface RawReceiver {
  readonly socket: Socket;
  close(): void;
}

/**
 * Opens `url` (ws://host:port/path), sends `hello` as the first binary message once
 * upgraded, and calls `onMessage(payload, at)` for every binary message the server sends
 * (`at`: when the chunk it came in was read — one clock read per chunk). Pings are
 * answered. Resolves once upgraded.
 */
export function openRawReceiver(
  url: string,
  headers: Record<string, string>,
  hello: Uint8Array,
  onMessage: (payload: Buffer, at: number) => void,
  now: () => number,
): Promise<RawReceiver> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    let upgraded = false;
    /** Bytes of an incomplete frame (or of the upgrade response) carried to the next chunk. */
    let carry: Buffer | undefined;
    const onChunk = (chunk: Buffer): void => {
      let data = carry ? Buffer.concat([carry, chunk]) : chunk;
      carry = undefined;
      if (!upgraded) {
        const end = data.indexOf('\r\n\r\n');
        if (end < 0) {
          carry = Buffer.from(data);
          return;
        }
        const status = data.toString('latin1', 0, data.indexOf('\r\n'));
        if (!status.startsWith('HTTP/1.1 101')) {
          socket.destroy();
          reject(new Error(`upgrade refused: ${status}`));
          return;
        }
        upgraded = true;
        socket.write(clientFrame(OP_BINARY, hello));
        resolve({ socket, close: () => socket.destroy() });
        data = data.subarray(end + 4);
      }
      const at = now();
      let offset = 0;
      while (data.length - offset >= 2) {
        const opcode = data[offset]! & 0x0f;
        let length = data[offset + 1]! & 0x7f;
        let header = 2;
        if (length === 126) {
          if (data.length - offset < 4) break;
          length = data.readUInt16BE(offset + 2);
          header = 4;
        } else if (length === 127) {
          if (data.length - offset < 10) break;
          length = Number(data.readBigUInt64BE(offset + 2));
          header = 10;
        }
        if (data.length - offset < header + length) break;
        const payload = data.subarray(offset + header, offset + header + length);
        offset += header + length;
        if (opcode === OP_BINARY) onMessage(payload, at);
        else if (opcode === OP_PING) socket.write(clientFrame(OP_PONG, payload));
        else if (opcode === OP_CLOSE) socket.destroy();
      }
      // What is left is the start of a frame: kept (copied, the read buffer is shared).
      if (offset < data.length) carry = Buffer.from(data.subarray(offset));
    };
    const socket = connect({
      host: hostname,
      port: Number(port),
      onread: {
        buffer: shared,
        callback: (bytes: number, buffer: Uint8Array) => {
          onChunk(Buffer.from(buffer.buffer, buffer.byteOffset, bytes));
          return true;
        },
      },
    });
    socket.setNoDelay(true);
    socket.on('error', reject);
    socket.once('connect', () => {
      const lines = [
        `GET ${pathname}${search} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      ];
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
  });
}
