import { BackendConfigError, BackendConfigSchema, createBackend, type BackendConfig } from '@pc/functions';
import { sampleWorkflow, startFakeComfyUI, startFakeOpenAIImages } from '@pc/functions/testing';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../batches/webhook-target/ip-address.js';
import { PUBLIC_ONLY } from '../batches/webhook-target/policy.js';
import { backendAccessFrom, backendLookup, backendSecretEnv, backendUrlCheck, isLoopbackHost, refusedBackendUrl, vetBackendConfig, type BackendAccess } from './backend-target.js';

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

describe('a ComfyUI on this machine with `pnpm start`', () => {
  it('is allowed by default only when the server is reachable from this machine alone, and BACKEND_ALLOW_PRIVATE still decides when set', () => {
    const local = backendAccessFrom({}, { thisMachineOnly: true });
    expect(local.thisMachineOnly).toBe(true);
    for (const url of ['http://127.0.0.1:8188', 'http://localhost:8188', 'http://[::1]:8188', 'http://127.0.1.1:8188']) expect(refusedBackendUrl(url, local.policy), url).toBeUndefined();
    // Loopback only: the private network and the metadata service stay out.
    expect(refusedBackendUrl('http://10.0.0.5:8188', local.policy)).toMatch(/private/);
    expect(refusedBackendUrl('http://169.254.169.254/', local.policy)).toMatch(/link-local/);
    // A server others can reach (and every worker) allows public addresses only.
    expect(refusedBackendUrl('http://127.0.0.1:8188', backendAccessFrom({}).policy)).toMatch(/loopback/);
    expect(backendAccessFrom({}).thisMachineOnly).toBeUndefined();
    // An explicit setting wins, `false` included.
    expect(refusedBackendUrl('http://127.0.0.1:8188', backendAccessFrom({ BACKEND_ALLOW_PRIVATE: 'false' }, { thisMachineOnly: true }).policy)).toMatch(/loopback/);
    expect(refusedBackendUrl('http://10.0.0.5:8188', backendAccessFrom({ BACKEND_ALLOW_PRIVATE: '10.0.0.0/8' }, { thisMachineOnly: true }).policy)).toBeUndefined();
  });

  it('knows a loopback listening address', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost', '127.0.0.2']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'canvas.example.com']) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('names the exact variable and value that would allow a refused back end', async () => {
    expect(refusedBackendUrl('http://127.0.0.1:8188', PUBLIC_ONLY)).toMatch(/set BACKEND_ALLOW_PRIVATE=127\.0\.0\.1\/32 on the server and every worker$/);
    expect(refusedBackendUrl('http://[::1]:8188', PUBLIC_ONLY)).toMatch(/set BACKEND_ALLOW_PRIVATE=::1\/128 /);
    expect(refusedBackendUrl('http://[::ffff:10.0.0.5]:8188', PUBLIC_ONLY)).toMatch(/set BACKEND_ALLOW_PRIVATE=10\.0\.0\.5\/32 /);
    expect(refusedBackendUrl('http://localhost:8188', PUBLIC_ONLY)).toMatch(/set BACKEND_ALLOW_PRIVATE=127\.0\.0\.1\/32,::1\/128 /);
    expect(refusedBackendUrl('http://10.0.0.5:8188', backendAccessFrom({}, { thisMachineOnly: true }).policy)).toMatch(/add 10\.0\.0\.5\/32 to BACKEND_ALLOW_PRIVATE/);
    const access: BackendAccess = { ...backendAccessFrom({}), resolve: resolver({ 'gpu.corp': ['93.184.216.35', '10.20.0.7'] }) };
    await expect(vetBackendConfig(openAi('http://gpu.corp:8188'), access)).rejects.toThrow(/gpu\.corp resolves to 10\.20\.0\.7 is a private address: .*set BACKEND_ALLOW_PRIVATE=10\.20\.0\.7\/32 /);
  });
});

describe('DNS rebinding: what is checked is what is connected to', () => {
  const comfyConfig = (url: string) => BackendConfigSchema.parse({
    kind: 'comfyui', url, workflow: sampleWorkflow(),
    binding: { positive: '6.inputs.text', negative: '7.inputs.text', seed: '3.inputs.seed', width: '5.inputs.width', height: '5.inputs.height', output: '9' },
  });
  const request = { prompt: { positive: 'a lighthouse at dusk', negative: '', seed: 7, width: 64, height: 48, references: [], hash: 'f'.repeat(64) }, references: [], idempotencyKey: 'run1_shot1' };
  /** Answers a public address to the first query and `then` to every later one. */
  const rebinding = (then: string) => {
    let calls = 0;
    return async () => (calls++ === 0 ? [{ address: '93.184.216.34', family: 4 }] : [{ address: then, family: then.includes(':') ? 6 : 4 }]);
  };
  const build = async (config: BackendConfig, access: BackendAccess) => {
    await vetBackendConfig(config, access);
    return createBackend(config, { secrets: { env: { KEY: 'sk-1' } }, retry: { retries: 0 }, checkUrl: backendUrlCheck(access), lookup: backendLookup(access) });
  };

  it('refuses a ComfyUI whose name answers a public address to the check and 127.0.0.1 to the connection: nothing reaches it', async () => {
    const comfy = await startFakeComfyUI();
    try {
      const port = new URL(comfy.url).port;
      const access: BackendAccess = { policy: PUBLIC_ONLY, secretEnv: [], resolve: rebinding('127.0.0.1') };
      const backend = await build(comfyConfig(`http://comfy.rebind.test:${port}`), access);
      const generation = backend.generate(request, { signal: AbortSignal.timeout(30_000) });
      await expect(generation).rejects.toBeInstanceOf(BackendConfigError);
      await expect(generation).rejects.toThrow(/comfy\.rebind\.test resolves to 127\.0\.0\.1 is a loopback address/);
      expect(comfy.requests).toEqual([]);
      expect(comfy.socketHosts).toEqual([]);
    } finally {
      await comfy.close();
    }
  });

  it('refuses an OpenAI-compatible endpoint that rebinds to ::1 after the check', async () => {
    const images = await startFakeOpenAIImages({ apiKey: 'sk-1' });
    try {
      const port = new URL(images.url).port;
      const access: BackendAccess = { policy: PUBLIC_ONLY, secretEnv: ['KEY'], resolve: rebinding('::1') };
      const config = BackendConfigSchema.parse({ kind: 'openai-images', url: `http://images.rebind.test:${port}/v1`, model: 'm', apiKey: { env: 'KEY' } });
      const backend = await build(config, access);
      await expect(backend.generate(request, { signal: AbortSignal.timeout(30_000) })).rejects.toThrow(/images\.rebind\.test resolves to 0:0:0:0:0:0:0:1 is a loopback address/);
      expect(images.requests).toEqual([]);
    } finally {
      await images.close();
    }
  });

  it('connects HTTP and the progress WebSocket to the vetted address, with the name as Host', async () => {
    const comfy = await startFakeComfyUI();
    try {
      const port = new URL(comfy.url).port;
      // A name no DNS knows: only the lookup's answer gets the connection to the fake.
      const access: BackendAccess = { policy: backendAccessFrom({}, { thisMachineOnly: true }).policy, secretEnv: [], resolve: resolver({ 'comfy.pinned.test': ['127.0.0.1'] }) };
      const backend = await build(comfyConfig(`http://comfy.pinned.test:${port}`), access);
      const take = await backend.generate(request, { signal: AbortSignal.timeout(30_000) });
      expect(take.images[0]).toMatchObject({ mediaType: 'image/png', width: 64, height: 48 });
      expect(comfy.requests).toContain('POST /prompt');
      expect(new Set(comfy.hosts)).toEqual(new Set([`comfy.pinned.test:${port}`]));
      expect(comfy.socketHosts).toEqual([`comfy.pinned.test:${port}`]);
    } finally {
      await comfy.close();
    }
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
