import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, createApiKeyOver, exitOf, signUpOver, startServerProcess, type ServerProcess } from './server-process.js';

export interface EmbeddedServer {
  readonly server: ServerProcess;
  url: string;
  /** The first account (the instance owner) and its session. */
  owner: { cookie: string; userId: string; email: string; workspaceId: string };
  /** An API key of the owner with read, write and run scopes. */
  apiKey: string;
  /** Stops the process and starts it again on the same port and data: a deploy (SIGTERM, graceful) or a crash (SIGKILL). */
  restart(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built product as a user runs it: `pnpm start`'s embedded mode (PGlite, in-process
 * queue and workers) in a fresh data directory, with one account and an API key.
 * `outdir` (relative to apps/server) keeps parallel test files from sharing a half-built bundle.
 */
export async function startEmbeddedServer(outdir: string, env: Record<string, string> = {}): Promise<EmbeddedServer> {
  buildBundle(outdir);
  const dataDir = await mkdtemp(join(tmpdir(), 'pc-embedded-'));
  // A fixed port, so a restarted server is reachable at the same URL.
  const port = await freePort();
  // A first start runs PGlite's initdb: minutes, not seconds, on a box loaded by parallel builds.
  const start = () => startServerProcess(`${outdir}/main.js`, { DATA_DIR: dataDir, LOG_LEVEL: 'info', PNG_THREADS: '1', ...env, PORT: String(port) }, { startTimeoutMs: 150_000 });
  let server = await start();
  const owner = await signUpOver(server.url, 'Owner');
  const { key } = await createApiKeyOver(server.url, owner.cookie, ['read', 'write', 'run']);
  const halt = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill(signal);
      await exitOf(server.child);
    }
  };
  return {
    get server() {
      return server;
    },
    url: server.url,
    owner,
    apiKey: key,
    restart: async (signal) => {
      await halt(signal);
      server = await start();
    },
    stop: async () => {
      await halt();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
