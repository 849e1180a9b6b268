import { classifyIp, embeddedIpv4, formatIp, inRange, parseCidr, parseIp, type AddressClass, type AddressRange, type IpAddress } from './ip-address.js';

/*
 * Where a batch's webhook may point (SSRF): http(s) without credentials, to public addresses
 * only, unless the operator allows internal targets (WEBHOOK_ALLOW_PRIVATE). Checked on the
 * URL's text at submit, and on every resolved address at delivery (webhook-target/vet.ts).
 */

export interface WebhookTargetPolicy {
  /** Non-public addresses allowed anyway: none (the default), all, or those in these ranges. */
  allowPrivate: 'none' | 'all' | readonly AddressRange[];
}

export const PUBLIC_ONLY: WebhookTargetPolicy = { allowPrivate: 'none' };

/**
 * WEBHOOK_ALLOW_PRIVATE: unset, `0` or `false` → none; `1` or `true` → all; else a
 * comma-separated list of CIDRs or addresses (`127.0.0.1/32, 10.20.0.0/16, fd00::/8`).
 */
export function parseWebhookAllowPrivate(text: string | undefined): { ok: true; policy: WebhookTargetPolicy } | { ok: false; message: string } {
  const value = text?.trim() ?? '';
  if (value === '' || value === '0' || value === 'false') return { ok: true, policy: PUBLIC_ONLY };
  if (value === '1' || value === 'true') return { ok: true, policy: { allowPrivate: 'all' } };
  const ranges: AddressRange[] = [];
  for (const part of value.split(',')) {
    const parsed = parseCidr(part);
    if (!parsed) return { ok: false, message: `"${part.trim()}" is not an address or CIDR range: use 1, true, or a comma-separated list like 127.0.0.1/32,fd00::/8` };
    ranges.push(parsed);
  }
  return { ok: true, policy: { allowPrivate: ranges } };
}

const CLASS_NAMES: Record<Exclude<AddressClass, 'public'>, string> = {
  unspecified: 'an unspecified',
  loopback: 'a loopback',
  private: 'a private',
  'link-local': 'a link-local',
  'unique-local': 'a unique-local',
  multicast: 'a multicast',
  reserved: 'a reserved',
};

/** Why this address may not be a webhook target under the policy; undefined when it may. */
export function refusedAddress(ip: IpAddress, policy: WebhookTargetPolicy): string | undefined {
  const addressClass = classifyIp(ip);
  if (addressClass === 'public' || policy.allowPrivate === 'all') return undefined;
  if (policy.allowPrivate !== 'none') {
    const v4 = embeddedIpv4(ip);
    if (policy.allowPrivate.some((range) => inRange(ip, range) || (v4 !== undefined && inRange(v4, range)))) return undefined;
  }
  const v4 = embeddedIpv4(ip);
  const shown = v4 ? `${formatIp(ip)} (${formatIp(v4)})` : formatIp(ip);
  return `${shown} is ${CLASS_NAMES[addressClass]} address`;
}

/** `localhost`, `*.localhost` (RFC 6761), with or without the root's trailing dot. */
export const isLocalhostName = (hostname: string) => /(^|\.)localhost$/i.test(hostname.replace(/\.+$/, ''));
const LOOPBACK = parseIp('127.0.0.1')!;

export type WebhookUrlCheck =
  | { ok: true; url: URL; /** Set when the host is an address literal. */ ip: IpAddress | undefined }
  | { ok: false; message: string };

/**
 * The checks that need no DNS: scheme, credentials, and a host that is an address literal
 * (in any form the URL parser accepts: `0x7f.1`, `2130706433`, `[::ffff:7f00:1]` …) or a
 * localhost name. A host name passes here and is vetted when it is resolved, at delivery.
 */
export function checkWebhookUrl(text: string, policy: WebhookTargetPolicy): WebhookUrlCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'The webhook URL is not a valid URL.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: 'The webhook URL must be http:// or https://.' };
  if (url.username !== '' || url.password !== '') return { ok: false, message: 'The webhook URL must not carry a user name or password; authenticate the request by its PC-Signature.' };
  const ip = parseIp(url.hostname);
  const refusal = ip ? refusedAddress(ip, policy) : isLocalhostName(url.hostname) && refusedAddress(LOOPBACK, policy) ? `${url.hostname} is a loopback name` : undefined;
  if (refusal) return { ok: false, message: `The webhook URL's host ${refusal}: webhooks go to public addresses only.` };
  return { ok: true, url, ip };
}
