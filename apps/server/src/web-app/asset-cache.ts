import { readFile } from 'node:fs/promises';
import { compressBytes, type CompressionLevel, type ContentCoding } from '../middleware/compression/index.js';
import { contentEtag } from '../http/conditional.js';
import { bytesOf } from './bytes.js';

/** A hashed asset as it is served: its bytes, ETag, and each coding compressed once. */
export interface CachedAsset {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  coded(coding: ContentCoding): Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * Files under assets/ carry their content hash in the name, so their bytes and compressed
 * forms never change for the life of the process: read and compress each once (brotli 9 is
 * within ~5 % of 11 at a twentieth of the time, and runs off the event loop), keep them up
 * to `maxBytes` in all, and serve later requests from memory.
 */
export function createAssetCache({ maxBytes = 64 * 1024 * 1024, level = { brotliQuality: 9, gzipLevel: 9 } }: { maxBytes?: number; level?: CompressionLevel } = {}) {
  const assets = new Map<string, Promise<CachedAsset>>();
  let usedBytes = 0;

  const load = async (file: string): Promise<CachedAsset> => {
    const bytes = bytesOf(await readFile(file));
    const codings = new Map<ContentCoding, Promise<Uint8Array<ArrayBuffer>>>();
    return {
      bytes,
      etag: contentEtag(bytes),
      coded(coding) {
        let coded = codings.get(coding);
        if (!coded) {
          coded = compressBytes(bytes, coding, level).then((out) => {
            usedBytes += out.byteLength;
            return out;
          });
          codings.set(coding, coded);
        }
        return coded;
      },
    };
  };

  return {
    /** The asset at `file`; not kept once the cache is full (served, just not remembered). */
    async get(file: string): Promise<CachedAsset> {
      const cached = assets.get(file);
      if (cached) return cached;
      const loading = load(file);
      if (usedBytes < maxBytes) {
        assets.set(file, loading);
        loading.then(
          (asset) => (usedBytes += asset.bytes.byteLength),
          () => assets.delete(file),
        );
      }
      return loading;
    },
  };
}
