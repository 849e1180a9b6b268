import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { contentEtag, ifNoneMatchHits } from '../http/conditional.js';
import { isCompressible, negotiateCoding } from '../middleware/compression/index.js';
import { createAssetCache, type CachedAsset } from './asset-cache.js';
import { bytesOf } from './bytes.js';

export interface WebAppOptions {
  /** The built web app (Vite's `dist`): `index.html` plus hashed files under `assets/`. */
  root: string;
  /** Path prefixes that belong to the server, never to the web app. */
  reservedPrefixes?: readonly string[];
  /** Hashed assets smaller than this are sent as they are. */
  compressThresholdBytes?: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Vite puts a content hash in every name under assets/: such a file never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files, so it is revalidated on every load. */
const REVALIDATE = 'no-cache';

/** Whether there is a built web app to serve at `root`. */
export const hasWebApp = (root: string): boolean => existsSync(join(root, 'index.html'));

/**
 * Serves the built web app on the API's port. A GET for a file under `root` gets the
 * file; any other GET outside the reserved prefixes gets `index.html`, so client-side
 * routes (`/graphs/gr_…`) load the app. A missing `/assets/*` file is a 404, never HTML
 * (a stale tab asking for an old chunk must fail loudly, not parse HTML as JS).
 */
export function serveWebApp({ root, reservedPrefixes = ['/api/', '/collab/'], compressThresholdBytes = 1024 }: WebAppOptions): MiddlewareHandler {
  const base = resolve(root);
  const assets = createAssetCache();
  return async function webAppMiddleware(c, next) {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || reservedPrefixes.some((prefix) => path.startsWith(prefix) || `${path}/` === prefix)) {
      return next();
    }
    const file = await findFile(base, path);
    if (file && path.startsWith('/assets/')) return sendAsset(c, file, await assets.get(file), compressThresholdBytes);
    if (file) return sendFile(c, file, REVALIDATE);
    if (path.startsWith('/assets/')) return next();
    return sendFile(c, join(base, 'index.html'), REVALIDATE);
  };
}

/** The file a URL path names under `base`, or undefined (missing, a directory, or outside `base`). */
async function findFile(base: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const candidate = resolve(base, `.${decoded}`);
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  return info?.isFile() ? candidate : undefined;
}

type WebContext = Parameters<MiddlewareHandler>[0];

/** Headers every file gets; true when `If-None-Match` makes the answer a 304. */
function describeFile(c: WebContext, file: string, cacheControl: string, etag: string): boolean {
  c.header('Content-Type', contentTypeOf(file));
  c.header('Cache-Control', cacheControl);
  c.header('ETag', etag);
  c.header('X-Content-Type-Options', 'nosniff');
  return ifNoneMatchHits(c.req.header('If-None-Match'), etag);
}

const contentTypeOf = (file: string) => CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** index.html and other unhashed files: read each time (a rebuild changes them), revalidated by ETag. */
async function sendFile(c: WebContext, file: string, cacheControl: string): Promise<Response> {
  const body = bytesOf(await readFile(file));
  if (describeFile(c, file, cacheControl, contentEtag(body))) return c.body(null, 304);
  return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(body, 200);
}

/** A hashed asset from memory, compressed once per coding (the compression middleware skips coded bodies). */
async function sendAsset(c: WebContext, file: string, asset: CachedAsset, thresholdBytes: number): Promise<Response> {
  if (describeFile(c, file, IMMUTABLE, asset.etag)) return c.body(null, 304);
  if (c.req.method === 'HEAD') return c.body(null, 200);
  if (!isCompressible(contentTypeOf(file)) || asset.bytes.byteLength < thresholdBytes) return c.body(asset.bytes, 200);
  const coding = negotiateCoding(c.req.header('Accept-Encoding'));
  c.header('Vary', 'Accept-Encoding');
  if (!coding) return c.body(asset.bytes, 200);
  c.header('Content-Encoding', coding);
  return c.body(await asset.coded(coding), 200);
}
