import { createHash } from 'node:crypto';
import { artifacts, type Db } from '@pc/db';
import { eq } from 'drizzle-orm';

/** A stored artifact's bytes and type. */
export interface StoredArtifact {
  hash: string;
  mediaType: string;
  bytes: Uint8Array;
}

/**
 * Content-addressed storage of the files nodes produce: the key is the SHA-256 of the
 * bytes, so a `put` of bytes already stored is a no-op. The database store keeps the
 * bytes in `artifacts.bytes`; an S3-compatible store would keep them in a bucket and
 * only the row (type, size) in the database, behind this same interface.
 */
export interface ArtifactStore {
  /** Stores bytes; returns their hash. Idempotent. */
  put(bytes: Uint8Array, mediaType: string): Promise<{ hash: string; size: number }>;
  /** The bytes and type of a hash, or undefined. */
  get(hash: string): Promise<StoredArtifact | undefined>;
}

/** SHA-256 hex of bytes: an artifact's address. */
export const artifactHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Keeps artifacts in the `artifacts` table (the default; embedded and scaled modes alike). */
export const createDbArtifactStore = (db: Db): ArtifactStore => ({
  async put(bytes, mediaType) {
    const hash = artifactHash(bytes);
    await db.insert(artifacts).values({ hash, mediaType, bytes, size: bytes.byteLength }).onConflictDoNothing();
    return { hash, size: bytes.byteLength };
  },
  async get(hash) {
    if (!/^[0-9a-f]{64}$/.test(hash)) return undefined;
    const [row] = await db.select({ hash: artifacts.hash, mediaType: artifacts.mediaType, bytes: artifacts.bytes }).from(artifacts).where(eq(artifacts.hash, hash));
    if (!row?.bytes) return undefined;
    return { hash: row.hash, mediaType: row.mediaType, bytes: row.bytes };
  },
});
