import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { ApiError, createPcanvasClient } from '@pc/sdk';
import { configFile, writeStoredConfig } from '../config.js';
import type { CommandContext } from '../context.js';
import { USER_AGENT } from '../context.js';
import { CliError, EXIT, usageError } from '../exit-codes.js';
import { apiKeyOption, parseOption, urlOption } from '../options.js';
import { note, printJson, printTable } from '../output.js';

/**
 * `pcanvas login`: checks the key against the server (GET /me) before storing anything, so
 * a typo never leaves a broken login behind.
 */
export async function login(context: CommandContext, options: { url?: string; apiKey?: string }): Promise<number> {
  const { out, env } = context;
  const url = parseOption(urlOption, options.url ?? env['PCANVAS_URL'] ?? (process.stdin.isTTY ? await ask('Server URL: ') : missingUrl()), '--url').replace(/\/+$/, '');
  const apiKey = (options.apiKey ?? env['PCANVAS_API_KEY'] ?? (await ask('API key: ', { secret: true }))).trim();
  if (!apiKey) throw usageError('An API key is required: create one in the web app (API keys, in its header) and pass --api-key.');
  parseOption(apiKeyOption, apiKey, '--api-key');
  const client = createPcanvasClient({ baseUrl: url, apiKey, headers: { 'User-Agent': USER_AGENT } });
  let me;
  try {
    me = await client.me();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw new CliError(`The server at ${url} does not accept this API key (revoked, expired or mistyped).`, EXIT.auth);
    throw error;
  }
  const file = configFile(env);
  await writeStoredConfig({ url, apiKey }, file);
  if (out.json) printJson(out, { url, user: me.user, configFile: file });
  else note(out, `Logged in to ${url} as ${me.user.email}. Saved to ${file}.`);
  return EXIT.ok;
}

const missingUrl = (): never => {
  throw usageError('Pass the server with --url (or PCANVAS_URL), e.g. --url http://localhost:3000.');
};

export async function whoami(context: CommandContext): Promise<number> {
  const client = await context.client();
  const me = await client.me();
  if (context.out.json) {
    printJson(context.out, { url: client.baseUrl, ...me });
    return EXIT.ok;
  }
  context.out.stdout.write(`${me.user.name} <${me.user.email}> on ${client.baseUrl}\n`);
  printTable(
    context.out,
    ['WORKSPACE', 'NAME', 'ROLE'],
    me.workspaces.map((workspace) => [workspace.id, workspace.name, workspace.role]),
  );
  return EXIT.ok;
}

/** Reads one line from stdin: a prompt on a terminal (not echoed for a secret), the piped value otherwise (`echo $KEY | pcanvas login`). */
async function ask(prompt: string, { secret = false }: { secret?: boolean } = {}): Promise<string> {
  if (process.stdin.isTTY) {
    // readline echoes through `output`: for a secret, a sink that drops everything keeps the key off the screen.
    if (secret) process.stderr.write(prompt);
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = createInterface({ input: process.stdin, output: secret ? sink : process.stderr, terminal: true });
    try {
      return await rl.question(secret ? '' : prompt);
    } finally {
      rl.close();
      if (secret) process.stderr.write('\n');
    }
  }
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}
