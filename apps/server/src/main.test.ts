// First: the harness loads the app (zod-openapi before @pc/graph).
import { connectClient } from './test/collab-harness.js';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNodesMap } from '@pc/document';
import { harbourScene } from './test/documents.js';

/*
 * The built bundle as a user runs it: `node dist/main.js`, embedded PGlite in DATA_DIR.
 * Proves the bundle boots (externals resolve, migrations are embedded) and that a graph
 * survives the process being killed without warning.
 */

const serverDir = fileURLToPath(new URL('..', import.meta.url));

interface RunningServer {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the bundle on a port the OS picks, resolving with its URL once it logs `listening`. */
function startServer(dataDir: string): Promise<RunningServer> {
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: serverDir,
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" within 60 s:\n${output}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /"url":"(http:[^"]+)","msg":"listening"/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

// Each test boots the bundle (PGlite initdb, migrations) once or twice: slow on a loaded box.
describe('the built server', { timeout: 90_000 }, () => {
  let dataDir: string;
  let running: RunningServer | undefined;

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: serverDir, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
    dataDir = await mkdtemp(join(tmpdir(), 'pc-server-'));
  });

  afterAll(async () => {
    if (running?.child.exitCode === null) running.child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps a graph, and every live edit older than 250 ms, across a SIGKILL and a restart', async () => {
    running = await startServer(dataDir);
    const signUp = await fetch(`${running.url}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'owner@example.test', password: 'harbour-at-dawn', name: 'Owner' }),
    });
    expect(signUp.status).toBe(201);
    const cookie = signUp.headers.getSetCookie()[0]!.split(';')[0]!;
    const created = await fetch(`${running.url}/api/v1/graphs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ name: 'Survivor', document: harbourScene() }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // Someone is editing it live when the process dies: edits keep coming until the kill.
    const editor = connectClient(running.url, id, { cookie: cookie.slice('pc_session='.length) });
    await editor.synced;
    const madeAt = new Map<string, number>();
    for (let i = 0; i < 60; i += 1) {
      editor.command({ kind: 'AddNodes', nodes: [{ id: `extra-${i}`, type: 'character', position: { x: i * 10, y: 400 }, data: { name: `Extra ${i}` } }] });
      madeAt.set(`extra-${i}`, Date.now());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    running.child.kill('SIGKILL');
    const killedAt = Date.now();
    editor.destroy(); // it must not re-upload its copy to the restarted server
    expect(await exitOf(running.child)).toEqual({ code: null, signal: 'SIGKILL' });

    running = await startServer(dataDir);
    // Every edit older than 250 ms was in the database when the process died.
    const reader = connectClient(running.url, id, { cookie: cookie.slice('pc_session='.length) });
    await reader.synced;
    const old = [...madeAt].filter(([, at]) => at <= killedAt - 250).map(([nodeId]) => nodeId);
    expect(old.length).toBeGreaterThan(30);
    expect(old.filter((nodeId) => !getNodesMap(reader.doc).has(nodeId))).toEqual([]);
    reader.destroy();
    // The session survives the restart too: it lives in the database, not in memory.
    const response = await fetch(`${running.url}/api/v1/graphs/${id}`, { headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, name: 'Survivor' });
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
    // Two cold PGlite starts (initdb the first time) on a shared 2-core box.
  }, 90_000);

  it('runs a graph in the embedded engine and stores PNGs rendered on the bundled PNG thread', async () => {
    if (!running || running.child.exitCode !== null) running = await startServer(dataDir);
    const { url } = running;
    const signUp = await fetch(`${url}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'runner@example.test', password: 'harbour-at-dusk', name: 'Runner' }),
    });
    expect(signUp.status).toBe(201);
    const headers = { 'Content-Type': 'application/json', Cookie: signUp.headers.getSetCookie()[0]!.split(';')[0]! };
    const created = await fetch(`${url}/api/v1/graphs`, { method: 'POST', headers, body: JSON.stringify({ name: 'Rendered', document: harbourScene() }) });
    const { id: graphId } = (await created.json()) as { id: string };
    const submitted = await fetch(`${url}/api/v1/graphs/${graphId}/runs`, { method: 'POST', headers, body: '{}' });
    expect(submitted.status).toBe(202);
    const { id: runId } = (await submitted.json()) as { id: string };
    type Run = { status: string; nodes: { nodeId: string; outputs: { artifacts: Record<string, { url: string; mediaType: string }> } | null }[] };
    let run: Run;
    for (const deadline = Date.now() + 30_000; ; ) {
      run = (await (await fetch(`${url}/api/v1/runs/${runId}`, { headers })).json()) as Run;
      if (!['queued', 'running'].includes(run.status) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(run.status).toBe('succeeded');
    const artifactsOf = (nodeId: string) => Object.keys(run.nodes.find((node) => node.nodeId === nodeId)?.outputs?.artifacts ?? {});
    expect(artifactsOf('mara')).toEqual(expect.arrayContaining(['turnaround.svg', 'turnaround.png']));
    expect(artifactsOf('sh1a')).toEqual(expect.arrayContaining(['frame.svg', 'frame.png']));
    const frame = run.nodes.find((node) => node.nodeId === 'sh1a')!.outputs!.artifacts['frame.png']!;
    const png = await fetch(new URL(frame.url, url), { headers });
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await png.arrayBuffer()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('stops gracefully on SIGTERM: exit code 0 after closing the database', async () => {
    if (!running || running.child.exitCode !== null) running = await startServer(dataDir);
    running.child.kill('SIGTERM');
    expect(await exitOf(running.child)).toEqual({ code: 0, signal: null });
    expect(running.output()).toContain('"msg":"shutting down"');
  });

  it('refuses to start with a bad environment, naming the variable', () => {
    const result = spawnSync(process.execPath, ['dist/main.js'], {
      cwd: serverDir,
      env: { ...process.env, PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
  });
});
