import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A stock y-websocket client provider in Node, with headers (the session cookie) on the upgrade. */
export function connect(wsBase: string, room: string, headers: Record<string, string>, doc = new Y.Doc()) {
  const WebSocketWithHeaders = class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: WebSocketWithHeaders as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider, synced };
}

/** Wall-clock time in ms with sub-ms precision, comparable between processes on one machine. */
export const wallNow = () => performance.timeOrigin + performance.now();
