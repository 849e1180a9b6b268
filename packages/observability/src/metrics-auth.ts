import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * True when an `Authorization` header carries `Bearer <token>`. Compared as SHA-256
 * digests in constant time, so neither the token's length nor its prefix leaks.
 */
export function metricsBearerAuthorized(header: string | null | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}
