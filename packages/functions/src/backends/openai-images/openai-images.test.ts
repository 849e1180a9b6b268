import { afterEach, describe, expect, it } from 'vitest';
import { OpenAIImagesConfigSchema, SizePolicySchema } from '../config.js';
import { createBackend } from '../create-backend.js';
import { BackendConfigError, BackendRequestError } from '../errors.js';
import { encryptSecret } from '../secrets.js';
import { startFakeOpenAIImages, type FakeOpenAIImages } from '../testing/fake-openai-images.js';
import { samplePrompt, sampleRequest } from '../testing/prompt.js';
import { createOpenAIImagesBackend } from './adapter.js';
import { chooseSize } from './size.js';

let fake: FakeOpenAIImages | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const configFor = (url: string, extra: Record<string, unknown> = {}) =>
  OpenAIImagesConfigSchema.parse({ kind: 'openai-images', url: `${url}/v1`, model: 'gpt-image-1', apiKey: { env: 'OPENAI_API_KEY' }, ...extra });
const signal = () => new AbortController().signal;

describe('OpenAI-compatible images back end', () => {
  it('posts the prompt with auth, size, seed and idempotency key, and decodes b64_json', async () => {
    fake = await startFakeOpenAIImages();
    const backend = createOpenAIImagesBackend({ ...configFor(fake.url), apiKey: 'sk-test' });
    const progress: number[] = [];

    const result = await backend.generate(sampleRequest(), { signal: signal(), onProgress: (fraction) => progress.push(fraction) });

    expect(fake.generations).toEqual([
      {
        body: { model: 'gpt-image-1', prompt: samplePrompt().positive, n: 1, size: '1536x1024', response_format: 'b64_json', seed: 1234 },
        idempotencyKey: 'run1_shot1',
      },
    ]);
    expect(result.images[0]).toMatchObject({ mediaType: 'image/png', width: 24, height: 16 });
    expect(result.provenance).toEqual({ backend: 'openai-images', model: 'gpt-image-1', seed: 1234, promptHash: 'f'.repeat(64), remoteId: 'req_1700000001' });
    expect(progress.at(-1)).toBe(1);
  });

  it('downloads results returned as url, merges extra fields and can leave the seed out', async () => {
    fake = await startFakeOpenAIImages({ returnUrl: true });
    const config = configFor(fake.url, { sendSeed: false, extra: { quality: 'low' }, size: { mode: 'exact' }, name: 'local-sd' });
    const result = await createOpenAIImagesBackend({ ...config, apiKey: 'sk-test' }).generate(sampleRequest(), { signal: signal() });
    expect(fake.generations[0]?.body).toEqual(expect.objectContaining({ quality: 'low', size: '1024x576' }));
    expect(fake.generations[0]?.body).not.toHaveProperty('seed');
    expect(result.images[0]).toMatchObject({ width: 16, height: 9 });
    expect(result.provenance.backend).toBe('local-sd');
  });

  it('reports a rejected API key as a non-retryable 401', async () => {
    fake = await startFakeOpenAIImages();
    const run = createOpenAIImagesBackend({ ...configFor(fake.url), apiKey: 'sk-wrong' }).generate(sampleRequest(), { signal: signal() });
    await expect(run).rejects.toBeInstanceOf(BackendRequestError);
    await expect(run).rejects.toMatchObject({ status: 401, retryable: false, message: expect.stringContaining('Incorrect API key') });
  });

  it('resolves the API key from the environment or an encrypted blob', async () => {
    fake = await startFakeOpenAIImages({ apiKey: 'sk-secret' });
    const key = crypto.getRandomValues(new Uint8Array(32));
    const fromEnv = await createBackend(configFor(fake.url), { secrets: { env: { OPENAI_API_KEY: 'sk-secret' } } });
    const encrypted = configFor(fake.url, { apiKey: { encrypted: await encryptSecret('sk-secret', key, 'workspace:w1') } });
    const fromBlob = await createBackend(encrypted, { secrets: { env: {}, key, context: 'workspace:w1' } });
    await fromEnv.generate(sampleRequest(), { signal: signal() });
    await fromBlob.generate(sampleRequest(), { signal: signal() });
    expect(fake.generations).toHaveLength(2);
  });

  it('refuses a key a header cannot carry (a line break would be a second header) as a config error on apiKey', () => {
    for (const apiKey of ['sk-1\r\nX-Injected: 1', 'sk-1\n', 'sk-\u00e9']) {
      expect(() => createOpenAIImagesBackend({ ...configFor('http://127.0.0.1:9'), apiKey })).toThrow(BackendConfigError);
    }
    expect(() => createOpenAIImagesBackend({ ...configFor('http://127.0.0.1:9'), apiKey: 'sk-proj-AbC_123-xyz' })).not.toThrow();
  });

  it('turns an unresolvable API key into a config error on apiKey', async () => {
    const create = createBackend(configFor('http://127.0.0.1:9'), { secrets: { env: {} } });
    await expect(create).rejects.toBeInstanceOf(BackendConfigError);
    await expect(create).rejects.toMatchObject({ path: 'apiKey', message: 'apiKey: environment variable OPENAI_API_KEY is not set' });
  });
});

describe('chooseSize', () => {
  const nearest = SizePolicySchema.parse({ mode: 'nearest' });
  it.each([
    [1024, 576, '1536x1024'],
    [576, 1024, '1024x1536'],
    [1024, 1024, '1024x1024'],
    [768, 1024, '1024x1536'],
  ])('picks the allowed size nearest in aspect for %ix%i', (width, height, size) => {
    expect(chooseSize(nearest, width, height)).toBe(size);
  });

  it('sends exact and fixed sizes as configured', () => {
    expect(chooseSize({ mode: 'exact' }, 1024, 576)).toBe('1024x576');
    expect(chooseSize({ mode: 'fixed', size: '512x512' }, 1024, 576)).toBe('512x512');
  });
});
