import { artifacts, type Db } from '@pc/db';
import { AwsClient } from 'aws4fetch';
import { eq } from 'drizzle-orm';
import { artifactHash, type ArtifactStore } from './artifact-store.js';

/** Where an S3-compatible bucket is and how to sign for it. */
export interface S3Settings {
  /** `https://s3.eu-west-1.amazonaws.com`, `http://minio:9000`, … */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (MinIO and most self-hosted servers) instead of `bucket.endpoint/key`. */
  forcePathStyle: boolean;
}

/** Raised when the bucket refuses or fails a request; the message names the status and S3 error code. */
export class S3StoreError extends Error {
  override name = 'S3StoreError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The URL of an object: path style `endpoint/bucket/key`, else virtual-hosted `bucket.host/key`. */
export const s3ObjectUrl = (settings: Pick<S3Settings, 'endpoint' | 'bucket' | 'forcePathStyle'>, key: string): string => {
  const endpoint = new URL(settings.endpoint);
  const base = endpoint.pathname.replace(/\/+$/, '');
  if (settings.forcePathStyle) return `${endpoint.origin}${base}/${encodeURIComponent(settings.bucket)}/${key}`;
  return `${endpoint.protocol}//${settings.bucket}.${endpoint.host}${base}/${key}`;
};

const errorCode = (body: string) => /<Code>([^<]{1,64})<\/Code>/.exec(body)?.[1] ?? 'unknown';

/**
 * Artifacts in an S3-compatible bucket (SigV4-signed with aws4fetch), under
 * `artifacts/<sha256>`. The `artifacts` row (type, size, no bytes) is written after the
 * upload succeeded, so a row always means the object is there: a `put` of a known hash
 * skips the upload, and access checks keep joining the database as before.
 */
export const createS3ArtifactStore = (db: Db, settings: S3Settings, options: { timeoutMs?: number } = {}): ArtifactStore => {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    service: 's3',
    region: settings.region,
    // aws4fetch retries 5xx and 429 with backoff; a few tries, then the job's own retry takes over.
    retries: 2,
  });
  const timeoutMs = options.timeoutMs ?? 30_000;
  const urlOf = (hash: string) => s3ObjectUrl(settings, `artifacts/${hash}`);
  const fail = async (response: Response, what: string) => {
    const body = await response.text().catch(() => '');
    return new S3StoreError(`S3 ${what} answered ${response.status} ${errorCode(body)}`, response.status);
  };

  return {
    async put(bytes, mediaType) {
      const hash = artifactHash(bytes);
      const [known] = await db.select({ hash: artifacts.hash }).from(artifacts).where(eq(artifacts.hash, hash));
      if (!known) {
        const response = await client.fetch(urlOf(hash), {
          method: 'PUT',
          body: bytes as Uint8Array<ArrayBuffer>,
          // The address is the body's SHA-256: it doubles as the signed payload hash.
          headers: { 'content-type': mediaType, 'x-amz-content-sha256': hash },
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) throw await fail(response, `PUT ${hash}`);
        await response.body?.cancel();
        await db.insert(artifacts).values({ hash, mediaType, bytes: null, size: bytes.byteLength }).onConflictDoNothing();
      }
      return { hash, size: bytes.byteLength };
    },
    async get(hash) {
      if (!/^[0-9a-f]{64}$/.test(hash)) return undefined;
      const [row] = await db.select({ mediaType: artifacts.mediaType, bytes: artifacts.bytes }).from(artifacts).where(eq(artifacts.hash, hash));
      if (!row) return undefined;
      // Artifacts stored before the switch to S3 keep their bytes in the row.
      if (row.bytes) return { hash, mediaType: row.mediaType, bytes: row.bytes };
      const response = await client.fetch(urlOf(hash), { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) throw await fail(response, `GET ${hash}`);
      return { hash, mediaType: row.mediaType, bytes: new Uint8Array(await response.arrayBuffer()) };
    },
  };
};
