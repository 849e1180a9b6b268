import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The CLI as a user runs it: the built bundle in a child process, with its own config
 * folder, so tests see real exit codes, stdout/stderr and file permissions.
 */

const cliDir = fileURLToPath(new URL('..', import.meta.url));

/** Builds the bundle to `outfile` (relative to apps/cli); each test file its own, so parallel files never share a half-written one. */
export function buildCli(outfile: string): string {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: cliDir, encoding: 'utf8', env: { ...process.env, BUILD_OUTFILE: outfile } });
  if (build.status !== 0) throw new Error(`cli build failed:\n${build.stdout}${build.stderr}`);
  return join(cliDir, outfile);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  stdin?: string;
  timeoutMs?: number;
}

export interface Cli {
  configDir: string;
  run(args: string[], options?: RunOptions): Promise<CliResult>;
  /** Starts a command and returns at once: its output so far, and its result. */
  start(args: string[], options?: RunOptions): { stderr: () => string; result: Promise<CliResult> };
}

/** A user of `bundle` with an empty config folder and no PCANVAS_* variables unless given. */
export async function cliUser(bundle: string): Promise<Cli> {
  const configDir = await mkdtemp(join(tmpdir(), 'pcanvas-user-'));
  const { PCANVAS_URL: _url, PCANVAS_API_KEY: _key, ...inherited } = process.env;
  const start = (args: string[], { env = {}, stdin, timeoutMs = 150_000 }: RunOptions = {}) => {
    const child = spawn(process.execPath, [bundle, ...args], { env: { ...inherited, PCANVAS_CONFIG_DIR: configDir, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const result = new Promise<CliResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`pcanvas ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
      }, timeoutMs);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
    child.stdin.end(stdin ?? '');
    return { stderr: () => stderr, result };
  };
  return { configDir, start, run: (args, options) => start(args, options).result };
}
