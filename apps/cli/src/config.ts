import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { CliError, EXIT } from './exit-codes.js';
import { apiKeyOption, parseOption } from './options.js';

export const storedConfigSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  apiKey: z.string().min(1).max(512),
});
export type StoredConfig = z.infer<typeof storedConfigSchema>;

/**
 * Where `pcanvas login` keeps the server URL and key: `$PCANVAS_CONFIG_DIR`, else the
 * platform's per-user config folder (XDG on Linux, Application Support on macOS, %APPDATA%).
 */
export function configFile(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env['PCANVAS_CONFIG_DIR']) return join(env['PCANVAS_CONFIG_DIR'], 'config.json');
  const home = homedir();
  const base =
    platform === 'win32'
      ? (env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env['XDG_CONFIG_HOME'] ?? join(home, '.config'));
  return join(base, 'pcanvas', 'config.json');
}

export async function readStoredConfig(file = configFile()): Promise<StoredConfig | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = storedConfigSchema.safeParse(safeJson(text));
  if (!parsed.success) throw new CliError(`${file} is not a valid pcanvas config; run \`pcanvas login\` again.`, EXIT.usage);
  return parsed.data;
}

/** Written owner-only (0600, folder 0700): the file holds a secret. Replaced atomically. */
export async function writeStoredConfig(config: StoredConfig, file = configFile()): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}

export interface Credentials {
  url: string;
  apiKey: string;
}

/** `PCANVAS_URL` / `PCANVAS_API_KEY` override the stored login, each on its own. */
export async function resolveCredentials(env: NodeJS.ProcessEnv = process.env): Promise<Credentials> {
  const stored = await readStoredConfig(configFile(env));
  const url = env['PCANVAS_URL'] || stored?.url;
  const apiKey = env['PCANVAS_API_KEY'] || stored?.apiKey;
  if (!url || !apiKey) throw new CliError('Not logged in: run `pcanvas login --url <server> --api-key <key>` or set PCANVAS_URL and PCANVAS_API_KEY.', EXIT.auth);
  if (!storedConfigSchema.shape.url.safeParse(url).success) throw new CliError(`PCANVAS_URL is not an http(s) URL: ${url}`, EXIT.usage);
  parseOption(apiKeyOption, apiKey, env['PCANVAS_API_KEY'] ? 'PCANVAS_API_KEY' : 'the stored API key');
  return { url, apiKey };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
