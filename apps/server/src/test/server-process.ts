import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/*
 * The built bundle as a separate process: what crash/restart and multi-process tests need.
 */

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the bundle into `outdir` (relative to apps/server; `<outdir>/main.js`); throws with the build output on failure. */
export function buildBundle(outdir: string): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: serverDir, encoding: 'utf8', env: { ...process.env, BUILD_OUTDIR: outdir } });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts a bundle on a free port with `env` on top of a clean environment; resolves once it logs `listening`. */
export function startServerProcess(bundle: string, env: Record<string, string>, { startTimeoutMs = 30_000 }: { startTimeoutMs?: number } = {}): Promise<ServerProcess> {
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, [bundle], {
    cwd: serverDir,
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" within ${startTimeoutMs / 1000} s:\n${output}`)), startTimeoutMs);
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

export const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

const rand = () => Math.floor(Math.random() * 250) + 1;

/** Signs up over HTTP; returns the session cookie value and the user's personal workspace. */
export async function signUpOver(baseUrl: string, name: string): Promise<{ cookie: string; userId: string; email: string; workspaceId: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  const response = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    // A server started with TRUST_PROXY counts sign-ups per forwarded IP: in the scaled mode
    // the counters live in a Redis every test run on this machine shares.
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.${rand()}.${rand()}.${rand()}` },
    body: JSON.stringify({ email, password: 'harbour-at-dawn-42', name }),
  });
  if (response.status !== 201) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  const cookie = /pc_session=([^;]*)/.exec(response.headers.getSetCookie().join(';'))?.[1] ?? '';
  const { user } = (await response.json()) as { user: { id: string } };
  const me = (await (await api(baseUrl, cookie, 'GET', '/me')).json()) as { workspaces: { id: string; personal: boolean }[] };
  return { cookie, userId: user.id, email, workspaceId: me.workspaces.find((w) => w.personal)!.id };
}

/** A JSON call to `/api/v1<path>` with a session cookie. */
export function api(baseUrl: string, cookie: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { Cookie: `pc_session=${cookie}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A new API key of the signed-up user (API keys are managed with the session, not with another key). */
export async function createApiKeyOver(baseUrl: string, cookie: string, scopes: string[], name = `key ${scopes.join('+')}`): Promise<{ id: string; key: string }> {
  const response = await api(baseUrl, cookie, 'POST', '/api-keys', { name, scopes });
  if (response.status !== 201) throw new Error(`api key: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; key: string };
}
