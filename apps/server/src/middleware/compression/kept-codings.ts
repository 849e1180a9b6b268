import type { Context } from 'hono';
import { COMPRESSION_THRESHOLD_BYTES, compressBytes, negotiateCoding, type ContentCoding } from './encoding.js';

type Copy = Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>;

export interface KeptCodings {
  /**
   * A 200 of `bytes`, an answer the caller keeps and sends many times, in the coding the
   * request accepts (identity when it accepts none or the answer is too small to gain, as
   * the compression middleware decides; the middleware leaves a coded answer alone). The
   * caller sets `Vary: Accept-Encoding`, on its 304s too.
   */
  send(c: Context, bytes: Uint8Array<ArrayBuffer>, contentType: string): Response | Promise<Response>;
}

/**
 * Compressed copies of kept answers (the graph list's cached pages): each answer is
 * compressed once per coding, by the first request that asks for that coding (the requests
 * that ask meanwhile share its compression), not by the compression middleware on every
 * request that sends `Accept-Encoding` — for a 4 KB list that was most of its CPU.
 *
 * Copies are keyed by the answer's own bytes, held weakly: a copy lives exactly as long as
 * the answer it was made from, and an answer replaced because something it shows changed
 * (new bytes) starts with none. The codings are invalidated with the cache that holds the
 * answer, by the same events, and need no invalidation of their own.
 */
export function createKeptCodings(): KeptCodings {
  const kept = new WeakMap<Uint8Array, Map<ContentCoding, Copy>>();
  const copyOf = (bytes: Uint8Array<ArrayBuffer>, coding: ContentCoding): Copy => {
    let copies = kept.get(bytes);
    if (!copies) kept.set(bytes, (copies = new Map()));
    const copy = copies.get(coding);
    if (copy) return copy;
    const compressing = compressBytes(bytes, coding).then(
      (coded) => {
        copies.set(coding, coded);
        return coded;
      },
      (error: unknown) => {
        copies.delete(coding);
        throw error;
      },
    );
    copies.set(coding, compressing);
    return compressing;
  };
  return {
    send(c, bytes, contentType) {
      const coding = bytes.byteLength < COMPRESSION_THRESHOLD_BYTES ? undefined : negotiateCoding(c.req.header('Accept-Encoding'));
      if (!coding) return c.body(bytes, 200, { 'Content-Type': contentType });
      const send = (coded: Uint8Array<ArrayBuffer>) => c.body(coded, 200, { 'Content-Type': contentType, 'Content-Encoding': coding });
      const copy = copyOf(bytes, coding);
      return copy instanceof Uint8Array ? send(copy) : copy.then(send);
    },
  };
}
