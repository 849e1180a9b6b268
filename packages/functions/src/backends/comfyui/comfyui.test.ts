import { afterEach, describe, expect, it } from 'vitest';
import { ComfyUIConfigSchema, type ComfyUIConfig } from '../config.js';
import { BackendConfigError, BackendRequestError, BackendTimeoutError } from '../errors.js';
import { withRetry } from '../resilience/retry.js';
import { withTimeout } from '../resilience/timeout.js';
import { startFakeComfyUI, sampleWorkflow, type FakeComfyOptions, type FakeComfyUI } from '../testing/fake-comfyui.js';
import { makePng } from '../testing/png.js';
import { sampleRequest } from '../testing/prompt.js';
import { createComfyUIBackend } from './adapter.js';

let fake: FakeComfyUI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const binding = {
  positive: '6.inputs.text',
  negative: '7.inputs.text',
  seed: '3.inputs.seed',
  width: '5.inputs.width',
  height: '5.inputs.height',
  referenceImage: '10.inputs.image',
  output: '9',
};

const configFor = (url: string, overrides: Partial<ComfyUIConfig> = {}): ComfyUIConfig =>
  ComfyUIConfigSchema.parse({ kind: 'comfyui', url, workflow: sampleWorkflow(), binding, clientId: 'pc-test', pollIntervalMs: 10, ...overrides });

const start = async (options: FakeComfyOptions = {}) => {
  fake = await startFakeComfyUI(options);
  return { fake, backend: createComfyUIBackend(configFor(fake.url)) };
};

describe('ComfyUI back end', () => {
  it('downloads only the first image of an output that lists many', async () => {
    const { fake, backend } = await start({ outputCopies: 200 });
    const result = await backend.generate(sampleRequest(), { signal: new AbortController().signal });
    expect(result.images).toHaveLength(1);
    expect(fake.requests.filter((route) => route === 'GET /view')).toHaveLength(1);
  });

  it('uploads the reference, binds every slot, reports progress and returns the saved image', async () => {
    const { fake, backend } = await start({ steps: 4 });
    const reference = { name: 'anna.png', bytes: makePng(8, 8), mediaType: 'image/png' };
    const progress: [number, string][] = [];

    const result = await backend.generate(sampleRequest({ references: [reference] }), {
      signal: new AbortController().signal,
      onProgress: (fraction, message) => progress.push([fraction, message]),
    });

    expect(fake.uploads).toEqual([{ name: 'anna.png', bytes: Buffer.from(reference.bytes), type: 'image/png' }]);
    const [submitted] = fake.prompts;
    expect(submitted?.client_id).toBe('pc-test');
    expect(submitted?.prompt['6']?.inputs['text']).toBe(sampleRequest().prompt.positive);
    expect(submitted?.prompt['7']?.inputs['text']).toBe('text, watermark, blurry');
    expect(submitted?.prompt['3']?.inputs).toMatchObject({ seed: 1234, steps: 20 });
    expect(submitted?.prompt['5']?.inputs).toMatchObject({ width: 1024, height: 576 });
    expect(submitted?.prompt['10']?.inputs['image']).toBe('pc/anna.png');

    expect(result.images).toHaveLength(1);
    expect(result.images[0]).toMatchObject({ mediaType: 'image/png', width: 1024, height: 576 });
    expect(result.provenance).toEqual({ backend: 'comfyui', seed: 1234, promptHash: 'f'.repeat(64), remoteId: submitted?.prompt_id });

    const fractions = progress.map(([fraction]) => fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(progress.map(([, message]) => message)).toContain('KSampler (3) 4/4');
    expect(fake.requests.filter((route) => route === 'GET /view')).toHaveLength(1);
  });

  it('binds the configured sampler steps', async () => {
    fake = await startFakeComfyUI();
    const backend = createComfyUIBackend(configFor(fake.url, { binding: { ...binding, steps: '3.inputs.steps' }, steps: 8 }));
    await backend.generate(sampleRequest(), { signal: new AbortController().signal });
    expect(fake.prompts[0]?.prompt['3']?.inputs['steps']).toBe(8);
  });

  it('leaves the workflow it was configured with untouched', async () => {
    const { backend } = await start();
    const config = configFor(fake!.url);
    await createComfyUIBackend(config).generate(sampleRequest(), { signal: new AbortController().signal });
    await backend.generate(sampleRequest(), { signal: new AbortController().signal });
    expect(config.workflow['6']?.inputs['text']).toBe('');
  });

  it('reuses the prompt id derived from the idempotency key', async () => {
    const { fake, backend } = await start();
    await backend.generate(sampleRequest(), { signal: new AbortController().signal });
    await backend.generate(sampleRequest(), { signal: new AbortController().signal });
    expect(fake.prompts[0]?.prompt_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(fake.prompts[1]?.prompt_id).toBe(fake.prompts[0]?.prompt_id);
  });

  it('finishes by polling /history when the socket drops mid-run', async () => {
    const { fake, backend } = await start({ steps: 6, stepDelayMs: 10, dropSocketsAfterProgress: 2 });
    const result = await backend.generate(sampleRequest(), { signal: new AbortController().signal });
    expect(result.images[0]?.width).toBe(1024);
    expect(fake.requests.filter((route) => route.startsWith('GET /history/')).length).toBeGreaterThan(1);
  });

  it('polls from the start when the socket cannot connect', async () => {
    fake = await startFakeComfyUI();
    fake.server.removeAllListeners('upgrade'); // the /ws route is gone
    fake.server.on('upgrade', (_request, socket) => socket.destroy());
    const backend = createComfyUIBackend(configFor(fake.url));
    const result = await backend.generate(sampleRequest(), { signal: new AbortController().signal });
    expect(result.images).toHaveLength(1);
  });

  it('interrupts and dequeues the prompt when the caller aborts', async () => {
    const { fake, backend } = await start({ hang: true });
    const controller = new AbortController();
    const run = backend.generate(sampleRequest(), {
      signal: controller.signal,
      onProgress: (_fraction, message) => message.startsWith('KSampler') && controller.abort(new Error('cancelled by user')),
    });
    await expect(run).rejects.toThrow('cancelled by user');
    const promptId = fake.prompts[0]?.prompt_id;
    expect(fake.queueDeletes).toEqual([promptId]);
    expect(fake.interrupts).toEqual([{ prompt_id: promptId }]);
    await fake.interrupted;
  });

  it('cancels the remote prompt when its time budget runs out', async () => {
    const { fake, backend } = await start({ hang: true });
    const run = withTimeout(backend, 150).generate(sampleRequest(), { signal: new AbortController().signal });
    await expect(run).rejects.toBeInstanceOf(BackendTimeoutError);
    expect(fake.interrupts).toEqual([{ prompt_id: fake.prompts[0]?.prompt_id }]);
  });

  it('reports an execution error as a non-retryable request error', async () => {
    const { backend } = await start({ failInNode: '8' });
    const run = backend.generate(sampleRequest(), { signal: new AbortController().signal });
    await expect(run).rejects.toThrow('VAEDecode (8): CUDA out of memory');
    await expect(run).rejects.toMatchObject({ kind: 'request', retryable: false });
  });

  it('retries a 500 from /prompt and then succeeds', async () => {
    const { fake, backend } = await start();
    fake.respondNext('POST /prompt', { status: 500 }, { status: 503 });
    const result = await withRetry(backend, { baseDelayMs: 5 }).generate(sampleRequest(), { signal: new AbortController().signal });
    expect(result.images).toHaveLength(1);
    expect(fake.requests.filter((route) => route === 'POST /prompt')).toHaveLength(3);
  });

  it('does not retry a workflow ComfyUI rejects with 400', async () => {
    const { fake, backend } = await start();
    fake.respondNext('POST /prompt', { status: 400, body: { error: { type: 'prompt_outputs_failed_validation' }, node_errors: {} } });
    const run = withRetry(backend, { baseDelayMs: 5 }).generate(sampleRequest(), { signal: new AbortController().signal });
    await expect(run).rejects.toBeInstanceOf(BackendRequestError);
    await expect(run).rejects.toMatchObject({ status: 400, retryable: false });
    expect(fake.requests.filter((route) => route === 'POST /prompt')).toHaveLength(1);
  });
});

describe('ComfyUI binding', () => {
  const workflow = sampleWorkflow();

  it.each([
    ['positive', '99.inputs.text', 'node 99 is not in the workflow'],
    ['negative', '7.inputs.prompt', 'node 7 (CLIPTextEncode) has no input "prompt"'],
    ['seed', '3.inputs.model', 'input "model" of node 3 is a link, not a value'],
    ['output', '42', 'node 42 is not in the workflow'],
  ])('rejects binding.%s = %s', (slot, path, reason) => {
    const config = { kind: 'comfyui', url: 'http://gpu:8188', workflow, binding: { ...binding, [slot]: path } };
    const parsed = ComfyUIConfigSchema.safeParse(config);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toContainEqual(expect.objectContaining({ path: ['binding', slot], message: `${path}: ${reason}` }));

    const unchecked = { ...configFor('http://gpu:8188'), binding: { ...binding, [slot]: path } };
    expect(() => createComfyUIBackend(unchecked)).toThrow(BackendConfigError);
    expect(() => createComfyUIBackend(unchecked)).toThrow(expect.objectContaining({ path: `binding.${slot}`, message: expect.stringContaining(reason) }));
  });

  it('rejects paths that are not node.inputs.name', () => {
    const parsed = ComfyUIConfigSchema.safeParse({ kind: 'comfyui', url: 'http://gpu:8188', workflow, binding: { ...binding, positive: '6.text' } });
    expect(parsed.error?.issues[0]?.path).toEqual(['binding', 'positive']);
  });
});
