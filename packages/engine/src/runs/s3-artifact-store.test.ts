import { artifacts, type Database } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessEventBus } from '../events/in-process-bus.js';
import { createInProcessQueue } from '../queue/in-process/queue.js';
import { seedGraph } from '../testing/runs.js';
import { startFakeS3, type FakeS3 } from '../testing/s3-server.js';
import { diamond } from '../testing/script.js';
import { waitFor } from '../testing/wait.js';
import { artifactHash } from './artifact-store.js';
import { artifactStoreConfigFrom, artifactStoreEnvSchema, createArtifactStore } from './artifact-store-config.js';
import { createRunEngine } from './run-engine.js';
import { createS3ArtifactStore, s3ObjectUrl, S3StoreError, type S3Settings } from './s3-artifact-store.js';

const credentials = { bucket: 'pc-artifacts', region: 'eu-central-1', accessKeyId: 'AKIATEST', secretAccessKey: 'test-secret-key' };

describe('S3-compatible artifact store', () => {
  let test: TestDatabase;
  let database: Database;
  let s3: FakeS3;
  let settings: S3Settings;

  beforeAll(async () => {
    test = await createTestDatabase('postgres');
    database = test.database;
    s3 = await startFakeS3(credentials);
    settings = { ...credentials, endpoint: s3.url, forcePathStyle: true };
  }, 60_000);
  afterAll(async () => {
    await s3?.close();
    await test?.dispose();
  });

  it('uploads signed, records the row without bytes, reads the object back, and skips a known hash', async () => {
    const store = createS3ArtifactStore(database.db, settings);
    const bytes = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const before = s3.requests.length;
    const { hash, size } = await store.put(bytes, 'image/svg+xml');
    expect(hash).toBe(artifactHash(bytes));
    expect(size).toBe(bytes.byteLength);
    expect(s3.requests.slice(before)).toEqual([`PUT /pc-artifacts/artifacts/${hash}`]);
    expect(s3.objects.get(`artifacts/${hash}`)).toEqual({ bytes, contentType: 'image/svg+xml' });
    const [row] = await database.db.select().from(artifacts).where(eq(artifacts.hash, hash));
    expect(row).toMatchObject({ mediaType: 'image/svg+xml', size: bytes.byteLength, bytes: null });

    expect(await store.get(hash)).toEqual({ hash, mediaType: 'image/svg+xml', bytes });
    await store.put(bytes, 'image/svg+xml');
    expect(s3.requests.filter((request) => request.startsWith('PUT')).length).toBe(1);
    expect(s3.refused).toEqual([]);
  });

  it('fails a put the bucket refuses (wrong secret: the signature does not match) and records nothing', async () => {
    const store = createS3ArtifactStore(database.db, { ...settings, secretAccessKey: 'not-the-secret' });
    const bytes = new TextEncoder().encode('refused');
    const error = await store.put(bytes, 'text/plain').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(S3StoreError);
    expect(error).toMatchObject({ status: 403, message: expect.stringContaining('SignatureDoesNotMatch') });
    expect(s3.refused).toContain('SignatureDoesNotMatch');
    expect(await database.db.select().from(artifacts).where(eq(artifacts.hash, artifactHash(bytes)))).toEqual([]);
  });

  it('answers undefined for an unknown hash, a malformed one, and a row whose object is gone', async () => {
    const store = createS3ArtifactStore(database.db, settings);
    expect(await store.get('f'.repeat(64))).toBeUndefined();
    expect(await store.get('../etc/passwd')).toBeUndefined();
    const { hash } = await store.put(new TextEncoder().encode('soon gone'), 'text/plain');
    s3.objects.delete(`artifacts/${hash}`);
    expect(await store.get(hash)).toBeUndefined();
  });

  it('still serves artifacts stored in the database before the switch', async () => {
    const bytes = new TextEncoder().encode('from before');
    const { hash } = await createArtifactStore(database.db, { kind: 'db' }).put(bytes, 'text/plain');
    const requests = s3.requests.length;
    const stored = await createS3ArtifactStore(database.db, settings).get(hash);
    expect(stored).toMatchObject({ hash, mediaType: 'text/plain' });
    expect(new Uint8Array(stored?.bytes ?? [])).toEqual(bytes);
    expect(s3.requests.length).toBe(requests);
  });

  it('stores a run’s frames in the bucket', async () => {
    const queue = createInProcessQueue({ onError: () => {} });
    const bus = createInProcessEventBus();
    const engine = createRunEngine({ db: database.db, queue, bus, artifactStore: createS3ArtifactStore(database.db, settings) });
    engine.startWorkers({ cpu: 2, io: 2 });
    try {
      const graph = await seedGraph(database.db, diamond());
      const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
      await waitFor(async () => (await engine.getRun(id))?.status === 'succeeded', 'the run to succeed', 20_000);
      const frame = (await engine.getRun(id))?.nodes.find((node) => node.nodeId === 'sh1a')?.outputs?.artifacts['frame.svg'];
      expect(frame).toBeDefined();
      const object = s3.objects.get(`artifacts/${frame?.hash}`);
      expect(object?.contentType).toBe('image/svg+xml');
      expect(new TextDecoder().decode(object?.bytes)).toContain('<svg');
    } finally {
      await queue.close({ deadlineMs: 1_000 });
      await bus.close();
    }
  }, 30_000);
});

describe('artifact store settings', () => {
  it('defaults to the database', () => {
    expect(artifactStoreConfigFrom(artifactStoreEnvSchema.parse({}))).toEqual({ kind: 'db' });
  });

  it('reads the S3 variables, with region and path style defaults', () => {
    const vars = artifactStoreEnvSchema.parse({
      ARTIFACT_STORE: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'frames',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_REGION: '',
    });
    expect(artifactStoreConfigFrom(vars)).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'frames',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: false,
    });
  });

  it('names every missing or bad S3 variable', () => {
    const result = artifactStoreEnvSchema.safeParse({ ARTIFACT_STORE: 's3', S3_ENDPOINT: 'ftp://x', S3_BUCKET: 'Bad_Bucket' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['S3_ACCESS_KEY_ID', 'S3_BUCKET', 'S3_ENDPOINT', 'S3_SECRET_ACCESS_KEY']);
  });

  it('builds path-style and virtual-hosted object URLs', () => {
    expect(s3ObjectUrl({ endpoint: 'http://127.0.0.1:9000', bucket: 'b', forcePathStyle: true }, 'artifacts/ab')).toBe('http://127.0.0.1:9000/b/artifacts/ab');
    expect(s3ObjectUrl({ endpoint: 'https://s3.eu-west-1.amazonaws.com', bucket: 'b', forcePathStyle: false }, 'artifacts/ab')).toBe(
      'https://b.s3.eu-west-1.amazonaws.com/artifacts/ab',
    );
  });
});
