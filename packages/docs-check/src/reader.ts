import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocBlock } from './doc-blocks.js';

/*
 * A reader on a fresh machine: one working folder and home for every page, and the shell
 * variables a page sets (BASE, PC_KEY, ID …) carried to the next block, as in one terminal.
 * Blocks run as written; only the docs' `http://localhost:3000` becomes the server's URL.
 */

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const DOCUMENTED_ORIGIN = /http:\/\/localhost:3000/g;
const ANSWER = /^docs-check: (\d{3}) (\S+) (\S+)$/gm;

export interface BlockOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every HTTP answer the block's curls got. */
  answers: { status: number; method: string; url: string }[];
  /** What the block's n-th curl call printed (1-based), to compare with an answer the page shows. */
  printed(call: number): Promise<string>;
}

export interface Reader {
  readonly cwd: string;
  readonly home: string;
  runShell(block: DocBlock, options: { timeoutMs: number; cwd?: string }): Promise<BlockOutcome>;
  runTypeScript(block: DocBlock, timeoutMs: number): Promise<BlockOutcome>;
  saveFile(name: string, content: string | Uint8Array): Promise<void>;
  /** A request as the reader would send it with their key, to a path written with their variables (`/api/v1/batches/$BATCH`). */
  request(method: string, path: string): Promise<Response>;
  /** Removes the reader's folders (work, home, variables). */
  dispose(): Promise<void>;
}

/** Names a block assigns at the start of a command (`NAME=…`, `export NAME=…`, `…; NAME=…`), to hand to the next block. */
export function getAssignedNames(script: string): string[] {
  const names = new Set<string>();
  for (const match of script.matchAll(/(?:^|;)\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/gm)) names.add(match[1]!);
  return [...names];
}

export async function createReader(serverUrl: string, realCurl: string): Promise<Reader> {
  const root = await mkdtemp(join(tmpdir(), 'pc-docs-reader-'));
  const cwd = join(root, 'work');
  const home = join(root, 'home');
  // Inside the package's node_modules: `@pc/sdk`, `yjs` and `y-websocket` resolve from there, and lint and git leave it alone.
  const scripts = join(packageDir, 'node_modules/.docs-check');
  await Promise.all([mkdir(cwd), mkdir(home), mkdir(scripts, { recursive: true })]);
  const state = join(root, 'state.sh');
  const bodies = join(root, 'bodies');
  await writeFile(state, '');
  const localize = (text: string) => text.replace(DOCUMENTED_ORIGIN, serverUrl);
  const env = {
    ...withoutReaderVariables(process.env),
    HOME: home,
    PATH: `${join(packageDir, 'shims')}:${join(home, '.local/bin')}:${process.env['PATH'] ?? ''}`,
    DOCS_CHECK_CURL: realCurl,
    DOCS_CHECK_STATE: state,
    DOCS_CHECK_BODIES: bodies,
  };
  const runFresh = async (args: string[], cwd: string, timeoutMs: number) => {
    // Each block numbers its curl calls from 1.
    await rm(bodies, { recursive: true, force: true });
    await mkdir(bodies);
    return run('bash', ['--noprofile', '--norc', ...args], { cwd, env }, timeoutMs, bodies);
  };
  const expand = async (text: string) => {
    const outcome = await runFresh(['-c', `set -u; source "$DOCS_CHECK_STATE"; printf '%s\\n' "${text}" "$PC_KEY"`], cwd, 10_000);
    if (outcome.code !== 0) throw new Error(`cannot expand ${text}: ${outcome.stderr}`);
    const [expanded = '', key = ''] = outcome.stdout.split('\n');
    return { expanded, key };
  };
  const slug = (block: DocBlock) => `${block.page.replace(/\W+/g, '-')}-${block.line}`;

  return {
    cwd,
    home,
    async runShell(block, { timeoutMs, cwd: blockCwd = cwd }) {
      const script = join(scripts, `${slug(block)}.sh`);
      const names = getAssignedNames(block.text);
      await writeFile(
        script,
        [
          'set -euo pipefail',
          'source "$DOCS_CHECK_STATE"',
          localize(block.text),
          // Only a block that ran to its end hands its variables on.
          names.length > 0 ? `{ declare -p ${names.join(' ')} 2>/dev/null || true; } >> "$DOCS_CHECK_STATE"` : '',
        ].join('\n'),
      );
      return runFresh([script], blockCwd, timeoutMs);
    },
    async runTypeScript(block, timeoutMs) {
      const file = join(scripts, `${slug(block)}.mts`);
      await writeFile(file, localize(block.text));
      const tsx = join(packageDir, 'node_modules/.bin/tsx');
      return runFresh(['-c', `source "$DOCS_CHECK_STATE" && exec "${tsx}" "${file}"`], cwd, timeoutMs);
    },
    // Text as an editor saves it (a final newline); a binary file (a PDF) byte for byte.
    saveFile: (name, content) => writeFile(join(cwd, name), typeof content === 'string' ? `${content}\n` : content),
    async request(method, path) {
      const { expanded, key } = await expand(path);
      return fetch(`${serverUrl}${expanded}`, { method, headers: { authorization: `Bearer ${key}` } });
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** The reader starts without the variables the docs tell them to set, so a page that forgets one fails. */
function withoutReaderVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !/^(PCANVAS_|PC_|BASE$|AUTH$|DATABASE_URL$|REDIS_URL$)/.test(name)) kept[name] = value;
  }
  return kept;
}

function run(command: string, args: string[], options: { cwd: string; env: Record<string, string> }, timeoutMs: number, bodies: string): Promise<BlockOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A block that waits forever (an event stream that never ends) is a failure, with its whole process group.
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${timeoutMs} ms)`;
      process.kill(-child.pid!, 'SIGKILL');
    }, timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      const answers = [...stderr.matchAll(ANSWER)].map((match) => ({ status: Number(match[1]), method: match[2]!, url: match[3]! }));
      resolve({ code, stdout, stderr, answers, printed: (call) => readFile(join(bodies, String(call)), 'utf8') });
    });
  });
}
