import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeListenError, getFirstStartNotice, getOpenUrl, getReadyNotice } from './startup-notice.js';
import { buildBundle, startServerProcess } from './test/server-process.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('what `pnpm start` tells a person', () => {
  it('points at localhost for a loopback or every-interface listener, at the host otherwise', () => {
    expect(getOpenUrl('127.0.0.1', 3000)).toBe('http://localhost:3000');
    expect(getOpenUrl('0.0.0.0', 8080)).toBe('http://localhost:8080');
    expect(getOpenUrl('10.0.0.5', 3000)).toBe('http://10.0.0.5:3000');
    expect(getOpenUrl('fd00::5', 3000)).toBe('http://[fd00::5]:3000');
    expect(getFirstStartNotice('/home/anna/production-canvas/.data')).toBe(
      'First start: creating the embedded database in /home/anna/production-canvas/.data (up to a minute; later starts take seconds)',
    );
    expect(getReadyNotice('http://localhost:3000', '/home/anna/production-canvas/.data')).toBe(
      'Production Canvas is ready: open http://localhost:3000 (data in /home/anna/production-canvas/.data; Ctrl-C stops it)',
    );
  });

  it('turns a taken or forbidden port into a sentence with the fix, and leaves other errors alone', () => {
    expect(describeListenError(errno('EADDRINUSE'), '127.0.0.1', 3000)).toBe(
      'Port 3000 on 127.0.0.1 is already in use (another Production Canvas, or another program). Stop it, or start on another port: PORT=8080 pnpm start',
    );
    expect(describeListenError(errno('EADDRINUSE'), '127.0.0.1', 8080)).toContain('PORT=8081 pnpm start');
    expect(describeListenError(errno('EACCES'), '0.0.0.0', 80)).toContain('Start on a port above 1023');
    expect(describeListenError(errno('EADDRNOTAVAIL'), '10.9.9.9', 3000)).toContain('HOST=10.9.9.9 is not an address of this machine');
    expect(describeListenError(errno('ECONNRESET'), '127.0.0.1', 3000)).toBeUndefined();
  });
});

describe('the built server on a port that is taken', { timeout: 120_000 }, () => {
  const OUTDIR = 'dist/test-startup-notice';
  let taken: Server;
  let dataDir: string;

  beforeAll(async () => {
    buildBundle(OUTDIR);
    dataDir = await mkdtemp(join(tmpdir(), 'pc-startup-'));
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => taken.close(resolve));
    await rm(dataDir, { recursive: true, force: true });
  });

  const failedStart = (port: number) =>
    startServerProcess(`${OUTDIR}/main.js`, { DATA_DIR: dataDir, PORT: String(port) }, { startTimeoutMs: 90_000 }).then(
      () => expect.unreachable('the server listened on a taken port'),
      (error: Error) => error.message,
    );

  it('exits 1 with the sentence, not an unhandled error event; only the first start says it creates the database', async () => {
    const port = (taken.address() as { port: number }).port;
    const first = await failedStart(port);
    expect(first).toContain('server exited with 1');
    expect(first).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(first).not.toContain("Unhandled 'error' event");
    expect(first).toContain('"msg":"creating the embedded database"');
    const second = await failedStart(port);
    expect(second).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(second).not.toContain('creating the embedded database');
  });
});
