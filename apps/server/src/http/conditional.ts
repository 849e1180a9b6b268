import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/**
 * Whether `If-None-Match` already names this entity tag: `*`, or one of its comma-separated
 * tags compared weakly (RFC 9110 §13.1.2 asks for the weak comparison on GET, so `W/"x"`
 * matches `"x"`).
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const wanted = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === wanted);
}

/** A strong ETag of these bytes (SHA-256, 128 bits as base64url: short, collision-free in practice). */
export const contentEtag = (bytes: string | Uint8Array): string => `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`;

/**
 * A JSON representation without a stored version, serialised and encoded once (a cached
 * one is sent as is, never encoded again), with the hash of its bytes as ETag.
 */
export interface JsonEntity {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

export const jsonEntity = (body: unknown): JsonEntity => {
  const bytes = new TextEncoder().encode(JSON.stringify(body)) as Uint8Array<ArrayBuffer>;
  return { bytes, etag: contentEtag(bytes) };
};

/**
 * Answers a GET whose representation is a JSON value without a stored version: the ETag
 * is the hash of the serialised body, and a matching `If-None-Match` gets a bodiless 304.
 * `Cache-Control` defaults to "keep, but revalidate every time".
 */
export function conditionalJson(c: Context, body: unknown, cacheControl = 'private, no-cache'): Response {
  return conditionalEntity(c, jsonEntity(body), cacheControl);
}

/** {@link conditionalJson} for an entity serialised before (a cached one). */
export function conditionalEntity(c: Context, { bytes, etag }: JsonEntity, cacheControl = 'private, no-cache'): Response {
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  if (ifNoneMatchHits(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  return c.body(bytes, 200, { 'Content-Type': 'application/json' });
}
