import { deleteWorkspaceBackend, insertWorkspaceBackend, updateWorkspaceBackend, type Database } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { encryptSecret } from '@pc/functions';
import { sampleWorkflow, startFakeComfyUI, startFakeOpenAIImages, type FakeComfyUI, type FakeOpenAIImages } from '@pc/functions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessEventBus } from '../events/in-process-bus.js';
import { runChannel, type EngineEvent } from '../events/events.js';
import { createInProcessQueue } from '../queue/in-process/queue.js';
import { createRunEngine, type RunEngine, type RunView } from '../runs/run-engine.js';
import { instrumentedFunctions, seedGraph } from '../testing/runs.js';
import { diamond } from '../testing/script.js';
import { waitFor } from '../testing/wait.js';
import { parseCidr } from '../batches/webhook-target/ip-address.js';
import { PUBLIC_ONLY } from '../batches/webhook-target/policy.js';
import { createWorkspaceGeneration, loadSecretsKey, secretContext } from './workspace-generation.js';

// The fakes listen on 127.0.0.1, which back ends may reach only when the operator allows it.
const LOCAL_BACKENDS = { policy: { allowPrivate: [parseCidr('127.0.0.1/32')!] }, secretEnv: [] };

const comfyBinding = {
  positive: '6.inputs.text',
  negative: '7.inputs.text',
  seed: '3.inputs.seed',
  width: '5.inputs.width',
  height: '5.inputs.height',
  output: '9',
};

describe('runs generate storyboard frames with the workspace back end', () => {
  let test: TestDatabase;
  let database: Database;
  let openai: FakeOpenAIImages;
  let comfy: FakeComfyUI;
  let engine: RunEngine;
  let secretsKey: Uint8Array;
  const instrumented = instrumentedFunctions();
  const queue = createInProcessQueue({ onError: () => {} });
  const bus = createInProcessEventBus();

  beforeAll(async () => {
    test = await createTestDatabase('postgres');
    database = test.database;
    openai = await startFakeOpenAIImages({ apiKey: 'sk-workspace' });
    comfy = await startFakeComfyUI();
    // No SECRETS_KEY: generated once and kept in server_secrets; a second load agrees.
    secretsKey = await loadSecretsKey(database.db, undefined);
    expect(await loadSecretsKey(database.db, undefined)).toEqual(secretsKey);
    engine = createRunEngine({
      db: database.db,
      queue,
      bus,
      functions: instrumented.functions,
      generation: createWorkspaceGeneration(database.db, { env: {}, secretsKey: () => Promise.resolve(secretsKey), access: LOCAL_BACKENDS }),
    });
    engine.startWorkers({ cpu: 2, io: 2 });
  }, 60_000);
  afterAll(async () => {
    await queue.close({ deadlineMs: 1_000 });
    await bus.close();
    await openai?.close();
    await comfy?.close();
    await test?.dispose();
  });

  const finished = async (runId: string): Promise<RunView> => {
    await waitFor(async () => ['succeeded', 'failed', 'cancelled'].includes((await engine.getRun(runId))?.status ?? ''), `run ${runId} to finish`, 30_000);
    return (await engine.getRun(runId)) as RunView;
  };
  const node = (run: RunView, nodeId: string) => run.nodes.find((candidate) => candidate.nodeId === nodeId);

  it('uses the OpenAI-compatible back end, re-runs only the Shots when it changes, and draws the built-in frame without one', async () => {
    const graph = await seedGraph(database.db, diamond());
    const apiKey = { encrypted: await encryptSecret('sk-workspace', secretsKey, secretContext(graph.workspaceId)) };
    const config = { kind: 'openai-images', name: 'images', url: `${openai.url}/v1`, model: 'gpt-image-1', apiKey, size: { mode: 'exact' } };
    const written = await insertWorkspaceBackend(database.db, graph.workspaceId, { name: 'images', kind: 'openai-images', config, isDefault: true }, new Date());
    if (written.kind !== 'written') throw new Error(written.kind);

    const events: EngineEvent[] = [];
    const first = await engine.submitRun({ ...graph, revision: graph.revision });
    const unsubscribe = await bus.subscribe(runChannel(first.id), (event) => void events.push(event));
    const run = await finished(first.id);
    await unsubscribe();
    expect(run.status).toBe('succeeded');
    expect(openai.generations.map((generation) => generation.idempotencyKey).sort()).toEqual([`${first.id}_sh1a`, `${first.id}_sh2a`]);
    const frame = node(run, 'sh1a')?.outputs;
    expect(frame?.values['frame']).toMatchObject({ artifact: 'frame.png', mediaType: 'image/png', generated: { backend: 'images', model: 'gpt-image-1' } });
    expect(Object.keys(frame?.artifacts ?? {})).toEqual(expect.arrayContaining(['frame.png', 'frame.svg', 'prompt.json']));
    // The prompt of the request is the Shot's compiled prompt.
    const prompt = frame?.values['prompt'] as { positive: string; hash: string };
    expect(openai.generations.some((generation) => generation.body['prompt'] === prompt.positive)).toBe(true);
    expect((frame?.values['frame'] as { generated: { promptHash: string } }).generated.promptHash).toBe(prompt.hash);
    expect(events.some((event) => event.kind === 'node.progress' && event.nodeId === 'sh1a')).toBe(true);

    // Unchanged: all cached, nothing generated.
    const again = await finished((await engine.submitRun({ ...graph, revision: graph.revision })).id);
    expect(again.nodes.every((candidate) => candidate.status === 'cached')).toBe(true);
    expect(openai.generations).toHaveLength(2);

    // Another model: only the Shots run again.
    await updateWorkspaceBackend(database.db, graph.workspaceId, written.backend.id, { name: 'images', kind: 'openai-images', config: { ...config, model: 'gpt-image-2' }, isDefault: true }, new Date());
    const changed = await finished((await engine.submitRun({ ...graph, revision: graph.revision })).id);
    expect(Object.fromEntries(changed.nodes.map((candidate) => [candidate.nodeId, candidate.status]))).toEqual({
      anna: 'cached',
      sc1: 'cached',
      sc2: 'cached',
      sh1a: 'succeeded',
      sh2a: 'succeeded',
    });
    expect(openai.generations).toHaveLength(4);

    // No back end: the built-in frame, under the plain key.
    await deleteWorkspaceBackend(database.db, graph.workspaceId, written.backend.id);
    const builtIn = await finished((await engine.submitRun({ ...graph, revision: graph.revision })).id);
    expect(node(builtIn, 'sh1a')?.outputs?.values['frame']).toMatchObject({ artifact: 'frame.svg', mediaType: 'image/svg+xml' });
    expect(node(builtIn, 'sh1a')?.outputs?.values['frame']).not.toHaveProperty('generated');
    expect(node(builtIn, 'sh1a')?.cacheKey).not.toBe(node(run, 'sh1a')?.cacheKey);
    expect(node(builtIn, 'anna')?.cacheKey).toBe(node(run, 'anna')?.cacheKey);
    expect(openai.generations).toHaveLength(4);
  }, 60_000);

  it('uses a ComfyUI back end with its progress', async () => {
    const graph = await seedGraph(database.db, diamond());
    const config = { kind: 'comfyui', name: 'gpu', url: comfy.url, workflow: sampleWorkflow(), binding: comfyBinding, pollIntervalMs: 20 };
    await insertWorkspaceBackend(database.db, graph.workspaceId, { name: 'gpu', kind: 'comfyui', config, isDefault: true }, new Date());
    const events: EngineEvent[] = [];
    const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
    const unsubscribe = await bus.subscribe(runChannel(id), (event) => void events.push(event));
    const run = await finished(id);
    await unsubscribe();
    expect(run.status).toBe('succeeded');
    expect(comfy.prompts).toHaveLength(2);
    expect(node(run, 'sh2a')?.outputs?.values['frame']).toMatchObject({ artifact: 'frame.png', generated: { backend: 'gpu' } });
    const prompt = node(run, 'sh2a')?.outputs?.values['prompt'] as { positive: string };
    expect(comfy.prompts.some((submitted) => submitted.prompt['6']?.inputs['text'] === prompt.positive)).toBe(true);
    expect(events.filter((event) => event.kind === 'node.progress' && event.nodeId === 'sh2a').length).toBeGreaterThan(0);
  }, 60_000);

  it('builds back ends whose every connection resolves through the vetted lookup (a name that rebinds to 127.0.0.1 reaches nothing)', async () => {
    const graph = await seedGraph(database.db, diamond());
    const port = new URL(comfy.url).port;
    const config = { kind: 'comfyui', name: 'rebind', url: `http://comfy.rebind.test:${port}`, workflow: sampleWorkflow(), binding: comfyBinding, pollIntervalMs: 20 };
    await insertWorkspaceBackend(database.db, graph.workspaceId, { name: 'rebind', kind: 'comfyui', config, isDefault: true }, new Date());
    let queries = 0;
    // Public to the check when the back end is built, loopback to every connection after it.
    const resolve = async () => [queries++ === 0 ? { address: '93.184.216.34', family: 4 } : { address: '127.0.0.1', family: 4 }];
    const generation = createWorkspaceGeneration(database.db, { env: {}, secretsKey: () => Promise.resolve(secretsKey), access: { policy: PUBLIC_ONLY, secretEnv: [], resolve } });
    const backend = await (await generation.forWorkspace(graph.workspaceId))!.backend();
    const before = comfy.requests.length;
    await expect(backend.generate({ prompt: { positive: 'p', negative: '', seed: 1, width: 64, height: 64, references: [], hash: 'f'.repeat(64) }, references: [], idempotencyKey: 'k' }, { signal: AbortSignal.timeout(30_000) }))
      .rejects.toThrow(/comfy\.rebind\.test resolves to 127\.0\.0\.1 is a loopback address/);
    expect(comfy.requests.length).toBe(before);
    expect(queries).toBeGreaterThan(1);
  }, 60_000);
});
