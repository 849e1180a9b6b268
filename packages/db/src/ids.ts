import { randomBytes } from 'node:crypto';

/** Crockford's base32, lower case: no i, l, o or u, so ids read back unambiguously. */
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new graph id: `gr_` and 16 base32 characters (80 random bits). No `:` because ids
 * become parts of queue job ids; the prefix tells an id's kind in logs and URLs.
 */
export const newGraphId = (): string => `gr_${randomBase32(16)}`;

/** Matches ids made by {@link newGraphId}. */
export const isGraphId = (value: string): boolean => /^gr_[0-9a-hjkmnp-tv-z]{16}$/.test(value);

/** A new user id: `us_` and 16 base32 characters. */
export const newUserId = (): string => `us_${randomBase32(16)}`;

/** A new workspace id: `ws_` and 16 base32 characters. */
export const newWorkspaceId = (): string => `ws_${randomBase32(16)}`;

/** A new API key id (the record's id, not the secret): `ak_` and 16 base32 characters. */
export const newApiKeyId = (): string => `ak_${randomBase32(16)}`;

/** A new workspace back-end id: `be_` and 16 base32 characters. */
export const newBackendId = (): string => `be_${randomBase32(16)}`;

/** `length` random base32 characters (5 bits each): for ids and secrets alike. */
export function randomBase32(length: number): string {
  // Masking a uniform byte to 5 bits keeps every character uniform (32 divides 256).
  return Array.from(randomBytes(length), (byte) => BASE32[byte & 31]).join('');
}

/**
 * A new run id: `run` and 20 base32 characters (100 random bits). Fixed length and no
 * `_` or `:`, so the queue job id `${runId}_${nodeId}_${attempt}` is unambiguous.
 */
export const newRunId = (): string => `run${randomBase32(20)}`;

/** Matches ids made by {@link newRunId}. */
export const isRunId = (value: string): boolean => /^run[0-9a-hjkmnp-tv-z]{20}$/.test(value);

/** A new batch id: `bat` and 20 base32 characters (fixed length, no `_` or `:`, like run ids). */
export const newBatchId = (): string => `bat${randomBase32(20)}`;

/** Matches ids made by {@link newBatchId}. */
export const isBatchId = (value: string): boolean => /^bat[0-9a-hjkmnp-tv-z]{20}$/.test(value);

/** A new webhook delivery id (`PC-Delivery`): `whd` and 20 base32 characters. */
export const newWebhookDeliveryId = (): string => `whd${randomBase32(20)}`;
