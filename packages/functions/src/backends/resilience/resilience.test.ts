import { afterEach, describe, expect, it } from 'vitest';
import { BackendRequestError, BackendTimeoutError, BackendUnavailableError } from '../errors.js';
import { createOpenAIImagesBackend } from '../openai-images/adapter.js';
import { OpenAIImagesConfigSchema } from '../config.js';
import { startFakeOpenAIImages, type FakeOpenAIImages } from '../testing/fake-openai-images.js';
import { sampleRequest } from '../testing/prompt.js';
import { createCircuitBreaker } from './circuit-breaker.js';
import { retryDelay, withRetry } from './retry.js';
import { withResilience } from './with-resilience.js';

let fake: FakeOpenAIImages | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const GENERATE = 'POST /v1/images/generations';
const startBackend = async (options: Parameters<typeof startFakeOpenAIImages>[0] = {}) => {
  fake = await startFakeOpenAIImages(options);
  const config = OpenAIImagesConfigSchema.parse({ kind: 'openai-images', url: `${fake.url}/v1`, model: 'm', apiKey: { env: 'K' } });
  return { fake, adapter: createOpenAIImagesBackend({ ...config, apiKey: 'sk-test' }) };
};
const calls = (server: FakeOpenAIImages) => server.requests.filter((route) => route === GENERATE).length;
const signal = () => new AbortController().signal;
const fast = { baseDelayMs: 5, maxDelayMs: 20 };

describe('retries', () => {
  it('retries 500s with backoff and then succeeds', async () => {
    const { fake, adapter } = await startBackend();
    fake.respondNext(GENERATE, { status: 500 }, { status: 502 });
    const delays: number[] = [];
    const backend = withRetry(adapter, { ...fast, onRetry: ({ delayMs }) => delays.push(delayMs) });
    const result = await backend.generate(sampleRequest(), { signal: signal() });
    expect(result.images).toHaveLength(1);
    expect(calls(fake)).toBe(3);
    expect(delays).toHaveLength(2);
  });

  it('gives up after the configured retries with the last error', async () => {
    const { fake, adapter } = await startBackend();
    fake.respondNext(GENERATE, { status: 503 }, { status: 503 }, { status: 503 });
    const run = withRetry(adapter, { ...fast, retries: 2 }).generate(sampleRequest(), { signal: signal() });
    await expect(run).rejects.toMatchObject({ status: 503, retryable: true });
    expect(calls(fake)).toBe(3);
  });

  it('does not retry a 400', async () => {
    const { fake, adapter } = await startBackend();
    fake.respondNext(GENERATE, { status: 400, body: { error: { message: 'Invalid prompt' } } });
    const run = withRetry(adapter, fast).generate(sampleRequest(), { signal: signal() });
    await expect(run).rejects.toMatchObject({ status: 400, retryable: false });
    expect(calls(fake)).toBe(1);
  });

  it('waits at least the Retry-After of a 429', async () => {
    const { fake, adapter } = await startBackend();
    fake.respondNext(GENERATE, { status: 429, headers: { 'retry-after': '1' } });
    const started = performance.now();
    await withRetry(adapter, fast).generate(sampleRequest(), { signal: signal() });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(calls(fake)).toBe(2);
  });

  it('gives up at once when Retry-After is longer than it is willing to wait', async () => {
    const { fake, adapter } = await startBackend();
    fake.respondNext(GENERATE, { status: 429, headers: { 'retry-after': '3600' } });
    const run = withRetry(adapter, { ...fast, maxRetryAfterMs: 10_000 }).generate(sampleRequest(), { signal: signal() });
    await expect(run).rejects.toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(calls(fake)).toBe(1);
  });

  it('retries a refused connection', async () => {
    const { fake, adapter } = await startBackend();
    await fake.close();
    const attempts: number[] = [];
    const run = withRetry(adapter, { ...fast, retries: 1, onRetry: ({ attempt }) => attempts.push(attempt) }).generate(sampleRequest(), { signal: signal() });
    await expect(run).rejects.toMatchObject({ status: null, retryable: true, message: expect.stringContaining('ECONNREFUSED') });
    expect(attempts).toEqual([1]);
  });

  it('never retries after the caller aborts', async () => {
    const { fake, adapter } = await startBackend({ delayMs: 5_000 });
    const controller = new AbortController();
    const generation = withRetry(adapter, fast).generate(sampleRequest(), { signal: controller.signal });
    // Abort once the request is at the back end (a fixed delay is too short on a loaded machine).
    while (calls(fake) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error('user cancelled'));
    await expect(generation).rejects.toThrow('user cancelled');
    expect(calls(fake)).toBe(1);
  });

  it('grows the backoff exponentially, jitters it and respects Retry-After', () => {
    const noJitter = { baseDelayMs: 100, maxDelayMs: 1_000, jitter: 0 };
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelay(attempt, new Error('x'), noJitter))).toEqual([100, 200, 400, 800, 1_000]);
    expect(retryDelay(2, new Error('x'), { ...noJitter, jitter: 0.5, random: () => 1 })).toBe(100);
    const limited = new BackendRequestError('429', { status: 429, retryAfterMs: 5_000 });
    expect(retryDelay(1, limited, noJitter)).toBe(5_000);
  });
});

describe('timeout', () => {
  it('fails with BackendTimeoutError when the budget runs out, without retrying', async () => {
    const { fake, adapter } = await startBackend({ delayMs: 2_000 });
    const started = performance.now();
    const run = withResilience(adapter, { timeoutMs: 100, retry: fast }).generate(sampleRequest(), { signal: signal() });
    await expect(run).rejects.toBeInstanceOf(BackendTimeoutError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(calls(fake)).toBe(1);
  });
});

describe('circuit breaker', () => {
  const clock = () => {
    let now = 0;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('a failing back end trips the breaker and recovers', async () => {
    const { fake, adapter } = await startBackend();
    const time = clock();
    const breaker = createCircuitBreaker('openai-images', { failureThreshold: 3, openMs: 10_000, now: time.now });
    const backend = withResilience(adapter, { timeoutMs: 5_000, retry: { ...fast, retries: 0 }, breaker });
    fake.respondNext(GENERATE, { status: 500 }, { status: 500 }, { status: 500 });

    // 1. Three consecutive failures open it.
    for (let i = 0; i < 3; i++) await expect(backend.generate(sampleRequest(), { signal: signal() })).rejects.toMatchObject({ status: 500 });
    expect(breaker.getState()).toBe('open');

    // 2. Open: fails fast, the server sees nothing, and says when to come back.
    time.advance(4_000);
    const rejected = backend.generate(sampleRequest(), { signal: signal() });
    await expect(rejected).rejects.toBeInstanceOf(BackendUnavailableError);
    await expect(rejected).rejects.toMatchObject({ backend: 'openai-images', retryAfterMs: 6_000 });
    expect(calls(fake)).toBe(3);

    // 3. After openMs one probe goes through; its success closes the breaker.
    time.advance(6_000);
    expect(breaker.getState()).toBe('half-open');
    await expect(backend.generate(sampleRequest(), { signal: signal() })).resolves.toMatchObject({ images: [expect.anything()] });
    expect(breaker.getState()).toBe('closed');
    expect(calls(fake)).toBe(4);
  });

  it('stops the remaining retries once it opens', async () => {
    const { fake, adapter } = await startBackend();
    const breaker = createCircuitBreaker('b', { failureThreshold: 2, now: clock().now });
    fake.respondNext(GENERATE, { status: 503 }, { status: 503 }, { status: 503 });
    const run = withResilience(adapter, { timeoutMs: 5_000, retry: { ...fast, retries: 5 }, breaker }).generate(sampleRequest(), { signal: signal() });
    await expect(run).rejects.toBeInstanceOf(BackendUnavailableError);
    expect(calls(fake)).toBe(2);
  });

  it('opens again when the half-open probe fails, and lets only one probe through', async () => {
    const time = clock();
    const breaker = createCircuitBreaker('b', { failureThreshold: 1, openMs: 1_000, now: time.now });
    const failure = () => Promise.reject(new BackendRequestError('down', { status: 503 }));
    await expect(breaker.run(failure)).rejects.toThrow('down');
    time.advance(1_000);
    let release = () => {};
    const probe = breaker.run(() => new Promise<never>((_, reject) => (release = () => reject(new BackendRequestError('still down', { status: null })))));
    await expect(breaker.run(() => Promise.resolve('second'))).rejects.toBeInstanceOf(BackendUnavailableError);
    release();
    await expect(probe).rejects.toThrow('still down');
    expect(breaker.getState()).toBe('open');
  });

  it('ignores config errors and aborts, and opens on a failure rate', async () => {
    const breaker = createCircuitBreaker('b', { failureThreshold: 100, failureRate: { threshold: 0.5, minimumCalls: 4, windowSize: 4 }, now: clock().now });
    for (let i = 0; i < 5; i++) await expect(breaker.run(() => Promise.reject(new BackendRequestError('bad', { status: 400 })))).rejects.toThrow();
    await expect(breaker.run(() => Promise.reject(new DOMException('aborted', 'AbortError')))).rejects.toThrow();
    expect(breaker.getState()).toBe('closed');
    const outcomes = [true, false, true, false];
    for (const ok of outcomes) {
      await breaker.run(() => (ok ? Promise.resolve(1) : Promise.reject(new BackendRequestError('x', { status: 500 })))).catch(() => undefined);
    }
    expect(breaker.getState()).toBe('open');
  });
});
