/*
 * A small S3-speaking HTTP server for tests: path-style PUT, GET and HEAD of objects in
 * one bucket, kept in memory. Every request must carry a valid AWS Signature Version 4
 * (header form) for the configured key pair, region and service `s3`: the canonical
 * request, string to sign and signing key are rebuilt here from the spec, independently
 * of the client's signer, and the body must hash to `x-amz-content-sha256`.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, startFakeServer, type FakeServerBase } from '@pc/functions/testing';

export interface FakeS3Options {
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface FakeS3 extends FakeServerBase {
  /** Stored objects by key (without the bucket). */
  objects: Map<string, { bytes: Uint8Array; contentType: string }>;
  /** Requests refused for a bad signature, by S3 error code. */
  refused: string[];
}

const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

// RFC 3986 unreserved characters stay; everything else is %XX (upper-case), as SigV4 wants.
const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

const sendError = (response: ServerResponse, status: number, code: string, message: string) => {
  response.writeHead(status, { 'content-type': 'application/xml' });
  response.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
};

/** Why a request's signature is not valid, or undefined when it is. */
const signatureProblem = (request: IncomingMessage, url: URL, body: Buffer, options: FakeS3Options): { code: string; message: string } | undefined => {
  const authorization = request.headers.authorization ?? '';
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(authorization);
  if (!match) return { code: 'AccessDenied', message: 'missing or malformed Authorization' };
  const [, accessKeyId, date, region, service, signedHeaderList, signature] = match as unknown as string[];
  if (accessKeyId !== options.accessKeyId) return { code: 'InvalidAccessKeyId', message: 'unknown access key' };
  if (region !== options.region || service !== 's3') return { code: 'AuthorizationHeaderMalformed', message: `wrong scope ${region}/${service}` };
  const amzDate = String(request.headers['x-amz-date'] ?? '');
  if (!amzDate.startsWith(date as string)) return { code: 'AccessDenied', message: 'x-amz-date does not match the credential scope' };
  const signedAt = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  if (!(Math.abs(Date.now() - signedAt) < 15 * 60_000)) return { code: 'RequestTimeTooSkewed', message: 'the request time is too far off' };
  const payloadHash = String(request.headers['x-amz-content-sha256'] ?? '');
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256Hex(body)) return { code: 'XAmzContentSHA256Mismatch', message: 'the body does not match its hash' };
  const signedHeaders = (signedHeaderList as string).split(';');
  if (!signedHeaders.includes('host') || !signedHeaders.includes('x-amz-date')) return { code: 'AccessDenied', message: 'host and x-amz-date must be signed' };
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${String(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalQuery = [...url.searchParams]
    .map(([key, value]) => [encode(key), encode(value)])
    .sort(([a = '', x = ''], [b = '', y = '']) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const canonicalRequest = [request.method, url.pathname, canonicalQuery, canonicalHeaders, signedHeaderList, payloadHash].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${options.secretAccessKey}`, date as string), region as string), 's3'), 'aws4_request');
  const expected = createHmac('sha256', signingKey).update(stringToSign).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature as string, 'hex'))) return { code: 'SignatureDoesNotMatch', message: 'the signature does not match' };
  return undefined;
};

/** Starts the server on a free 127.0.0.1 port; objects live under `/<bucket>/<key>`. */
export async function startFakeS3(options: FakeS3Options): Promise<FakeS3> {
  const objects = new Map<string, { bytes: Uint8Array; contentType: string }>();
  const refused: string[] = [];
  const base = await startFakeServer(async (request, response, _route, url) => {
    const body = await readBody(request);
    const problem = signatureProblem(request, url, body, options);
    if (problem) {
      refused.push(problem.code);
      return sendError(response, 403, problem.code, problem.message);
    }
    const prefix = `/${options.bucket}/`;
    if (!url.pathname.startsWith(prefix)) return sendError(response, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    const key = decodeURIComponent(url.pathname.slice(prefix.length));
    if (request.method === 'PUT') {
      objects.set(key, { bytes: new Uint8Array(body), contentType: String(request.headers['content-type'] ?? 'application/octet-stream') });
      response.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
      return response.end();
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      const object = objects.get(key);
      if (!object) return sendError(response, 404, 'NoSuchKey', 'The specified key does not exist.');
      response.writeHead(200, { 'content-type': object.contentType, 'content-length': String(object.bytes.byteLength) });
      return response.end(request.method === 'GET' ? object.bytes : undefined);
    }
    return sendError(response, 405, 'MethodNotAllowed', `${request.method} is not supported here`);
  });
  return { ...base, objects, refused };
}
