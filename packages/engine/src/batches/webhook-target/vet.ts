import { lookup } from 'node:dns/promises';
import { parseIp } from './ip-address.js';
import { checkWebhookUrl, refusedAddress, type WebhookTargetPolicy } from './policy.js';

/** Every address a host name resolves to (`dns.lookup` with `all`: the system resolver, /etc/hosts included). */
export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: ResolveHost = (hostname) => lookup(hostname, { all: true });

export type VettedTarget =
  | { ok: true; url: URL; address: string; family: 4 | 6 }
  | { ok: false; /** The policy refused the URL: retrying cannot help. */ refused: boolean; message: string };

/**
 * The address a delivery connects to. The URL is checked again (the policy may have changed
 * since submit), then its host name resolved: if ANY address is refused the delivery is, so
 * a name that answers with a public address now and a private one on the next query (DNS
 * rebinding) gains nothing — the request is pinned to the vetted address (pinned-post.ts).
 */
export async function vetWebhookTarget(text: string, policy: WebhookTargetPolicy, resolve: ResolveHost = systemResolver): Promise<VettedTarget> {
  const checked = checkWebhookUrl(text, policy);
  if (!checked.ok) return { ok: false, refused: true, message: checked.message };
  const { url } = checked;
  if (checked.ip) return { ok: true, url, address: url.hostname.replace(/^\[|\]$/g, ''), family: checked.ip.family };
  let answers: { address: string; family: number }[];
  try {
    answers = await resolve(url.hostname);
  } catch (error) {
    return { ok: false, refused: false, message: `could not resolve ${url.hostname}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (answers.length === 0) return { ok: false, refused: false, message: `${url.hostname} has no address` };
  const refusal = refusedAnswer(answers, policy);
  if (refusal) return { ok: false, refused: true, message: `refused: ${url.hostname} resolves to ${refusal}; webhooks go to public addresses only` };
  const first = answers[0]!;
  return { ok: true, url, address: first.address, family: parseIp(first.address)!.family };
}

/** Why any of these addresses is refused under the policy (`10.0.0.5 is a private address`); undefined when none is. */
const refusedAnswer = (answers: { address: string }[], policy: WebhookTargetPolicy): string | undefined => {
  for (const answer of answers) {
    const ip = parseIp(answer.address);
    const refusal = ip ? refusedAddress(ip, policy) : `${answer.address}, not an address`;
    if (refusal) return refusal;
  }
  return undefined;
};
