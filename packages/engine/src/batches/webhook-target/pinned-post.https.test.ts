import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postPinned } from './pinned-post.js';

/*
 * A webhook over https is pinned to the vetted address while TLS still speaks to the name:
 * SNI and the certificate check use the URL's host, not the address. Node reads extra trust
 * anchors (NODE_EXTRA_CA_CERTS) only at start-up and a request with `agent: false` takes no CA
 * from anywhere else, so the trusted cases run postPinned in a child process that trusts the
 * test's self-signed certificate; the untrusted case runs here.
 */

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const tsx = resolve(here, '../../../node_modules/.bin/tsx');
const HOST = 'hooks.pinned.invalid';

interface Seen {
  servername: string | false | null;
  host: string | undefined;
  body: string;
}

let dir: string;
const servers: Server[] = [];

async function selfSigned(name: string): Promise<{ key: string; cert: string; certPath: string }> {
  const keyPath = join(dir, `${name}.key`);
  const certPath = join(dir, `${name}.pem`);
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${name}`, '-addext', `subjectAltName=DNS:${name}`, '-keyout', keyPath, '-out', certPath]);
  return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8'), certPath };
}

async function listen(tls: { key: string; cert: string }, seen: Seen[]): Promise<number> {
  const server = createServer(tls, (request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ servername: (request.socket as TLSSocket).servername, host: request.headers.host, body });
      response.writeHead(204).end();
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

/** postPinned in a child process that trusts `caPath`; resolves with its status or error code. */
async function postTrusting(caPath: string, url: string): Promise<{ status?: number; error?: string }> {
  const script = join(dir, 'post.ts');
  await writeFile(
    script,
    `import { postPinned } from ${JSON.stringify(join(here, 'pinned-post.ts'))};
postPinned({ url: new URL(${JSON.stringify(url)}), address: '127.0.0.1', family: 4, headers: { 'Content-Type': 'application/json' }, body: '{"batch":"b_1"}', timeoutMs: 5000 })
  .then((status) => console.log(JSON.stringify({ status })), (error) => console.log(JSON.stringify({ error: error.code ?? String(error) })));`,
  );
  const { stdout } = await run(tsx, [script], { env: { ...process.env, NODE_EXTRA_CA_CERTS: caPath } });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { status?: number; error?: string };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pc-pinned-https-'));
});

afterAll(async () => {
  for (const server of servers) server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('postPinned over https', () => {
  it('connects to the vetted address with the URL host in SNI, Host and the certificate check', async () => {
    const tls = await selfSigned(HOST);
    const seen: Seen[] = [];
    const port = await listen(tls, seen);
    // The name resolves nowhere: only the pin gets the request to 127.0.0.1.
    expect(await postTrusting(tls.certPath, `https://${HOST}:${port}/hooks`)).toEqual({ status: 204 });
    expect(seen).toEqual([{ servername: HOST, host: `${HOST}:${port}`, body: '{"batch":"b_1"}' }]);
  }, 30_000);

  it('refuses a certificate issued for another name, even one it trusts', async () => {
    const other = await selfSigned('other.pinned.invalid');
    const seen: Seen[] = [];
    const port = await listen(other, seen);
    expect(await postTrusting(other.certPath, `https://${HOST}:${port}/hooks`)).toEqual({ error: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(seen).toEqual([]);
  }, 30_000);

  it('refuses a certificate it does not trust', async () => {
    const tls = await selfSigned(HOST);
    const seen: Seen[] = [];
    const port = await listen(tls, seen);
    const post = postPinned({ url: new URL(`https://${HOST}:${port}/hooks`), address: '127.0.0.1', family: 4, headers: {}, body: '{}', timeoutMs: 5_000 });
    await expect(post).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(seen).toEqual([]);
  }, 30_000);
});
