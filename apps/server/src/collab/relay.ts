import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { assertNever } from '../assert-never.js';

/**
 * How server processes serving the same graph stay consistent (docs/collaboration.md,
 * "Scale-out"): every process that has a graph open holds a replica of its Y.Doc and
 * publishes what its own clients (and its REST writes) change on the graph's channel;
 * the others apply it under {@link RELAY_ORIGIN}, fan it out to their clients, and do not
 * persist it (the process that received an update persists it). A replica that opens a
 * graph asks the others for what it lacks (`sync-request` with its state vector).
 */
export type RelayMessage =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'sync-request'; stateVector: Uint8Array }
  | { kind: 'sync-reply'; update: Uint8Array };

/** A change of who may open which graph, for every process to act on. */
export type AccessEvent =
  | { kind: 'membership'; workspaceId: string; userId: string }
  | { kind: 'graph-deleted'; graphId: string }
  /** A graph was created or its stored row written (document, name): read caches drop it. */
  | { kind: 'graph-changed'; graphId: string; workspaceId?: string }
  /** Sign-out (`sessionHash`: that session) or password change (absent: every session of the user). */
  | { kind: 'sessions-ended'; userId: string; sessionHash?: string }
  /** An API key was revoked: every process drops it from its credential cache. */
  | { kind: 'api-key-revoked'; userId: string; keyId: string };

export interface Relay {
  /** Receive `graphId`'s messages from other processes; resolves once subscribed. */
  join(graphId: string, onMessage: (message: RelayMessage) => void): Promise<void>;
  leave(graphId: string): Promise<void>;
  publish(graphId: string, message: RelayMessage): void;
  /** Announce an access change to the other processes (the caller handles its own). */
  publishAccess(event: AccessEvent): void;
  onAccess(handler: (event: AccessEvent) => void): void;
  /** Called when the relay may have missed messages (Redis reconnected): replicas resync. */
  onResync(handler: () => void): void;
  close(): Promise<void>;
}

/** One process: nobody to tell. */
export function createLocalRelay(): Relay {
  return {
    join: async () => {},
    leave: async () => {},
    publish: () => {},
    publishAccess: () => {},
    onAccess: () => {},
    onResync: () => {},
    close: async () => {},
  };
}

const KIND_CODES = { update: 0, awareness: 1, 'sync-request': 2, 'sync-reply': 3 } as const;
const SENDER_BYTES = 8;
const docChannel = (graphId: string) => `pc:collab:doc:${graphId}`;
const ACCESS_CHANNEL = 'pc:collab:access';

/** Frame: `kind (1 byte) • sender id (8 bytes) • payload`. The sender id drops our own echoes. */
function encodeRelayMessage(sender: Buffer, message: RelayMessage): Buffer {
  const payload = message.kind === 'sync-request' ? message.stateVector : message.update;
  return Buffer.concat([Buffer.of(KIND_CODES[message.kind]), sender, payload]);
}

function decodeRelayMessage(frame: Buffer): { sender: Buffer; message: RelayMessage } | undefined {
  if (frame.length < 1 + SENDER_BYTES) return undefined;
  const sender = frame.subarray(1, 1 + SENDER_BYTES);
  const payload = new Uint8Array(frame.subarray(1 + SENDER_BYTES));
  const code = frame[0];
  switch (code) {
    case KIND_CODES.update:
      return { sender, message: { kind: 'update', update: payload } };
    case KIND_CODES.awareness:
      return { sender, message: { kind: 'awareness', update: payload } };
    case KIND_CODES['sync-request']:
      return { sender, message: { kind: 'sync-request', stateVector: payload } };
    case KIND_CODES['sync-reply']:
      return { sender, message: { kind: 'sync-reply', update: payload } };
    default:
      return undefined;
  }
}

function parseAccessEvent(text: string): AccessEvent | undefined {
  try {
    const value = JSON.parse(text) as Partial<Record<string, unknown>>;
    switch (value.kind) {
      case 'membership':
        return typeof value.workspaceId === 'string' && typeof value.userId === 'string'
          ? { kind: 'membership', workspaceId: value.workspaceId, userId: value.userId }
          : undefined;
      case 'graph-deleted':
        return typeof value.graphId === 'string' ? { kind: 'graph-deleted', graphId: value.graphId } : undefined;
      case 'graph-changed':
        if (typeof value.graphId !== 'string') return undefined;
        if (value.workspaceId === undefined) return { kind: 'graph-changed', graphId: value.graphId };
        return typeof value.workspaceId === 'string' ? { kind: 'graph-changed', graphId: value.graphId, workspaceId: value.workspaceId } : undefined;
      case 'sessions-ended':
        if (typeof value.userId !== 'string') return undefined;
        if (value.sessionHash === undefined) return { kind: 'sessions-ended', userId: value.userId };
        return typeof value.sessionHash === 'string' ? { kind: 'sessions-ended', userId: value.userId, sessionHash: value.sessionHash } : undefined;
      case 'api-key-revoked':
        return typeof value.userId === 'string' && typeof value.keyId === 'string' ? { kind: 'api-key-revoked', userId: value.userId, keyId: value.keyId } : undefined;
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

/** Redis pub/sub: one channel per open graph, one for access changes. */
export function createRedisRelay(url: string, logger: Logger): Relay {
  const sender = randomBytes(SENDER_BYTES);
  const publisher = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: false });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
  const rooms = new Map<string, (message: RelayMessage) => void>();
  const accessHandlers: ((event: AccessEvent) => void)[] = [];
  const resyncHandlers: (() => void)[] = [];
  const subscribed = subscriber.subscribe(ACCESS_CHANNEL);
  /** Access messages are `<sender hex>|<JSON>`. */
  const ownAccessPrefix = `${sender.toString('hex')}|`;
  let readyOnce = false;

  for (const client of [publisher, subscriber]) client.on('error', (error: Error) => logger.warn({ err: error }, 'redis relay error'));
  // ioredis resubscribes after a reconnect; what was published meanwhile is gone, so
  // every replica asks its peers for what it lacks.
  subscriber.on('ready', () => {
    if (readyOnce) resyncHandlers.forEach((handler) => handler());
    readyOnce = true;
  });
  subscriber.on('messageBuffer', (channel: Buffer, frame: Buffer) => {
    const name = channel.toString();
    if (name === ACCESS_CHANNEL) {
      const text = frame.toString('utf8');
      // Our own announcements were handled before they were published.
      if (text.startsWith(ownAccessPrefix)) return;
      const event = parseAccessEvent(text.slice(text.indexOf('|') + 1));
      if (event) accessHandlers.forEach((handler) => handler(event));
      return;
    }
    const decoded = decodeRelayMessage(frame);
    if (!decoded || decoded.sender.equals(sender)) return;
    rooms.get(name.slice(docChannel('').length))?.(decoded.message);
  });

  return {
    async join(graphId, onMessage) {
      rooms.set(graphId, onMessage);
      await subscribed;
      await subscriber.subscribe(docChannel(graphId));
    },
    async leave(graphId) {
      rooms.delete(graphId);
      await subscriber.unsubscribe(docChannel(graphId)).catch(() => undefined);
    },
    publish(graphId, message) {
      switch (message.kind) {
        case 'update':
        case 'awareness':
        case 'sync-request':
        case 'sync-reply':
          publisher.publish(docChannel(graphId), encodeRelayMessage(sender, message)).catch((error: unknown) => {
            logger.warn({ err: error, graphId, kind: message.kind }, 'relay publish failed');
          });
          return;
        default:
          assertNever(message);
      }
    },
    publishAccess(event) {
      publisher.publish(ACCESS_CHANNEL, `${ownAccessPrefix}${JSON.stringify(event)}`).catch((error: unknown) => {
        logger.warn({ err: error }, 'access event publish failed');
      });
    },
    onAccess: (handler) => void accessHandlers.push(handler),
    onResync: (handler) => void resyncHandlers.push(handler),
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
