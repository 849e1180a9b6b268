import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFile, readStoredConfig, resolveCredentials, writeStoredConfig } from '../src/config.js';

describe('the stored login', () => {
  it('lives in the platform config folder unless PCANVAS_CONFIG_DIR moves it', () => {
    expect(configFile({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/pcanvas/config.json');
    expect(configFile({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toBe(join('C:/Users/a/AppData/Roaming', 'pcanvas', 'config.json'));
    expect(configFile({ PCANVAS_CONFIG_DIR: '/tmp/p', XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/tmp/p/config.json');
  });

  it('is written readable by its owner only, even over a file that was not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pcanvas-config-'));
    const file = join(dir, 'nested', 'config.json');
    await writeStoredConfig({ url: 'http://localhost:3000', apiKey: 'pc_one' }, file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'nested'))).mode & 0o777).toBe(0o700);
    await writeFile(file, '{}', { mode: 0o644 });
    await writeStoredConfig({ url: 'http://localhost:3000', apiKey: 'pc_two' }, file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ url: 'http://localhost:3000', apiKey: 'pc_two' });
    expect(await readStoredConfig(file)).toEqual({ url: 'http://localhost:3000', apiKey: 'pc_two' });
  });

  it('is overridden by PCANVAS_URL and PCANVAS_API_KEY, each on its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pcanvas-config-'));
    await writeStoredConfig({ url: 'http://stored:3000', apiKey: 'pc_stored' }, join(dir, 'config.json'));
    expect(await resolveCredentials({ PCANVAS_CONFIG_DIR: dir })).toEqual({ url: 'http://stored:3000', apiKey: 'pc_stored' });
    expect(await resolveCredentials({ PCANVAS_CONFIG_DIR: dir, PCANVAS_API_KEY: 'pc_env' })).toEqual({ url: 'http://stored:3000', apiKey: 'pc_env' });
    expect(await resolveCredentials({ PCANVAS_CONFIG_DIR: dir, PCANVAS_URL: 'http://env:1' })).toEqual({ url: 'http://env:1', apiKey: 'pc_stored' });
    await expect(resolveCredentials({ PCANVAS_CONFIG_DIR: join(dir, 'none') })).rejects.toMatchObject({ exitCode: 3 });
  });
});
