import type { MiddlewareHandler } from 'hono';
import { stageMiddleware, type Stage } from '../edge/index.js';
import { COMPRESSION_THRESHOLD_BYTES, compressBytes, isCompressible, negotiateCoding, varyOnAcceptEncoding, type CompressionLevel } from './encoding.js';

export { COMPRESSION_THRESHOLD_BYTES, compressBytes, isCompressible, negotiateCoding, varyOnAcceptEncoding, type ContentCoding, type CompressionLevel } from './encoding.js';
export { createKeptCodings, type KeptCodings } from './kept-codings.js';

export interface CompressionOptions {
  /** Bodies smaller than this go out as they are: the codings' framing would eat the gain. */
  thresholdBytes?: number;
  level?: CompressionLevel;
}

/**
 * gzip or brotli for text-like responses (JSON, problem+json, HTML, JS, CSS, SVG), as the
 * client's `Accept-Encoding` allows. Never for `text/event-stream` (buffering would hold
 * events back), images and other already-compressed media, HEAD, 204/206/304, bodies that
 * already carry a coding (the web app's cached assets) or `Cache-Control: no-transform`.
 *
 * The ETag is kept as it is: graph ETags are revisions that `If-Match` must match exactly
 * whatever coding the GET used, and `Vary: Accept-Encoding` keeps caches from mixing codings.
 * A route that sends its own coded bytes (GET /graphs/{id} keeps them per revision, the graph
 * list per cached page: kept-codings.ts) sets `Content-Encoding` and `Vary` itself and is left
 * alone.
 */
export function compression(options: CompressionOptions = {}): MiddlewareHandler {
  return stageMiddleware(compressionStage(options));
}

/** {@link compression} as a stage of the edge middleware. */
export const compressionStage = ({ thresholdBytes = COMPRESSION_THRESHOLD_BYTES, level }: CompressionOptions = {}): Stage<void> => ({
  async after(c) {
    const res = c.res;
    // `res.body` only once a coding is chosen: reading it turns @hono/node-server's light
    // Response into a web Response whose body is then streamed out, instead of written in
    // one go (≈ 10 % of a cached GET's CPU when no coding was asked for).
    if (c.req.method === 'HEAD' || res.status === 204 || res.status === 206 || res.status === 304) return;
    if (res.headers.has('Content-Encoding') || !isCompressible(res.headers.get('Content-Type'))) return;
    if (/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(res.headers.get('Cache-Control') ?? '')) return;
    varyOnAcceptEncoding(res.headers);
    const declaredLength = res.headers.get('Content-Length');
    if (declaredLength !== null && Number(declaredLength) < thresholdBytes) return;
    const coding = negotiateCoding(c.req.header('Accept-Encoding'));
    if (!coding || !res.body) return;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength < thresholdBytes) {
      c.res = new Response(bytes, res);
      return;
    }
    c.res = new Response(await compressBytes(bytes, coding, level), res);
    // Hono's setter copies the old headers back: fix the length and coding after it.
    c.res.headers.delete('Content-Length');
    c.res.headers.set('Content-Encoding', coding);
  },
});
