import { BackendConfigSchema, type BackendConfig } from '@pc/functions';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../batches/webhook-target/ip-address.js';
import { PUBLIC_ONLY } from '../batches/webhook-target/policy.js';
import { backendAccessFrom, backendSecretEnv, refusedBackendUrl, vetBackendConfig, type BackendAccess } from './backend-target.js';

const openAi = (url: string, apiKey: unknown = { encrypted: 'v1.a.b' }): BackendConfig =>
  BackendConfigSchema.parse({ kind: 'openai-images', name: 'Images', url, model: 'gpt-image-1', apiKey });

const resolver = (answers: Record<string, string[]>) => async (hostname: string) => {
  const addresses = answers[hostname];
  if (!addresses) throw new Error(`ENOTFOUND ${hostname}`);
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

describe('where a generation back end may be (SSRF)', () => {
  it('refuses internal address literals in every spelling, and localhost names, by default', () => {
    for (const url of [
      'http://127.0.0.1:5432',
      'http://127.0.0.1:6379/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]:8188',
      'http://[::ffff:127.0.0.1]:8188',
      'http://2130706433:8188',
      'http://0x7f.1:8188',
      'http://10.0.0.5',
      'http://0.0.0.0:8188',
      'http://localhost:8188',
      'http://gpu.localhost:8188',
    ]) {
      expect(refusedBackendUrl(url, PUBLIC_ONLY), url).toMatch(/BACKEND_ALLOW_PRIVATE/);
    }
    expect(refusedBackendUrl('https://api.openai.com/v1', PUBLIC_ONLY)).toBeUndefined();
    expect(refusedBackendUrl('https://user:pw@api.openai.com/v1', PUBLIC_ONLY)).toMatch(/user name/);
  });

  it('allows what BACKEND_ALLOW_PRIVATE lists, and nothing next to it', () => {
    const access = backendAccessFrom({ BACKEND_ALLOW_PRIVATE: '127.0.0.1/32,::1/128' });
    expect(refusedBackendUrl('http://127.0.0.1:8188', access.policy)).toBeUndefined();
    expect(refusedBackendUrl('http://localhost:8188', access.policy)).toBeUndefined();
    expect(refusedBackendUrl('http://[::1]:8188', access.policy)).toBeUndefined();
    expect(refusedBackendUrl('http://127.0.0.2:6379', access.policy)).toMatch(/loopback/);
    expect(refusedBackendUrl('http://169.254.169.254', access.policy)).toMatch(/link-local/);
    expect(refusedBackendUrl('http://169.254.169.254', backendAccessFrom({ BACKEND_ALLOW_PRIVATE: '1' }).policy)).toBeUndefined();
  });

  it('refuses a name when any address it resolves to is internal', async () => {
    const access: BackendAccess = {
      policy: { allowPrivate: [parseCidr('10.20.0.0/16')!] },
      secretEnv: [],
      resolve: resolver({ 'gpu.example.com': ['93.184.216.35', '127.0.0.1'], 'comfy.corp': ['10.20.0.7'], 'api.example.com': ['93.184.216.34'] }),
    };
    await expect(vetBackendConfig(openAi('http://gpu.example.com:8188'), access)).rejects.toThrow(/gpu\.example\.com resolves to 127\.0\.0\.1 is a loopback address/);
    await expect(vetBackendConfig(openAi('http://comfy.corp:8188'), access)).resolves.toBeUndefined();
    await expect(vetBackendConfig(openAi('https://api.example.com/v1'), access)).resolves.toBeUndefined();
  });
});

describe('which environment variables `{env}` secrets may name', () => {
  it('only those BACKEND_SECRET_ENV lists: a config naming another is refused, and the variable is not even passed', async () => {
    const access = { ...backendAccessFrom({ BACKEND_SECRET_ENV: 'OPENAI_API_KEY, COMFY_TOKEN' }), resolve: resolver({ 'api.example.com': ['93.184.216.34'] }) };
    expect(access.secretEnv).toEqual(['OPENAI_API_KEY', 'COMFY_TOKEN']);
    await expect(vetBackendConfig(openAi('https://api.example.com/v1', { env: 'DATABASE_URL' }), access)).rejects.toThrow(/DATABASE_URL is not a variable back-end secrets may name/);
    await expect(vetBackendConfig(openAi('https://api.example.com/v1', { env: 'OPENAI_API_KEY' }), access)).resolves.toBeUndefined();
    expect(backendSecretEnv({ OPENAI_API_KEY: 'sk-1', DATABASE_URL: 'postgres://secret', SECRETS_KEY: 'k' }, access.secretEnv)).toEqual({ OPENAI_API_KEY: 'sk-1', COMFY_TOKEN: undefined });
    // None by default.
    await expect(vetBackendConfig(openAi('https://api.example.com/v1', { env: 'OPENAI_API_KEY' }), { ...backendAccessFrom({}), resolve: access.resolve })).rejects.toThrow(/BACKEND_SECRET_ENV/);
  });
});
