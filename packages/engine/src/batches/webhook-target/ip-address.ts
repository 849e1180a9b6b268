import { isIPv4, isIPv6 } from 'node:net';

/*
 * IP addresses as numbers, their special-purpose ranges (IANA registries, RFC 6890), and
 * CIDR lists. No IO: the webhook target checks use it at submit and at delivery.
 */

export type IpFamily = 4 | 6;
export interface IpAddress {
  family: IpFamily;
  /** 32 or 128 bits. */
  value: bigint;
}

/** What a range is for; everything but `public` is refused as a webhook target unless allowed. */
export type AddressClass = 'public' | 'unspecified' | 'loopback' | 'private' | 'link-local' | 'unique-local' | 'multicast' | 'reserved';

export interface AddressRange {
  family: IpFamily;
  value: bigint;
  prefix: number;
}

const bits = (family: IpFamily) => (family === 4 ? 32 : 128);

function ipv4Value(text: string): bigint {
  return text.split('.').reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n);
}

function ipv6Value(text: string): bigint {
  let hex = text;
  // A dotted-quad tail (`::ffff:1.2.3.4`) becomes two hex groups.
  const lastColon = hex.lastIndexOf(':');
  const tail = hex.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = ipv4Value(tail);
    hex = `${hex.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = hex.split('::') as [string, string | undefined];
  const left = head === '' ? [] : head.split(':');
  const right = rest === undefined || rest === '' ? [] : rest.split(':');
  const groups = rest === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/**
 * An address from text: `127.0.0.1`, `::1`, `[::1]` (a URL's host), `fe80::1%eth0` (a zone,
 * dropped). Undefined for anything else — host names, and IPv4 forms other than four decimal
 * octets (the URL parser has already turned `0x7f.1` and `2130706433` into `127.0.0.1`).
 */
export function parseIp(text: string): IpAddress | undefined {
  let address = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = address.indexOf('%');
  if (zone >= 0) address = address.slice(0, zone);
  if (isIPv4(address)) return { family: 4, value: ipv4Value(address) };
  if (isIPv6(address)) return { family: 6, value: ipv6Value(address) };
  return undefined;
}

/** Dotted quad, or eight uncompressed hex groups (for messages). */
export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) return [24n, 16n, 8n, 0n].map((shift) => String((ip.value >> shift) & 0xffn)).join('.');
  return Array.from({ length: 8 }, (_, index) => ((ip.value >> BigInt(112 - index * 16)) & 0xffffn).toString(16)).join(':');
}

/** `10.0.0.0/8`, `fd00::/8`, or a bare address (`/32`, `/128`). Undefined when not one. */
export function parseCidr(text: string): AddressRange | undefined {
  const [address, prefixText, extra] = text.trim().split('/');
  if (extra !== undefined || address === undefined) return undefined;
  const ip = parseIp(address);
  if (!ip) return undefined;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? bits(ip.family) : Number(prefixText);
  if (prefix > bits(ip.family)) return undefined;
  return { family: ip.family, value: ip.value, prefix };
}

export function inRange(ip: IpAddress, range: AddressRange): boolean {
  if (ip.family !== range.family) return false;
  const shift = BigInt(bits(ip.family) - range.prefix);
  return ip.value >> shift === range.value >> shift;
}

const range = (cidr: string): AddressRange => {
  const parsed = parseCidr(cidr);
  if (!parsed) throw new Error(`bad built-in range ${cidr}`);
  return parsed;
};

/** First match wins; an IPv4 address in none of them is public. */
const IPV4_RANGES: [AddressRange, AddressClass][] = [
  [range('0.0.0.0/8'), 'unspecified'], // "this network"; 0.0.0.0 reaches the local host on Linux
  [range('10.0.0.0/8'), 'private'],
  [range('100.64.0.0/10'), 'private'], // carrier-grade NAT (shared address space)
  [range('127.0.0.0/8'), 'loopback'],
  [range('169.254.0.0/16'), 'link-local'], // includes the cloud metadata address 169.254.169.254
  [range('172.16.0.0/12'), 'private'],
  [range('192.0.0.0/24'), 'reserved'], // IETF protocol assignments
  [range('192.0.2.0/24'), 'reserved'], // documentation
  [range('192.88.99.0/24'), 'reserved'], // 6to4 relay anycast (deprecated)
  [range('192.168.0.0/16'), 'private'],
  [range('198.18.0.0/15'), 'reserved'], // benchmarking
  [range('198.51.100.0/24'), 'reserved'], // documentation
  [range('203.0.113.0/24'), 'reserved'], // documentation
  [range('224.0.0.0/4'), 'multicast'],
  [range('240.0.0.0/4'), 'reserved'], // future use and 255.255.255.255 broadcast
];

/** IPv6 ranges that carry an IPv4 address in their low 32 bits: that address decides. */
const IPV4_IN_IPV6: AddressRange[] = [
  range('::ffff:0:0/96'), // IPv4-mapped
  range('64:ff9b::/96'), // NAT64 well-known prefix
];
const SIX_TO_FOUR = range('2002::/16'); // the IPv4 address is bits 16–48

const IPV6_RANGES: [AddressRange, AddressClass][] = [
  [range('::/128'), 'unspecified'],
  [range('::1/128'), 'loopback'],
  [range('::/96'), 'reserved'], // IPv4-compatible (deprecated)
  [range('64:ff9b:1::/48'), 'reserved'], // local-use NAT64
  [range('100::/64'), 'reserved'], // discard-only
  [range('2001::/23'), 'reserved'], // IETF protocol assignments (Teredo, ORCHID …)
  [range('2001:db8::/32'), 'reserved'], // documentation
  [range('3fff::/20'), 'reserved'], // documentation
  [range('fc00::/7'), 'unique-local'],
  [range('fe80::/10'), 'link-local'],
  [range('fec0::/10'), 'private'], // site-local (deprecated)
  [range('ff00::/8'), 'multicast'],
];
/** Only 2000::/3 is allocated for global unicast: anything else left is not a public host. */
const GLOBAL_UNICAST = range('2000::/3');

/** The IPv4 address an IPv6 one stands for (mapped, NAT64, 6to4), if any. */
export function embeddedIpv4(ip: IpAddress): IpAddress | undefined {
  if (ip.family !== 6) return undefined;
  if (IPV4_IN_IPV6.some((r) => inRange(ip, r))) return { family: 4, value: ip.value & 0xffffffffn };
  if (inRange(ip, SIX_TO_FOUR)) return { family: 4, value: (ip.value >> 80n) & 0xffffffffn };
  return undefined;
}

export function classifyIp(ip: IpAddress): AddressClass {
  const v4 = ip.family === 4 ? ip : embeddedIpv4(ip);
  if (v4) return IPV4_RANGES.find(([r]) => inRange(v4, r))?.[1] ?? 'public';
  const found = IPV6_RANGES.find(([r]) => inRange(ip, r));
  if (found) return found[1];
  return inRange(ip, GLOBAL_UNICAST) ? 'public' : 'reserved';
}
