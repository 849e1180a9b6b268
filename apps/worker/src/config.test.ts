import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './config.js';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pc', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadWorkerConfig', () => {
  it('stores artifacts in the database and keeps the secrets key in it by default', () => {
    const config = loadWorkerConfig(base);
    expect(config.artifactStore).toEqual({ kind: 'db' });
    expect(config.secretsKey).toBeUndefined();
  });

  it('reads the S3 store and SECRETS_KEY the server uses', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadWorkerConfig({
      ...base,
      ARTIFACT_STORE: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'pc-artifacts',
      S3_ACCESS_KEY_ID: 'minio',
      S3_SECRET_ACCESS_KEY: 'minio-secret',
      S3_FORCE_PATH_STYLE: '1',
      SECRETS_KEY: key,
    });
    expect(config.artifactStore).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'pc-artifacts',
      region: 'us-east-1',
      accessKeyId: 'minio',
      secretAccessKey: 'minio-secret',
      forcePathStyle: true,
    });
    expect(config.secretsKey).toBe(key);
  });

  it('allows back ends at public addresses only unless BACKEND_ALLOW_PRIVATE lists more, as a scaled server does (REDIS_URL)', () => {
    // The worker never assumes loopback is safe: whatever HOST says, it cannot tell who reaches the server.
    expect(loadWorkerConfig({ ...base, HOST: '127.0.0.1' }).backendAccess).toEqual({ policy: { allowPrivate: 'none' }, secretEnv: [] });
    expect(loadWorkerConfig({ ...base, BACKEND_ALLOW_PRIVATE: '127.0.0.1/32' }).backendAccess).toEqual({
      policy: { allowPrivate: [{ family: 4, value: 0x7f000001n, prefix: 32 }] },
      secretEnv: [],
    });
  });

  it('names missing S3 settings and a short SECRETS_KEY', () => {
    expect(() => loadWorkerConfig({ ...base, ARTIFACT_STORE: 's3' })).toThrow(/S3_ENDPOINT[\s\S]*S3_BUCKET/);
    expect(() => loadWorkerConfig({ ...base, SECRETS_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/SECRETS_KEY/);
  });

  it('sends the add of dependants ahead unless ENGINE_DEPENDANTS_ADD=awaited, and refuses other values', () => {
    expect(loadWorkerConfig(base).dependantsAdd).toBe('ordered');
    expect(loadWorkerConfig({ ...base, ENGINE_DEPENDANTS_ADD: 'awaited' }).dependantsAdd).toBe('awaited');
    expect(() => loadWorkerConfig({ ...base, ENGINE_DEPENDANTS_ADD: 'eager' })).toThrow(/ENGINE_DEPENDANTS_ADD/);
  });
});
