import { hash, randomBytes } from 'node:crypto';
import { randomBase32 } from '@pc/db';

/**
 * SHA-256 hex of a high-entropy secret: what the database stores instead of it. One-shot
 * `hash` (no Hash object per call: a quarter of createHash's cost, on every request).
 */
export const hashSecret = (secret: string): string => hash('sha256', secret, 'hex');

/** A new session token: 256 random bits, URL-safe, for the cookie. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** API keys start with this, so leaked keys are easy to recognise (and to scan for). */
export const API_KEY_PREFIX = 'pc_';
/** How much of a key stays visible in lists: `pc_` and 8 characters. */
const VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;

/** A new API key (`pc_` + 32 base32 characters: 160 random bits), its visible prefix and its hash. */
export function newApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = `${API_KEY_PREFIX}${randomBase32(32)}`;
  return { key, prefix: key.slice(0, VISIBLE_LENGTH), keyHash: hashSecret(key) };
}

/** Whether a bearer token looks like one of our keys (saves a database round trip for junk). */
export const isApiKeyShaped = (token: string): boolean => /^pc_[0-9a-hjkmnp-tv-z]{32}$/.test(token);
