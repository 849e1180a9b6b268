/*
 * A bench client process (forked by run.ts): holds a slice of the bench's connections so
 * that no single process parses every copy of every update. Driven over IPC:
 *
 *   connect  — one stock y-websocket provider per room listed, resolves when all are synced;
 *   connect-light — one raw socket per room listed: the sync handshake (step 1 with an
 *              empty state vector, the server's step 2 back), then nothing but reading
 *              update frames (sent-mark.ts);
 *   listen   — records arrival − sentAt of every remote `bench.sentAt` write (providers)
 *              and of every marked update frame (light receivers);
 *   collect  — hands the recorded latencies back and forgets them;
 *   join     — opens raw sockets to one room, sends sync step 1 with an empty state
 *              vector and times the arrival of the server's step 2 (the server's answer,
 *              not this process applying the document); one answer is applied and checked;
 *   close    — destroys everything.
 */
import { writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { connect, wallNow } from './provider.js';
import { openRawReceiver } from './raw-receiver.js';
import { readMarkedSentAt } from './sent-mark.js';

export type ClientCommand =
  | { kind: 'connect'; wsBase: string; rooms: string[]; headers: Record<string, string> }
  | { kind: 'connect-light'; wsBase: string; rooms: string[]; headers: Record<string, string> }
  | { kind: 'listen' }
  | { kind: 'collect' }
  | { kind: 'join'; wsBase: string; room: string; headers: Record<string, string>; count: number; startedAt: number }
  | { kind: 'close' };

export type ClientReply =
  | { kind: 'connected'; count: number }
  | { kind: 'listening' }
  /** `cpuUs`: this process's CPU time from `listen` to `collect` (what the generator cost). */
  | { kind: 'latencies'; values: number[]; worst: { sentAt: number; latency: number }; cpuUs: number }
  | { kind: 'joined'; sinceStart: number[]; perSocket: number[]; nodes: number }
  | { kind: 'closed' };

// Every y-websocket provider adds a process `exit` listener in Node.
process.setMaxListeners(0);

let clients: ReturnType<typeof connect>[] = [];
let lightSockets: { close(): void }[] = [];
/**
 * raw (the default since session 6): light receivers on bare TCP sockets (raw-receiver.ts);
 * ws: on `ws` WebSockets, as up to session 5 — the generator's own cost, compared.
 */
const LIGHT_CLIENT = process.env.LIGHT_CLIENT ?? 'raw';
if (LIGHT_CLIENT !== 'raw' && LIGHT_CLIENT !== 'ws') throw new Error('LIGHT_CLIENT is raw or ws');
let listening = false;
let latencies: number[] = [];
let worst = { sentAt: 0, latency: 0 };
let cpuAtListen = process.cpuUsage();
const reply = (message: ClientReply) => process.send?.(message);

/** `[sync, step1, varUint8Array(empty state vector)]`: "send me everything". */
const EMPTY_STEP1 = new Uint8Array([0, 0, 1, 0]);

/** Resolves with the step-2 payload of the first `[sync, step2, …]` frame on `ws`. */
function firstStep2(ws: WebSocket): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      // `[sync = 0, step2 = 1, varUint length, update]`
      if (data[0] !== 0 || data[1] !== 1) return;
      let offset = 2;
      let length = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = data[offset++]!;
        length += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) break;
      }
      resolve(new Uint8Array(data.buffer, data.byteOffset + offset, length));
    });
  });
}

/**
 * BENCH_DELIVERIES_DIR: every window's deliveries (send time, latency) as JSON, one file per
 * client process and window — which bursts make the tail (a burst is one send time per writer).
 */
const DELIVERIES_DIR = process.env.BENCH_DELIVERIES_DIR;
let sentAts: number[] = [];
let windowIndex = 0;

const record = (sentAt: number, at: number) => {
  const latency = at - sentAt;
  latencies.push(latency);
  if (DELIVERIES_DIR) sentAts.push(sentAt);
  if (latency > worst.latency) worst = { sentAt, latency };
};

/** A socket that completes the sync handshake, then only reads the send time of marked updates. */
function connectLight(wsBase: string, room: string, headers: Record<string, string>): Promise<unknown> {
  return LIGHT_CLIENT === 'raw' ? connectRaw(wsBase, room, headers) : connectWs(wsBase, room, headers);
}

function connectRaw(wsBase: string, room: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let synced = false;
    const onMessage = (payload: Buffer, at: number) => {
      if (!synced) {
        // `[sync, step2, …]`: the server's answer, the handshake is complete.
        if (payload[0] === 0 && payload[1] === 1) {
          synced = true;
          resolve();
        }
        return;
      }
      if (!listening) return;
      const sentAt = readMarkedSentAt(payload);
      if (sentAt !== undefined) record(sentAt, at);
    };
    openRawReceiver(`${wsBase}/${room}`, headers, EMPTY_STEP1, onMessage, wallNow).then((receiver) => lightSockets.push(receiver), reject);
  });
}

function connectWs(wsBase: string, room: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsBase}/${room}`, { headers, perMessageDeflate: false });
    lightSockets.push({ close: () => ws.terminate() });
    let synced = false;
    ws.once('error', reject);
    ws.once('open', () => ws.send(EMPTY_STEP1));
    ws.on('message', (data: Buffer) => {
      if (!synced) {
        // `[sync, step2, …]`: the server's answer, the handshake is complete.
        if (data[0] === 0 && data[1] === 1) {
          synced = true;
          resolve(ws);
        }
        return;
      }
      if (!listening) return;
      const at = wallNow();
      const sentAt = readMarkedSentAt(data);
      if (sentAt !== undefined) record(sentAt, at);
    });
  });
}

async function join(command: Extract<ClientCommand, { kind: 'join' }>): Promise<void> {
  const sinceStart: number[] = [];
  const perSocket: number[] = [];
  const sockets: WebSocket[] = [];
  const answers = await Promise.all(
    Array.from({ length: command.count }, async () => {
      const openedAt = wallNow();
      const ws = new WebSocket(`${command.wsBase}/${command.room}`, { headers: command.headers });
      sockets.push(ws);
      const step2 = firstStep2(ws);
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      ws.send(EMPTY_STEP1);
      const update = await step2;
      const at = wallNow();
      sinceStart.push(at - command.startedAt);
      perSocket.push(at - openedAt);
      return update;
    }),
  );
  for (const ws of sockets) ws.terminate();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, answers[0]!);
  reply({ kind: 'joined', sinceStart, perSocket, nodes: doc.getMap('nodes').size });
}

process.on('message', (command: ClientCommand) => {
  void (async () => {
    switch (command.kind) {
      case 'connect': {
        const fresh = command.rooms.map((room) => connect(command.wsBase, room, command.headers));
        clients.push(...fresh);
        await Promise.all(fresh.map((client) => client.synced));
        return reply({ kind: 'connected', count: clients.length });
      }
      case 'connect-light': {
        await Promise.all(command.rooms.map((room) => connectLight(command.wsBase, room, command.headers)));
        return reply({ kind: 'connected', count: lightSockets.length });
      }
      case 'listen':
        listening = true;
        cpuAtListen = process.cpuUsage();
        for (const { doc } of clients) {
          const bench = doc.getMap('bench');
          bench.observe((event) => {
            if (event.transaction.local || !event.keysChanged.has('sentAt')) return;
            record(bench.get('sentAt') as number, wallNow());
          });
        }
        return reply({ kind: 'listening' });
      case 'collect': {
        const values = latencies;
        const worstSoFar = worst;
        const { user, system } = process.cpuUsage(cpuAtListen);
        if (DELIVERIES_DIR) {
          writeFileSync(joinPath(DELIVERIES_DIR, `deliveries-${process.pid}-${windowIndex}.json`), JSON.stringify({ sentAt: sentAts, latency: values }));
          windowIndex += 1;
          sentAts = [];
        }
        latencies = [];
        worst = { sentAt: 0, latency: 0 };
        return reply({ kind: 'latencies', values, worst: worstSoFar, cpuUs: user + system });
      }
      case 'join':
        return join(command);
      case 'close':
        for (const client of clients) client.provider.destroy();
        for (const socket of lightSockets) socket.close();
        clients = [];
        lightSockets = [];
        listening = false;
        return reply({ kind: 'closed' });
    }
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
process.on('disconnect', () => process.exit(0));
