import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer, type EmbeddedServer } from '../test/embedded-server.js';

/*
 * A pipeline TD's Python script, written from GET /api/v1/openapi.json alone, run against the
 * built product: sign-up, an API key, a graph of Characters, Scenes and Shots, a batch with
 * per-item overrides followed over SSE across a Last-Event-ID reconnect, the run history by
 * cursor, artifacts with If-None-Match, a cancelled run, and the errors as problem+json. The
 * script holds every answer to the document itself (status declared, required headers, schema,
 * documented problem code), so a drift of the document or the behaviour fails it.
 */

const script = fileURLToPath(new URL('./outsider-python/pipeline_td.py', import.meta.url));
/* A newcomer's flow from a screenplay to its exports, with the errors in plain words (docs/api.md). */
const screenplayFlow = fileURLToPath(new URL('./outsider-python/screenplay_flow.py', import.meta.url));
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = python.status === 0;
if (!hasPython) console.warn('outsider-python: skipped, python3 is not installed (CI has it).');

function runScript(url: string, file = script): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [file, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!hasPython)('a Python script written from the OpenAPI document alone', () => {
  let embedded: EmbeddedServer;

  beforeAll(async () => {
    embedded = await startEmbeddedServer('dist/outsider-python-test');
  }, 240_000);
  afterAll(() => embedded?.stop());

  it('drives a batch, its events, the run history, artifacts and a cancel, every answer as documented', async () => {
    const { code, stdout, stderr } = await runScript(embedded.url);
    expect(stderr, stdout).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: boolean; runs: number; historyPages: number };
    // Twelve batch items, one followed run and one cancelled: fourteen runs, seven pages of two.
    expect(summary).toMatchObject({ ok: true, runs: 14, historyPages: 7 });
  }, 180_000);

  it('takes a Fountain screenplay to a batch, a PNG frame, the breakdown CSV and storyboard PDF, its errors in plain words', async () => {
    const { code, stdout, stderr } = await runScript(embedded.url, screenplayFlow);
    expect(stderr, stdout).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: boolean; problems: number };
    expect(summary).toMatchObject({ ok: true, problems: 13 });
  }, 180_000);
});
