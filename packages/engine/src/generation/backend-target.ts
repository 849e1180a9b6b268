import { BackendConfigError, type BackendConfig } from '@pc/functions';
import { z } from 'zod';
import { parseIp } from '../batches/webhook-target/ip-address.js';
import { isLocalhostName, parseWebhookAllowPrivate, PUBLIC_ONLY, refusedAddress, type WebhookTargetPolicy } from '../batches/webhook-target/policy.js';
import { resolveRefusal, systemResolver, type ResolveHost } from '../batches/webhook-target/vet.js';

/*
 * What a workspace owner's back-end config may make the server and workers do (SSRF and
 * secret exfiltration): the URL must reach a public address unless the operator allows
 * internal ones (BACKEND_ALLOW_PRIVATE), and `{env: NAME}` may name only the variables the
 * operator listed (BACKEND_SECRET_ENV) — otherwise any signed-up user could have
 * DATABASE_URL or SECRETS_KEY sent as a bearer token to a server of their own.
 */
export interface BackendAccess {
  /** Non-public addresses back ends may be at: none by default. */
  policy: WebhookTargetPolicy;
  /** The environment variables `{env}` secrets may name; none by default. */
  secretEnv: readonly string[];
  /** Host name → addresses; the system resolver by default (tests inject one). */
  resolve?: ResolveHost;
}

export const NO_BACKEND_ACCESS: BackendAccess = { policy: PUBLIC_ONLY, secretEnv: [] };

/** BACKEND_SECRET_ENV: a comma-separated list of variable names; unset or empty → none. */
export function parseBackendSecretEnv(text: string | undefined): { ok: true; names: string[] } | { ok: false; message: string } {
  const names = (text ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  const bad = names.find((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
  return bad === undefined ? { ok: true, names } : { ok: false, message: `"${bad}" is not an environment variable name` };
}

const checked = (parse: (text: string) => { ok: true } | { ok: false; message: string }) =>
  z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .superRefine((value, context) => {
        const parsed = parse(value);
        if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.message });
      })
      .optional(),
  );

/** The variables server and worker read (both must agree: the worker builds the back ends runs use). */
export const backendAccessEnvVars = z.object({
  BACKEND_ALLOW_PRIVATE: checked(parseWebhookAllowPrivate),
  BACKEND_SECRET_ENV: checked(parseBackendSecretEnv),
});

/** {@link BackendAccess} from variables {@link backendAccessEnvVars} validated. */
export function backendAccessFrom(vars: z.infer<typeof backendAccessEnvVars>): BackendAccess {
  const policy = parseWebhookAllowPrivate(vars.BACKEND_ALLOW_PRIVATE);
  const names = parseBackendSecretEnv(vars.BACKEND_SECRET_ENV);
  return { policy: policy.ok ? policy.policy : PUBLIC_ONLY, secretEnv: names.ok ? names.names : [] };
}

/** Only the listed variables of `env`: what `{env}` secrets resolve against. */
export const backendSecretEnv = (env: Record<string, string | undefined>, names: readonly string[]): Record<string, string | undefined> =>
  Object.fromEntries(names.map((name) => [name, env[name]]));

/** Why the config's `{env}` secret may not be used; undefined when it may (or there is none). */
export function refusedSecretEnv(config: { kind: string; apiKey?: unknown }, access: BackendAccess): string | undefined {
  const ref = config.apiKey;
  if (!ref || typeof ref !== 'object' || !('env' in ref) || typeof ref.env !== 'string') return undefined;
  if (access.secretEnv.includes(ref.env)) return undefined;
  return `${ref.env} is not a variable back-end secrets may name: the server's operator lists those in BACKEND_SECRET_ENV`;
}

const refusalText = (host: string, why: string) => `the back end's host ${host} ${why}: back ends must be at public addresses unless BACKEND_ALLOW_PRIVATE allows it`;

/** The checks without DNS (at save): an internal address literal or a localhost name is refused. */
export function refusedBackendUrl(text: string, policy: WebhookTargetPolicy): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not a valid URL';
  }
  if (url.username !== '' || url.password !== '') return 'the URL must not carry a user name or password';
  const ip = parseIp(url.hostname);
  if (ip) {
    const refusal = refusedAddress(ip, policy);
    return refusal ? refusalText(url.hostname, `is ${refusal.replace(/^.*? is /, '')}`) : undefined;
  }
  if (isLocalhostName(url.hostname) && refusedAddress(parseIp('127.0.0.1')!, policy)) return refusalText(url.hostname, 'is a loopback name');
  return undefined;
}

/**
 * Every check, before a back end is built (each run's first generation and each test): the
 * URL's text, then every address its host resolves to. Redirects are not followed
 * (`@pc/functions` http.ts), so the answer cannot send a request elsewhere.
 * @throws {BackendConfigError} with path `url` when refused.
 */
export async function vetBackendConfig(config: BackendConfig, access: BackendAccess): Promise<void> {
  const secret = refusedSecretEnv(config, access);
  if (secret) throw new BackendConfigError(`apiKey: ${secret}`, { path: 'apiKey' });
  await vetBackendUrl(config.url, access);
}

/**
 * One URL under the policy, its host resolved: the config's, or one an answer names (an
 * OpenAI-compatible result's image URL, through `createBackend`'s `checkUrl`).
 * @throws {BackendConfigError} with path `url` when refused.
 */
export async function vetBackendUrl(text: string, access: BackendAccess): Promise<void> {
  const literal = refusedBackendUrl(text, access.policy);
  if (literal) throw new BackendConfigError(`url: ${literal}`, { path: 'url' });
  const { hostname } = new URL(text);
  if (parseIp(hostname)) return;
  const refusal = await resolveRefusal(hostname, access.policy, access.resolve ?? systemResolver);
  if (refusal) throw new BackendConfigError(`url: ${refusalText(hostname, refusal)}`, { path: 'url' });
}

/** `createBackend`'s `checkUrl` under this access. */
export const backendUrlCheck = (access: BackendAccess) => (url: URL) => vetBackendUrl(url.href, access);
