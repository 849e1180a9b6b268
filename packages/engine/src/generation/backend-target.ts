import type { LookupFunction } from 'node:net';
import { BackendConfigError, type BackendConfig } from '@pc/functions';
import { z } from 'zod';
import { classifyIp, embeddedIpv4, formatIp, parseCidr, parseIp } from '../batches/webhook-target/ip-address.js';
import { isLocalhostName, parseWebhookAllowPrivate, PUBLIC_ONLY, refusedAddress, type WebhookTargetPolicy } from '../batches/webhook-target/policy.js';
import { systemResolver, type ResolveHost } from '../batches/webhook-target/vet.js';

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
  /** Set when loopback back ends are allowed only because the server is reachable from this machine alone (BACKEND_ALLOW_PRIVATE unset). */
  thisMachineOnly?: true;
}

export const NO_BACKEND_ACCESS: BackendAccess = { policy: PUBLIC_ONLY, secretEnv: [] };

/** Loopback, IPv4 and IPv6: where a ComfyUI on the same machine listens. */
export const LOOPBACK_ONLY: WebhookTargetPolicy = { allowPrivate: [parseCidr('127.0.0.0/8')!, parseCidr('::1/128')!] };

/** A listening address (HOST) only this machine can connect to: a loopback address or a localhost name. */
export function isLoopbackHost(host: string): boolean {
  const ip = parseIp(host);
  return ip ? classifyIp(ip) === 'loopback' : isLocalhostName(host);
}

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

/**
 * {@link BackendAccess} from variables {@link backendAccessEnvVars} validated. BACKEND_ALLOW_PRIVATE
 * decides when set (`0`/`false` included); unset, a server that only this machine can reach
 * (`thisMachineOnly`: the `pnpm start` of a person trying the product) allows loopback back
 * ends — whoever can use it can already reach this machine's loopback services — and
 * anything else allows public addresses only. The worker never passes `thisMachineOnly`: it
 * runs only in scaled mode, where the server does not either, so both decide alike.
 */
export function backendAccessFrom(vars: z.infer<typeof backendAccessEnvVars>, { thisMachineOnly = false }: { thisMachineOnly?: boolean } = {}): BackendAccess {
  const names = parseBackendSecretEnv(vars.BACKEND_SECRET_ENV);
  const secretEnv = names.ok ? names.names : [];
  if (vars.BACKEND_ALLOW_PRIVATE === undefined && thisMachineOnly) return { policy: LOOPBACK_ONLY, secretEnv, thisMachineOnly: true };
  const policy = parseWebhookAllowPrivate(vars.BACKEND_ALLOW_PRIVATE);
  return { policy: policy.ok ? policy.policy : PUBLIC_ONLY, secretEnv };
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

/** The range that allows one address: itself, or the IPv4 address an IPv6 one carries. */
const rangeOf = (address: string): string => {
  const ip = parseIp(address)!;
  const v4 = ip.family === 4 ? ip : embeddedIpv4(ip);
  return v4 ? `${formatIp(v4)}/32` : `${address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')}/128`;
};

/** What the operator sets to allow `ranges`: the exact variable and value. */
const howToAllow = (ranges: string, policy: WebhookTargetPolicy): string =>
  Array.isArray(policy.allowPrivate)
    ? `to allow it, add ${ranges} to BACKEND_ALLOW_PRIVATE on the server and every worker`
    : `to allow it, set BACKEND_ALLOW_PRIVATE=${ranges} on the server and every worker`;

const refusalText = (host: string, why: string, ranges: string, policy: WebhookTargetPolicy) =>
  `the back end's host ${host} ${why}: back ends must be at public addresses unless BACKEND_ALLOW_PRIVATE allows it; ${howToAllow(ranges, policy)}`;

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
    return refusal ? refusalText(url.hostname, `is ${refusal.replace(/^.*? is /, '')}`, rangeOf(url.hostname), policy) : undefined;
  }
  if (isLocalhostName(url.hostname) && refusedAddress(parseIp('127.0.0.1')!, policy)) return refusalText(url.hostname, 'is a loopback name', '127.0.0.1/32,::1/128', policy);
  return undefined;
}

/**
 * Every check, before a back end is built (each run's first generation and each test): the
 * URL's text, then every address its host resolves to. Redirects are not followed
 * (`@pc/functions` http.ts), so the answer cannot send a request elsewhere; every connection
 * resolves its host again through {@link backendLookup}, so what is checked is what is reached.
 * @throws {BackendConfigError} with path `url` when refused.
 */
export async function vetBackendConfig(config: BackendConfig, access: BackendAccess): Promise<void> {
  const secret = refusedSecretEnv(config, access);
  if (secret) throw new BackendConfigError(`apiKey: ${secret}`, { path: 'apiKey' });
  await vetBackendUrl(config.url, access);
}

/**
 * One URL under the policy, its host resolved: the config's, or one an answer names (an
 * OpenAI-compatible result's image URL, through `createBackend`'s `checkUrl`). A name that
 * does not resolve passes: its connection fails on its own.
 * @throws {BackendConfigError} with path `url` when refused.
 */
export async function vetBackendUrl(text: string, access: BackendAccess): Promise<void> {
  const literal = refusedBackendUrl(text, access.policy);
  if (literal) throw new BackendConfigError(`url: ${literal}`, { path: 'url' });
  const { hostname } = new URL(text);
  if (parseIp(hostname)) return;
  const answers = await (access.resolve ?? systemResolver)(hostname).catch(() => []);
  const refused = refusedAnswer(hostname, answers, access.policy);
  if (refused) throw refused;
}

/** A BackendConfigError for the first address of `hostname` the policy refuses; undefined when none is. */
function refusedAnswer(hostname: string, answers: readonly { address: string }[], policy: WebhookTargetPolicy): BackendConfigError | undefined {
  for (const { address } of answers) {
    const ip = parseIp(address);
    const refusal = ip ? refusedAddress(ip, policy) : `${address}, not an address`;
    if (refusal) return new BackendConfigError(`url: ${refusalText(hostname, `resolves to ${refusal}`, ip ? rangeOf(address) : address, policy)}`, { path: 'url' });
  }
  return undefined;
}

/**
 * The `lookup` every back-end connection resolves its host with: the name is resolved, every
 * address vetted, and only vetted addresses are handed to the socket. A name that answers a
 * public address to {@link vetBackendConfig} and 127.0.0.1 to the connection (DNS rebinding)
 * is refused at the connection, with the same BackendConfigError. `Host`, SNI and the
 * certificate check keep the name. (Address literals never reach a lookup; their text was vetted.)
 */
export function backendLookup(access: BackendAccess): LookupFunction {
  const resolve = access.resolve ?? systemResolver;
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (answers) => {
        const refused = refusedAnswer(hostname, answers, access.policy);
        if (refused) return callback(refused, '', 0);
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
        const wanted = answers.filter((answer) => !family || answer.family === family);
        const first = wanted[0];
        if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
        if (options.all) callback(null, wanted);
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), '', 0),
    );
  };
}

/** `createBackend`'s `checkUrl` under this access. */
export const backendUrlCheck = (access: BackendAccess) => (url: URL) => vetBackendUrl(url.href, access);
