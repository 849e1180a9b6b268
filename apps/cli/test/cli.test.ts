import { readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createApiKeyOver, startEmbeddedServer, type EmbeddedServer } from '@pc/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cliUser, type Cli } from './cli-process.js';

let embedded: EmbeddedServer;
let bundle: string;

beforeAll(async () => {
  bundle = buildCli('dist/test-cli/pcanvas.js');
  embedded = await startEmbeddedServer('dist/test-cli-server');
});
afterAll(() => embedded?.stop());

describe('pcanvas against a running server (embedded mode)', () => {
  let user: Cli;
  beforeAll(async () => {
    user = await cliUser(bundle);
  });

  it('login checks the key, stores it owner-only, and whoami uses it', async () => {
    const login = await user.run(['login', '--url', embedded.url, '--api-key', embedded.apiKey]);
    expect(login.stderr).toContain(`as ${embedded.owner.email}`);
    expect(login.code).toBe(0);
    const file = join(user.configDir, 'config.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ url: embedded.url, apiKey: embedded.apiKey });

    const whoami = await user.run(['whoami', '--json']);
    expect(whoami.code).toBe(0);
    expect(JSON.parse(whoami.stdout)).toMatchObject({ url: embedded.url, user: { email: embedded.owner.email } });
    const plain = await user.run(['whoami']);
    expect(plain.stdout).toContain(embedded.owner.workspaceId);
  });

  it('reads the key from stdin when --api-key is not given', async () => {
    const piped = await cliUser(bundle);
    const login = await piped.run(['login', '--url', embedded.url], { stdin: `${embedded.apiKey}\n` });
    expect(login.code).toBe(0);
    expect((await piped.run(['whoami', '--json'])).code).toBe(0);
  });

  it('refuses a wrong key at login with exit 3 and stores nothing', async () => {
    const stranger = await cliUser(bundle);
    const login = await stranger.run(['login', '--url', embedded.url, '--api-key', 'pc_wrong_key']);
    expect(login.code).toBe(3);
    expect(login.stderr).toMatch(/does not accept this API key/);
    await expect(stat(join(stranger.configDir, 'config.json'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await stranger.run(['whoami'])).code).toBe(3);
  });

  it('refuses a key with a character no key has (a pasted placeholder) as a usage error, not a crash', async () => {
    const paster = await cliUser(bundle);
    const login = await paster.run(['login', '--url', embedded.url, '--api-key', 'pc_7hq2m4xk…']);
    expect(login.code).toBe(2);
    expect(login.stderr).toContain('--api-key: an API key is visible ASCII');
    expect(login.stderr).not.toContain('ByteString');
    const viaEnv = await paster.run(['whoami'], { env: { PCANVAS_URL: embedded.url, PCANVAS_API_KEY: 'pc_7hq2m4xk…' } });
    expect(viaEnv.code).toBe(2);
    expect(viaEnv.stderr).toContain('PCANVAS_API_KEY: an API key is visible ASCII');
  });

  it('lets PCANVAS_URL / PCANVAS_API_KEY override the stored login', async () => {
    const { key } = await createApiKeyOver(embedded.url, embedded.owner.cookie, ['read'], 'read-only');
    const viaEnv = await cliUser(bundle);
    const result = await viaEnv.run(['whoami', '--json'], { env: { PCANVAS_URL: embedded.url, PCANVAS_API_KEY: key } });
    expect(result.code).toBe(0);
    // The stored login is overridden by a revoked-looking key from the environment.
    const overridden = await user.run(['whoami'], { env: { PCANVAS_API_KEY: 'pc_not_valid' } });
    expect(overridden.code).toBe(3);
  });

  it('lists graphs as a table and as JSON', async () => {
    const created = await fetch(`${embedded.url}/api/v1/graphs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${embedded.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Pilot breakdown' }),
    });
    const { id } = (await created.json()) as { id: string };
    const table = await user.run(['graphs', 'list']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+NAME/);
    expect(table.stdout).toContain('Pilot breakdown');
    const json = await user.run(['--json', 'graphs', 'list', '--limit', '1']);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ id, name: 'Pilot breakdown' })]);
  });

  it('exports a production document to a file or into a folder under the server\'s name', async () => {
    const created = await fetch(`${embedded.url}/api/v1/graphs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${embedded.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Harbour cut',
        document: {
          schemaVersion: 1,
          nodes: [
            { id: 'sc1', type: 'scene', position: { x: 0, y: 0 }, data: { sceneNumber: '1' } },
            { id: 'sh1a', type: 'shot', position: { x: 300, y: 0 }, data: { shotNumber: '1A', durationS: 2 } },
          ],
          edges: [{ id: 'cover', source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' }],
        },
      }),
    });
    const { id } = (await created.json()) as { id: string };
    const file = join(user.configDir, 'cut.edl');
    const edl = await user.run(['export', id, '--format', 'edl', '--out', file]);
    expect(edl.code).toBe(0);
    expect(await readFile(file, 'utf8')).toMatch(/^TITLE: Harbour cut\r\nFCM: NON-DROP FRAME\r\n[\s\S]*FROM CLIP NAME: SC001_SH001A/);
    const json = await user.run(['--json', 'export', id, '--format', 'csv_shot_list', '--out', `${user.configDir}/`]);
    expect(JSON.parse(json.stdout)).toMatchObject({ format: 'csv_shot_list', file: join(user.configDir, 'harbour-cut.shot-list.csv') });
    expect(await readFile(join(user.configDir, 'harbour-cut.shot-list.csv'), 'utf8')).toContain('1,1A');
    expect((await user.run(['export', id, '--format', 'docx', '--out', file])).code).toBe(2);
    expect((await user.run(['export', 'gr_missing', '--format', 'edl', '--out', file])).code).toBe(4);
  });

  it('exits 2 on usage errors, naming what is wrong', async () => {
    expect((await user.run(['graphs', 'list', '--limit', 'many'])).stderr).toMatch(/--limit: expected a whole number/);
    // In words, not zod's "Too small: expected number to be >=1".
    expect((await user.run(['graphs', 'list', '--limit', '0'])).stderr).toBe('pcanvas: --limit: must be at least 1\n');
    expect((await user.run(['batch', 'submit', '--graph', 'g1', '--file', 'x.csv', '--concurrency', '5000'])).stderr).toBe('pcanvas: --concurrency: must be at most 1,000\n');
    // Commander's own errors read like the rest ("pcanvas: …", not "error: …"), still exit 2.
    const noFile = await user.run(['batch', 'submit', '--graph', 'g1']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toBe("pcanvas: required option '--file <path>' not specified\n(run with --help for usage)\n");
    const nonsense = await user.run(['nonsense']);
    expect(nonsense.code).toBe(2);
    expect(nonsense.stderr).toMatch(/^pcanvas: unknown command 'nonsense'\n/);
    expect((await user.run(['graphs', 'list', '--bogus'])).stderr).toMatch(/^pcanvas: unknown option '--bogus'/);
    const csv = join(user.configDir, 'bad.csv');
    await writeFile(csv, 'ref,sh1a.lensMm\nr1,35\nr2,"[35,]"\n');
    const bad = await user.run(['batch', 'submit', '--graph', 'g1', '--file', csv]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/CSV row 3, column "sh1a\.lensMm"/);
    const missing = await user.run(['batch', 'submit', '--graph', 'g1', '--file', join(user.configDir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.json: there is no such file\./);
  });

  it('exits 0 with help for every command', async () => {
    for (const command of [[], ['login'], ['whoami'], ['graphs', 'list'], ['export'], ['batch', 'submit'], ['batch', 'watch'], ['batch', 'list'], ['batch', 'get'], ['batch', 'items'], ['batch', 'cancel'], ['batch', 'retry'], ['batch', 'download'], ['graphs', 'get'], ['graphs', 'import'], ['run', 'start'], ['run', 'watch'], ['run', 'get'], ['run', 'list'], ['run', 'download']]) {
      const help = await user.run([...command, '--help']);
      expect(help.code, command.join(' ')).toBe(0);
      expect(help.stdout).toMatch(/^Usage: pcanvas/);
      expect(help.stderr).toBe('');
    }
  });

  it('exits 4 for what does not exist and 5 when the server cannot be reached', async () => {
    const missing = await user.run(['batch', 'get', 'bat_missing']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/HTTP 404/);
    // A port that was free a moment ago: nothing listens there (port 9 would be a "bad port" to fetch, not a refusal).
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const unreachable = await user.run(['whoami'], { env: { PCANVAS_URL: `http://127.0.0.1:${closed}` } });
    expect(unreachable.code).toBe(5);
    expect(unreachable.stderr).toContain(`Could not reach http://127.0.0.1:${closed}: nothing is listening there (is the server running, on that port?) [ECONNREFUSED]`);
  });
});
