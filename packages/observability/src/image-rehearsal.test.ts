import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { castSceneShotDocument, createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerignoreMatcher, parseDockerfile } from './dockerfile.js';
import { buildContextFiles, nodeModulesAbove, rehearseImage, type RehearsedImage } from './image-rehearsal.js';

/*
 * docker/server.Dockerfile and docker/worker.Dockerfile, rehearsed without a Docker engine
 * (none on the machines that run this): the build stage runs in a copy of the build
 * context, the image is assembled from `COPY --from=build` alone in a directory outside the
 * repository, and its CMD is started there against Postgres and Redis (scaled mode).
 * What this does not prove: the base image, USER node, and the chown (see docs/operations.md).
 */

const repo = realpathSync(fileURLToPath(new URL('../../../', import.meta.url)));
const docker = join(repo, 'docker');

const freePort = () =>
  new Promise<number>((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The image's CMD, as `docker run` would start it: in /app, with the image's ENV plus `extra`. */
function startImage(image: RehearsedImage, extra: Record<string, string>): Started {
  const [command, ...args] = image.cmd;
  const child = spawn(command!, args, { cwd: image.appDir, env: { ...image.env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  return { child, output: () => output, exited };
}

async function waitFor(url: string, started: Started, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (started.child.exitCode !== null) throw new Error(`exited ${started.child.exitCode} before ${url} answered:\n${started.output().slice(-4000)}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolveLater) => setTimeout(resolveLater, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${started.output().slice(-4000)}`);
}

/** The HEALTHCHECK command, run as Docker runs it: `sh -c` inside the container (here: /app, the image's ENV). */
const healthcheck = (image: RehearsedImage, extra: Record<string, string>) =>
  spawnSync('sh', ['-c', image.healthcheck], { cwd: image.appDir, env: { ...image.env, ...extra }, encoding: 'utf8', timeout: 3_000 }).status;

/** SIGTERM (the images' STOPSIGNAL) and the seconds until the process is gone. */
async function stop(started: Started, image: RehearsedImage, withinMs: number) {
  const at = Date.now();
  started.child.kill(image.stopSignal as NodeJS.Signals);
  const timer = new Promise<'still running'>((resolveLate) => setTimeout(() => resolveLate('still running'), withinMs).unref());
  const result = await Promise.race([started.exited, timer]);
  return { result, ms: Date.now() - at };
}

describe('the Dockerfile reader', () => {
  it('reads both Dockerfiles into a build stage and an image with a CMD and a HEALTHCHECK', () => {
    for (const name of ['server.Dockerfile', 'worker.Dockerfile']) {
      const stages = parseDockerfile(readFileSync(join(docker, name), 'utf8'));
      expect(stages.map((stage) => stage.alias)).toEqual(['build', undefined]);
      expect(stages[1]!.instructions.map((step) => step.kind)).toEqual(expect.arrayContaining(['COPY', 'USER', 'HEALTHCHECK', 'CMD']));
    }
  });

  it('fails loudly on an instruction, a flag or a form it does not know', () => {
    expect(() => parseDockerfile('FROM node:20\nADD https://example.test/x /x\n')).toThrow(/unknown Dockerfile instruction ADD/);
    expect(() => parseDockerfile('FROM node:20\nCOPY --link . .\n')).toThrow(/unknown flag --link/);
    expect(() => parseDockerfile('FROM node:20\nCMD node main.js\n')).toThrow(/exec form/);
    expect(() => parseDockerfile('RUN true\n')).toThrow(/before the first FROM/);
  });

  it('joins continued lines, drops comments inside them, and reads ENV pairs', () => {
    const [stage] = parseDockerfile('FROM node:20 AS build\nENV A=1 B=/x:$A\nRUN echo one \\\n# a comment\n && echo two\n');
    expect(stage!.instructions).toEqual([
      { kind: 'ENV', vars: [['A', '1'], ['B', '/x:$A']] },
      { kind: 'RUN', command: 'echo one   && echo two' },
    ]);
  });

  it('leaves out of the build context what .dockerignore names, at any depth for **/', () => {
    const ignored = dockerignoreMatcher(['**/node_modules', '**/dist', '.git', 'e2e/test-results']);
    expect(ignored('apps/server/dist/main.js')).toBe(true);
    expect(ignored('node_modules/x/index.js')).toBe(true);
    expect(ignored('e2e/test-results/a.png')).toBe(true);
    expect(ignored('apps/server/src/main.ts')).toBe(false);
    expect(ignored('docs/distribution.md')).toBe(false);
    expect(ignored('apps/e2e/test-results/a.png')).toBe(false);
  });
});

describe('the server and worker images, rehearsed without Docker', { timeout: 900_000 }, () => {
  const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'pc-image-')));
  const pnpmStore = spawnSync('pnpm', ['store', 'path'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
  const prefix = `pc_image_${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let server: RehearsedImage;
  let worker: RehearsedImage;
  const running: Started[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });

  afterAll(async () => {
    for (const started of running) if (started.child.exitCode === null) started.child.kill('SIGKILL');
    // Two deployed trees: removing them takes seconds on a loaded machine.
    rmSync(scratch, { recursive: true, force: true });
    await database?.dispose();
  }, 60_000);

  it('builds in a copy of the build context, and the image directory is outside the repository with no node_modules above it', () => {
    const files = buildContextFiles(repo);
    expect(files).toContain('pnpm-lock.yaml');
    expect(files.some((file) => file.includes('node_modules') || file.startsWith('.git/'))).toBe(false);
    expect(relative(repo, scratch).startsWith('..')).toBe(true);
    expect(nodeModulesAbove(scratch)).toBeUndefined();
    server = rehearseImage({ repo, dockerfile: join(docker, 'server.Dockerfile'), root: join(scratch, 'server'), pnpmStore });
    worker = rehearseImage({ repo, dockerfile: join(docker, 'worker.Dockerfile'), root: join(scratch, 'worker'), pnpmStore });
    for (const image of [server, worker]) {
      expect(existsSync(join(image.appDir, 'dist/main.js'))).toBe(true);
      // What the image runs resolves its packages from /app/node_modules alone.
      expect(nodeModulesAbove(image.appDir)).toBe(join(image.appDir, 'node_modules'));
      expect(image.user).toBe('node');
    }
    expect(existsSync(join(server.appDir, 'web/dist/index.html'))).toBe(true);
    // The build's timings: the numbers to compare with a real `docker build`.
    console.info([...server.runs.map((run) => `server ${run.seconds}s`), ...worker.runs.map((run) => `worker ${run.seconds}s`)].join(', '));
  });

  it('the server image serves /healthz, /readyz and the web app in scaled mode, passes its HEALTHCHECK, and the worker image runs a node job it started', async () => {
    expect(server, 'the build above failed').toBeDefined();
    const port = String(await freePort());
    const workerPort = String(await freePort());
    const scaled = { DATABASE_URL: database.url!, REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: prefix };
    const serverExtra = { ...scaled, PORT: port };
    const serverProcess = startImage(server, serverExtra);
    running.push(serverProcess);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/healthz`, serverProcess, 60_000);
    await waitFor(`${url}/readyz`, serverProcess, 30_000);
    expect(healthcheck(server, serverExtra)).toBe(0);

    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    const html = await index.text();
    const asset = /\/assets\/[^"']+\.js/.exec(html)?.[0];
    expect(asset, html.slice(0, 500)).toBeDefined();
    const script = await fetch(`${url}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);

    // PC_TEST_NODE_DELAY_MS makes the worker log each node it starts: proof that it, not the server, ran the job.
    const workerExtra = { ...scaled, WORKER_PORT: workerPort, PC_TEST_NODE_DELAY_MS: '1' };
    const workerProcess = startImage(worker, workerExtra);
    running.push(workerProcess);
    await waitFor(`http://127.0.0.1:${workerPort}/healthz`, workerProcess, 60_000);
    expect(healthcheck(worker, workerExtra)).toBe(0);

    // A tiny graph: a character cast in a scene covered by one shot (shot sh1 renders a PNG).
    const signUp = await fetch(`${url}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'owner@example.test', password: 'harbour-at-dawn', name: 'Owner' }),
    });
    expect(signUp.status).toBe(201);
    const headers = { 'Content-Type': 'application/json', Cookie: signUp.headers.getSetCookie()[0]!.split(';')[0]! };
    const document = castSceneShotDocument();
    const created = await fetch(`${url}/api/v1/graphs`, { method: 'POST', headers, body: JSON.stringify({ name: 'Rehearsal', document }) });
    expect(created.status).toBe(201);
    const { id: graphId } = (await created.json()) as { id: string };
    const submitted = await fetch(`${url}/api/v1/graphs/${graphId}/runs`, { method: 'POST', headers, body: '{}' });
    expect(submitted.status).toBe(202);
    const { id: runId } = (await submitted.json()) as { id: string };
    let run: { status: string; nodes: { nodeId: string; outputs: { artifacts: Record<string, unknown> } | null }[] } = { status: 'queued', nodes: [] };
    for (const deadline = Date.now() + 60_000; ['queued', 'running'].includes(run.status) && Date.now() < deadline; ) {
      await new Promise((resolveLater) => setTimeout(resolveLater, 200));
      run = (await (await fetch(`${url}/api/v1/runs/${runId}`, { headers })).json()) as typeof run;
    }
    expect(run.status, `server:\n${serverProcess.output().slice(-3000)}\nworker:\n${workerProcess.output().slice(-3000)}`).toBe('succeeded');
    expect(Object.keys(run.nodes.find((node) => node.nodeId === 'sh1')?.outputs?.artifacts ?? {})).toEqual(expect.arrayContaining(['frame.png']));
    // The server runs no node jobs itself in scaled mode: the worker image did this one.
    expect(workerProcess.output()).toMatch(/"nodeId":"sh1"[^\n]*"msg":"node started"/);

    // SIGTERM ends both within their default deadlines (25 s each), with exit code 0.
    for (const [started, image] of [[workerProcess, worker], [serverProcess, server]] as const) {
      const { result } = await stop(started, image, 30_000);
      expect(result, started.output().slice(-3000)).toEqual({ code: 0, signal: null });
    }
    // With the server gone, the HEALTHCHECK fails: it checks something, not nothing.
    expect(healthcheck(server, serverExtra)).not.toBe(0);
  });
});
