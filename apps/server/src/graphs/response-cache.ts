/**
 * Serialised `GET /graphs/{id}` answers, keyed by graph, revision and update time: every
 * write of the document takes a new revision and every write at all (a rename) a new
 * `updatedAt`, so a key names one exact answer and entries never need invalidating — a
 * changed graph simply asks for a new key. Least recently used entries go first once the
 * bytes exceed `maxBytes`. Saves, per read of a 1,000-node graph, loading and parsing the
 * document, validating it and serialising the answer. GET fills it on a miss; a PUT leaves
 * its answer for the revision it wrote, byte for byte what a cold read answers (its document's
 * keys put in jsonb's order, jsonb-key-order.ts): the ETag is strong.
 */
export interface GraphResponseCache {
  get(key: string): Uint8Array<ArrayBuffer> | undefined;
  set(key: string, bytes: Uint8Array<ArrayBuffer>): void;
}

export const graphResponseKey = (graph: { id: string; revision: number; updatedAt: Date }): string => `${graph.id}:${graph.revision}:${graph.updatedAt.getTime()}`;

export function createGraphResponseCache({ maxBytes = 64 * 1024 * 1024 }: { maxBytes?: number } = {}): GraphResponseCache {
  const entries = new Map<string, Uint8Array<ArrayBuffer>>();
  let bytesHeld = 0;
  return {
    get(key) {
      const bytes = entries.get(key);
      if (bytes) {
        // Re-insert: Map order is the recency order.
        entries.delete(key);
        entries.set(key, bytes);
      }
      return bytes;
    },
    set(key, bytes) {
      if (bytes.byteLength > maxBytes / 4 || entries.has(key)) return;
      entries.set(key, bytes);
      bytesHeld += bytes.byteLength;
      for (const [oldest, old] of entries) {
        if (bytesHeld <= maxBytes) break;
        entries.delete(oldest);
        bytesHeld -= old.byteLength;
      }
    },
  };
}
