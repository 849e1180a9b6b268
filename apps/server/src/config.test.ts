import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

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
      { PORT: '8080', HOST: '0.0.0.0', DATA_DIR: 'state', DATABASE_URL: 'postgres://pc@db/pc', REDIS_URL: '', LOG_LEVEL: 'debug', MAX_BODY_BYTES: '2048', WEB_DIST: '/opt/web' },
      '/srv',
    );
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/state',
      databaseUrl: 'postgres://pc@db/pc',
      redisUrl: undefined,
      logLevel: 'debug',
      maxBodyBytes: 2048,
      webDist: '/opt/web',
    });
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
  });
});
