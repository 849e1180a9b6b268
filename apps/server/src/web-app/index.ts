import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { bytesOf } from './bytes.js';

export interface WebAppOptions {
  /** The built web app (Vite's `dist`): `index.html` plus hashed files under `assets/`. */
  root: string;
  /** Path prefixes that belong to the server, never to the web app. */
  reservedPrefixes?: readonly string[];
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
export function serveWebApp({ root, reservedPrefixes = ['/api/', '/collab/'] }: WebAppOptions): MiddlewareHandler {
  const base = resolve(root);
  return async function webAppMiddleware(c, next) {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || reservedPrefixes.some((prefix) => path.startsWith(prefix) || `${path}/` === prefix)) {
      return next();
    }
    const file = await findFile(base, path);
    if (file) return sendFile(c, file, path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
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

async function sendFile(c: Parameters<MiddlewareHandler>[0], file: string, cacheControl: string): Promise<Response> {
  const body = bytesOf(await readFile(file));
  c.header('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  c.header('Cache-Control', cacheControl);
  c.header('X-Content-Type-Options', 'nosniff');
  return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(body, 200);
}
