import { createPcanvasClient, type PcanvasClient } from '@pc/sdk';
import { resolveCredentials } from './config.js';
import type { Output } from './output.js';

export const USER_AGENT = 'pcanvas-cli/0.1.0';

/** What every command gets: where to write, and a client built from the login or the environment. */
export interface CommandContext {
  out: Output;
  env: NodeJS.ProcessEnv;
  client(): Promise<PcanvasClient>;
}

export function createContext(out: Output, env: NodeJS.ProcessEnv = process.env): CommandContext {
  let client: PcanvasClient | undefined;
  return {
    out,
    env,
    client: async () => {
      if (!client) {
        const { url, apiKey } = await resolveCredentials(env);
        client = createPcanvasClient({ baseUrl: url, apiKey, headers: { 'User-Agent': USER_AGENT } });
      }
      return client;
    },
  };
}
