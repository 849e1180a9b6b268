import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverEntry = path.join(repoRoot, 'apps/server/dist/main.js');

/** Set by global-setup.ts: a data folder whose embedded database a first start already created. */
export const TEMPLATE_DATA_DIR_ENV = 'PC_E2E_TEMPLATE_DATA_DIR';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/**
 * The built product started as a user starts it: `node apps/server/dist/main.js` from the
 * repo root with no database configured (embedded PGlite under DATA_DIR).
 */
export interface ProductServer {
  url: string;
  dataDir: string;
  /** Stops the process with the given signal and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the process again on the same port and data dir. */
  restart(): Promise<void>;
  /** Everything the process printed, for failure messages. */
  output(): string;
  dispose(): Promise<void>;
}

/**
 * @param readyTimeoutMs How long to wait for /readyz; a bench on a loaded machine wants more
 *   than tests do. A server that misses it is killed, never left running.
 * @param entry The build to start; default this checkout's apps/server/dist/main.js.
 * @param freshData Start on an empty data folder even when a template exists (a first start).
 */
export async function startProductServer(
  env: Record<string, string> = {},
  {
    readyTimeoutMs = 90_000,
    nodeArgs = [],
    entry = serverEntry,
    freshData = false,
  }: { readyTimeoutMs?: number; nodeArgs?: string[]; /** Another build's main.js (A/B benches). */ entry?: string; freshData?: boolean } = {},
): Promise<ProductServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pc-e2e-'));
  const template = process.env[TEMPLATE_DATA_DIR_ENV];
  if (!freshData && template && existsSync(template)) cpSync(template, dataDir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';
  let stopping = false;

  const launch = async () => {
    stopping = false;
    const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
    child = spawn(process.execPath, [...nodeArgs, entry], {
      cwd: repoRoot,
      // The tests' stand-in image back ends listen on loopback, as a self-hoster's ComfyUI would.
      env: { ...inherited, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', BACKEND_ALLOW_PRIVATE: '127.0.0.1/32', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A server that dies under a spec leaves only "can't reach the server" in the browser: say why here.
    child.once('exit', (code, signal) => {
      if (!stopping) process.stderr.write(`\n[e2e] product server ${url} exited unexpectedly (${signal ?? code}):\n${output.slice(-8_000)}\n`);
    });
    const deadline = Date.now() + readyTimeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
      try {
        const response = await fetch(`${url}/readyz`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    stopping = true;
    child.kill('SIGKILL');
    throw new Error(`server did not become ready in ${readyTimeoutMs / 1000} s:\n${output}`);
  };

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    stopping = true;
    running.kill(signal);
    await exited;
    stopping = false;
  };

  await launch();
  return {
    url,
    dataDir,
    stop,
    restart: launch,
    output: () => output,
    dispose: async () => {
      await stop('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
