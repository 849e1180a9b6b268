import { rmSync } from 'node:fs';
import { startProductServer, TEMPLATE_DATA_DIR_ENV } from './server.js';

/*
 * A first start creates the embedded database (PGlite's initdb and every migration): 7 s on a
 * quiet box, 30 s and more on a loaded one — per spec file, past the beforeAll budget. Done once
 * here, stopped cleanly, and each spec's server starts on a copy of that folder. The first start
 * itself stays tested: here (it must become ready), by first-run.spec.ts (`freshData`), and by
 * packages/docs-check, which starts `pnpm start`'s build on an empty folder.
 */
export default async function globalSetup(): Promise<() => void> {
  const server = await startProductServer({}, { readyTimeoutMs: 180_000, freshData: true });
  await server.stop('SIGTERM');
  // The stopped server's folder is the template; it is removed when the run ends.
  process.env[TEMPLATE_DATA_DIR_ENV] = server.dataDir;
  return () => rmSync(server.dataDir, { recursive: true, force: true });
}
