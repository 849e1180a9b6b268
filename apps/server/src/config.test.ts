import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { DEFAULT_SECURITY_SETTINGS } from './security-settings.js';

describe('loadConfig', () => {
  it('runs embedded on localhost:3000 with data in ./.data when nothing is set', () => {
    const config = loadConfig({}, '/srv/canvas');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/canvas/.data',
      databaseUrl: undefined,
      logLevel: 'info',
      maxBodyBytes: 8 * 1024 * 1024,
    });
    expect(config.webDist).toMatch(/apps\/web\/dist$/);
  });

  it('reads every variable, treating blank ones as unset', () => {
    const config = loadConfig(
      { PORT: '8080', HOST: '0.0.0.0', DATA_DIR: 'state', DATABASE_URL: 'postgres://pc@db/pc', DATABASE_POOL_SIZE: '40', REDIS_URL: '', LOG_LEVEL: 'debug', MAX_BODY_BYTES: '2048', WEB_DIST: '/opt/web' },
      '/srv',
    );
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/state',
      databaseUrl: 'postgres://pc@db/pc',
      databasePoolSize: 40,
      redisUrl: undefined,
      redisPrefix: undefined,
      logLevel: 'debug',
      maxBodyBytes: 2048,
      webDist: '/opt/web',
      security: DEFAULT_SECURITY_SETTINGS,
      runs: { embeddedWorkers: true, concurrency: { cpu: 2, io: 16 }, sweepIntervalMs: 30_000, dependantsAdd: 'ordered' },
      artifactStore: { kind: 'db' },
      secretsKey: undefined,
      metricsToken: undefined,
      adminEmails: [],
      shutdownDeadlineMs: 25_000,
      benchBareRoutes: false,
      batches: { concurrency: 16, maxActivePerUser: 20 },
      webhookPolicy: { allowPrivate: 'none' },
      backendAccess: { policy: { allowPrivate: 'none' }, secretEnv: [] },
    });
  });

  it('reads the operations settings', () => {
    const config = loadConfig({ METRICS_TOKEN: 'scrape-me-0123456789', ADMIN_EMAILS: 'Ops@Example.test, lead@example.test', SHUTDOWN_DEADLINE_MS: '9000' });
    expect(config).toMatchObject({ metricsToken: 'scrape-me-0123456789', adminEmails: ['ops@example.test', 'lead@example.test'], shutdownDeadlineMs: 9_000 });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ ADMIN_EMAILS: 'not an email' })).toThrow(/ADMIN_EMAILS/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('registers the bench baseline routes only when BENCH_BARE_ROUTES says so', () => {
    expect(loadConfig({}).benchBareRoutes).toBe(false);
    expect(loadConfig({ BENCH_BARE_ROUTES: '1' }).benchBareRoutes).toBe(true);
    expect(() => loadConfig({ BENCH_BARE_ROUTES: 'yes' })).toThrow();
  });

  it('allows webhooks to internal addresses only as WEBHOOK_ALLOW_PRIVATE says', () => {
    expect(loadConfig({}).webhookPolicy).toEqual({ allowPrivate: 'none' });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE: '' }).webhookPolicy).toEqual({ allowPrivate: 'none' });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'true' }).webhookPolicy).toEqual({ allowPrivate: 'all' });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE: '127.0.0.1/32, fd00::/8' }).webhookPolicy).toEqual({
      allowPrivate: [
        { family: 4, value: 0x7f000001n, prefix: 32 },
        { family: 6, value: 0xfdn << 120n, prefix: 8 },
      ],
    });
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE: '127.0.0.1/32,intranet' })).toThrow(/WEBHOOK_ALLOW_PRIVATE: "intranet" is not an address or CIDR range/);
  });

  it('keeps generation back ends to public addresses and no environment variables unless told otherwise', () => {
    expect(loadConfig({ BACKEND_ALLOW_PRIVATE: '127.0.0.1/32', BACKEND_SECRET_ENV: 'OPENAI_API_KEY, COMFY_TOKEN' }).backendAccess).toEqual({
      policy: { allowPrivate: [{ family: 4, value: 0x7f000001n, prefix: 32 }] },
      secretEnv: ['OPENAI_API_KEY', 'COMFY_TOKEN'],
    });
    expect(() => loadConfig({ BACKEND_SECRET_ENV: 'OPENAI_API_KEY,not-a-name' })).toThrow(/BACKEND_SECRET_ENV: "not-a-name" is not an environment variable name/);
    expect(() => loadConfig({ BACKEND_ALLOW_PRIVATE: 'gpu-box' })).toThrow(/BACKEND_ALLOW_PRIVATE/);
  });

  it('lets a server only this machine can reach use a ComfyUI on loopback, and any other public back ends only', () => {
    const loopback = { allowPrivate: [{ family: 4, value: 0x7fn << 24n, prefix: 8 }, { family: 6, value: 1n, prefix: 128 }] };
    // `pnpm start`: HOST defaults to 127.0.0.1, jobs run in the process.
    expect(loadConfig({}).backendAccess).toEqual({ policy: loopback, secretEnv: [], thisMachineOnly: true });
    expect(loadConfig({ HOST: 'localhost', DATABASE_URL: 'postgres://pc@db/pc' }).backendAccess.policy).toEqual(loopback);
    expect(loadConfig({ HOST: '::1', PUBLIC_URL: 'http://localhost:3000' }).backendAccess.policy).toEqual(loopback);
    // Reachable by others, or with separate workers (which never assume it): public only.
    for (const env of [
      { HOST: '0.0.0.0' },
      { HOST: '::' },
      { HOST: '192.168.1.20' },
      { REDIS_URL: 'redis://127.0.0.1:6379' },
      { TRUST_PROXY: 'true' },
      { PUBLIC_URL: 'https://canvas.example.com' },
    ]) {
      expect(loadConfig(env).backendAccess, JSON.stringify(env)).toEqual({ policy: { allowPrivate: 'none' }, secretEnv: [] });
    }
    // Set, the variable decides: `false` refuses loopback even here.
    expect(loadConfig({ BACKEND_ALLOW_PRIVATE: 'false' }).backendAccess).toEqual({ policy: { allowPrivate: 'none' }, secretEnv: [] });
  });

  it('reads the run settings: scaled mode runs no workers unless EMBEDDED_WORKERS says so', () => {
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379' }).runs.embeddedWorkers).toBe(false);
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379', EMBEDDED_WORKERS: 'true' }).runs.embeddedWorkers).toBe(true);
    expect(loadConfig({ WORKER_CONCURRENCY_CPU: '4', WORKER_CONCURRENCY_IO: '32', SWEEP_INTERVAL_MS: '5000', ENGINE_DEPENDANTS_ADD: 'ordered' }).runs).toEqual({
      embeddedWorkers: true,
      concurrency: { cpu: 4, io: 32 },
      sweepIntervalMs: 5_000,
      dependantsAdd: 'ordered',
    });
    expect(() => loadConfig({ WORKER_CONCURRENCY_CPU: '0' })).toThrow(/WORKER_CONCURRENCY_CPU/);
    expect(() => loadConfig({ ENGINE_DEPENDANTS_ADD: 'eventually' })).toThrow(/ENGINE_DEPENDANTS_ADD/);
  });

  it('reads the security settings', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://canvas.example',
      TRUST_PROXY: 'true',
      CORS_ORIGINS: 'https://tools.example, http://localhost:5173',
      SESSION_IDLE_HOURS: '12',
      SESSION_ABSOLUTE_DAYS: '7',
      REQUEST_TIMEOUT_MS: '5000',
      CREDENTIAL_CACHE_TTL_SECONDS: '0',
      GRAPH_READ_CACHE_TTL_SECONDS: '2',
      RATE_LIMIT_PER_MINUTE: '100',
      RATE_LIMIT_IP_PER_MINUTE: '200',
      SIGNIN_ATTEMPTS_PER_IP: '10',
      SIGNIN_FAILURES_PER_ACCOUNT: '3',
      SIGNUPS_PER_IP_PER_HOUR: '7',
    });
    expect(config.security).toEqual({
      publicUrl: new URL('https://canvas.example'),
      trustProxy: true,
      corsOrigins: ['https://tools.example', 'http://localhost:5173'],
      sessionIdleMs: 12 * 3_600_000,
      sessionAbsoluteMs: 7 * 24 * 3_600_000,
      requestTimeoutMs: 5000,
      credentialCacheTtlMs: 0,
      graphReadCacheTtlMs: 2_000,
      rateLimits: { perActorPerMinute: 100, perIpPerMinute: 200, signInAttemptsPerIp: 10, signInFailuresPerAccount: 3, signUpsPerIpPerHour: 7 },
    });
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });

  it('stores artifacts in the database unless ARTIFACT_STORE=s3 names a bucket', () => {
    expect(loadConfig({}).artifactStore).toEqual({ kind: 'db' });
    expect(
      loadConfig({
        ARTIFACT_STORE: 's3',
        S3_ENDPOINT: 'http://minio:9000',
        S3_BUCKET: 'pc-artifacts',
        S3_REGION: 'eu-central-1',
        S3_ACCESS_KEY_ID: 'minio',
        S3_SECRET_ACCESS_KEY: 'minio-secret',
        S3_FORCE_PATH_STYLE: 'true',
      }).artifactStore,
    ).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'pc-artifacts',
      region: 'eu-central-1',
      accessKeyId: 'minio',
      secretAccessKey: 'minio-secret',
      forcePathStyle: true,
    });
    expect(() => loadConfig({ ARTIFACT_STORE: 's3', S3_ENDPOINT: 'http://minio:9000' })).toThrow(/S3_BUCKET[\s\S]*S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
  });
});
