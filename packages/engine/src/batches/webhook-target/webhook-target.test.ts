import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { classifyIp, parseCidr, parseIp, type AddressClass } from './ip-address.js';
import { postPinned } from './pinned-post.js';
import { checkWebhookUrl, parseWebhookAllowPrivate, PUBLIC_ONLY, type WebhookTargetPolicy } from './policy.js';
import { vetWebhookTarget, type ResolveHost } from './vet.js';

const classes: [string, AddressClass][] = [
  ['8.8.8.8', 'public'],
  ['93.184.216.34', 'public'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.1', 'public'],
  ['192.168.1.1', 'private'],
  ['100.64.0.1', 'private'],
  ['169.254.169.254', 'link-local'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['255.255.255.255', 'reserved'],
  ['192.0.2.1', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['fc00::1', 'unique-local'],
  ['fd12:3456:789a::1', 'unique-local'],
  ['fec0::1', 'private'],
  ['ff02::1', 'multicast'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['0:0:0:0:0:ffff:a00:1', 'private'],
  ['::ffff:8.8.8.8', 'public'],
  ['64:ff9b::a9fe:a9fe', 'link-local'],
  ['2002:c0a8:0101::1', 'private'],
  ['2002:0808:0808::1', 'public'],
  ['::127.0.0.1', 'reserved'],
  ['2001:db8::1', 'reserved'],
  ['2001::1', 'reserved'],
  ['2606:4700:4700::1111', 'public'],
  ['2a00:1450:4001:82a::200e', 'public'],
  ['4000::1', 'reserved'],
];

describe('classifyIp', () => {
  it.each(classes)('%s is %s', (text, expected) => {
    const ip = parseIp(text);
    expect(ip).toBeDefined();
    expect(classifyIp(ip!)).toBe(expected);
  });

  it('parses only addresses', () => {
    for (const text of ['localhost', 'example.com', '127.1', '0x7f000001', '2130706433', '1.2.3.4.5', ':::1', '']) expect(parseIp(text)).toBeUndefined();
  });

  it('parses CIDRs and bare addresses, and rejects bad prefixes', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ family: 4, value: 10n << 24n, prefix: 8 });
    expect(parseCidr('::1')).toEqual({ family: 6, value: 1n, prefix: 128 });
    for (const text of ['10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/8/8', 'host/8', '10.0.0.0/-1']) expect(parseCidr(text)).toBeUndefined();
  });
});

describe('checkWebhookUrl', () => {
  const refused: [string, RegExp][] = [
    ['ftp://example.com/hook', /http:\/\/ or https:\/\//],
    ['file:///etc/passwd', /http:\/\/ or https:\/\//],
    ['https://user:pass@example.com/hook', /user name or password/],
    ['https://token@example.com/hook', /user name or password/],
    ['http://127.0.0.1:8080/hook', /127\.0\.0\.1 is a loopback address/],
    ['http://127.1/hook', /127\.0\.0\.1 is a loopback/],
    ['http://2130706433/hook', /127\.0\.0\.1 is a loopback/],
    ['http://0x7f000001/hook', /127\.0\.0\.1 is a loopback/],
    ['http://0177.0.0.1/hook', /127\.0\.0\.1 is a loopback/],
    ['http://0/hook', /0\.0\.0\.0 is an unspecified/],
    ['http://10.1.2.3/hook', /private/],
    ['http://169.254.169.254/latest/meta-data', /link-local/],
    ['http://[::1]/hook', /loopback/],
    ['http://[::]/hook', /unspecified/],
    ['http://[::ffff:127.0.0.1]/hook', /\(127\.0\.0\.1\) is a loopback/],
    ['http://[fd00::5]/hook', /unique-local/],
    ['http://[fe80::1]/hook', /link-local/],
    ['http://[ff02::1]/hook', /multicast/],
    ['http://224.0.0.251/hook', /multicast/],
    ['http://localhost:3000/hook', /localhost is a loopback name/],
    ['http://LOCALHOST./hook', /loopback name/],
    ['http://api.localhost/hook', /loopback name/],
    ['not a url', /not a valid URL/],
  ];
  it.each(refused)('refuses %s', (url, message) => {
    const checked = checkWebhookUrl(url, PUBLIC_ONLY);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });

  it.each(['https://example.com/hooks/canvas', 'http://8.8.8.8:8080/hook', 'https://[2606:4700:4700::1111]/hook', 'https://localhost.example.com/hook', 'https://internal/hook'])('accepts %s (names are vetted at delivery)', (url) => {
    expect(checkWebhookUrl(url, PUBLIC_ONLY).ok).toBe(true);
  });

  it('lets the allow-list through, and only what it lists', () => {
    const all = parseWebhookAllowPrivate('1');
    const listed = parseWebhookAllowPrivate(' 127.0.0.1/32 , 10.20.0.0/16,fd00::/8 ');
    if (!all.ok || !listed.ok) throw new Error('allow-lists should parse');
    expect(checkWebhookUrl('http://127.0.0.1:9/hook', all.policy).ok).toBe(true);
    expect(checkWebhookUrl('http://localhost:9/hook', all.policy).ok).toBe(true);
    expect(checkWebhookUrl('http://127.0.0.1:9/hook', listed.policy).ok).toBe(true);
    expect(checkWebhookUrl('http://[::ffff:127.0.0.1]/hook', listed.policy).ok).toBe(true);
    expect(checkWebhookUrl('http://localhost:9/hook', listed.policy).ok).toBe(true);
    expect(checkWebhookUrl('http://10.20.3.4/hook', listed.policy).ok).toBe(true);
    expect(checkWebhookUrl('http://[fd00::1]/hook', listed.policy).ok).toBe(true);
    expect(checkWebhookUrl('http://10.21.0.1/hook', listed.policy).ok).toBe(false);
    expect(checkWebhookUrl('http://127.0.0.2/hook', listed.policy).ok).toBe(false);
    expect(checkWebhookUrl('http://169.254.169.254/', listed.policy).ok).toBe(false);
    // Credentials and schemes are refused whatever the allow-list says.
    expect(checkWebhookUrl('http://a:b@127.0.0.1/hook', all.policy).ok).toBe(false);
    expect(checkWebhookUrl('gopher://127.0.0.1/hook', all.policy).ok).toBe(false);
  });

  it('parses WEBHOOK_ALLOW_PRIVATE', () => {
    expect(parseWebhookAllowPrivate(undefined)).toEqual({ ok: true, policy: PUBLIC_ONLY });
    expect(parseWebhookAllowPrivate('false')).toEqual({ ok: true, policy: PUBLIC_ONLY });
    expect(parseWebhookAllowPrivate('true')).toEqual({ ok: true, policy: { allowPrivate: 'all' } });
    expect(parseWebhookAllowPrivate('127.0.0.1/32,nonsense')).toMatchObject({ ok: false, message: expect.stringContaining('"nonsense"') });
    expect(parseWebhookAllowPrivate('yes')).toMatchObject({ ok: false });
  });
});

describe('vetWebhookTarget', () => {
  const resolver =
    (answers: Record<string, string[]>): ResolveHost =>
    async (hostname) => {
      const found = answers[hostname];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
  const dns = resolver({
    'hooks.example.com': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
    'rebind.example.com': ['93.184.216.34', '127.0.0.1'],
    'metadata.example.com': ['169.254.169.254'],
    'mapped.example.com': ['::ffff:10.0.0.7'],
  });

  it('pins the first address of a name whose every address is public', async () => {
    expect(await vetWebhookTarget('https://hooks.example.com/x', PUBLIC_ONLY, dns)).toMatchObject({ ok: true, address: '93.184.216.34', family: 4 });
  });

  it.each(['rebind.example.com', 'metadata.example.com', 'mapped.example.com'])('refuses %s: one of its addresses is not public', async (host) => {
    const vetted = await vetWebhookTarget(`https://${host}/x`, PUBLIC_ONLY, dns);
    expect(vetted).toMatchObject({ ok: false, refused: true, message: expect.stringMatching(new RegExp(`refused: ${host.replace(/\./g, '\\.')} resolves to`)) });
  });

  it('re-checks literals under the current policy, and keeps a failed lookup retryable', async () => {
    expect(await vetWebhookTarget('http://127.0.0.1:9/x', PUBLIC_ONLY, dns)).toMatchObject({ ok: false, refused: true });
    expect(await vetWebhookTarget('http://[::1]:9/x', { allowPrivate: 'all' }, dns)).toMatchObject({ ok: true, address: '::1', family: 6 });
    expect(await vetWebhookTarget('https://gone.example.com/x', PUBLIC_ONLY, dns)).toMatchObject({ ok: false, refused: false, message: expect.stringContaining('ENOTFOUND') });
  });

  it('allows a listed range for a resolved name only when all its addresses are listed', async () => {
    const policy: WebhookTargetPolicy = { allowPrivate: [parseCidr('127.0.0.1/32')!] };
    const both = resolver({ 'hooks.internal': ['127.0.0.1'], 'dual.internal': ['127.0.0.1', '::1'] });
    expect(await vetWebhookTarget('http://hooks.internal:9/x', policy, both)).toMatchObject({ ok: true, address: '127.0.0.1' });
    expect(await vetWebhookTarget('http://dual.internal:9/x', policy, both)).toMatchObject({ ok: false, refused: true, message: expect.stringContaining('loopback') });
  });
});

describe('postPinned', () => {
  it('connects to the vetted address, sends the name as Host, and does not follow redirects', async () => {
    const seen: { host: string | undefined; url: string | undefined; body: string }[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ host: request.headers.host, url: request.url, body });
        response.writeHead(seen.length === 1 ? 204 : 302, { Location: 'http://169.254.169.254/' }).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      // The name exists nowhere: only the pinned address gets the request there.
      const url = new URL(`http://hooks.pinned.invalid:${port}/hooks?x=1`);
      const post = { url, address: '127.0.0.1', family: 4 as const, headers: { 'Content-Type': 'application/json' }, body: '{"a":1}', timeoutMs: 5_000 };
      expect(await postPinned(post)).toBe(204);
      expect(seen[0]).toEqual({ host: `hooks.pinned.invalid:${port}`, url: '/hooks?x=1', body: '{"a":1}' });
      expect(await postPinned(post)).toBe(302);
      expect(seen).toHaveLength(2);
    } finally {
      server.close();
    }
  });
});
