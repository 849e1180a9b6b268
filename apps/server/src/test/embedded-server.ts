import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, createApiKeyOver, exitOf, signUpOver, startServerProcess, type ServerProcess } from './server-process.js';

export interface EmbeddedServer {
  server: ServerProcess;
  url: string;
  /** The first account (the instance owner) and its session. */
  owner: { cookie: string; userId: string; email: string; workspaceId: string };
  /** An API key of the owner with read, write and run scopes. */
  apiKey: string;
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
  const server = await startServerProcess(`${outdir}/main.js`, { DATA_DIR: dataDir, LOG_LEVEL: 'info', PNG_THREADS: '1', ...env });
  const owner = await signUpOver(server.url, 'Owner');
  const { key } = await createApiKeyOver(server.url, owner.cookie, ['read', 'write', 'run']);
  return {
    server,
    url: server.url,
    owner,
    apiKey: key,
    stop: async () => {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGTERM');
        await exitOf(server.child);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
