import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';

export interface PinnedPost {
  url: URL;
  /** The vetted address: the connection goes here whatever the name resolves to now. */
  address: string;
  family: 4 | 6;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

/**
 * POSTs `body` to `url` over a fresh connection to `address` (no pooled socket, no second
 * DNS query), with the URL's host in `Host` and, over https, in SNI and the certificate
 * check. Redirects are not followed: a 3xx is the answer. Resolves with the status.
 */
export function postPinned({ url, address, family, headers, body, timeoutMs }: PinnedPost): Promise<number> {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port === '' ? undefined : Number(url.port),
        path: `${url.pathname}${url.search}`,
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup,
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response: IncomingMessage) => {
        // Only the status matters; the receiver's body is not read.
        response.destroy();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
