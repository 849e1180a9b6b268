import { hash } from 'node:crypto';
import type { Sha256Hex } from '../plan/cache-key.js';

/**
 * SHA-256 hex of a text's UTF-8 bytes by node:crypto: the same digest as `@pc/graph`'s
 * pure-JS `sha256Hex` (which the planner keeps for the browser), ~10× less CPU for a cache
 * key's few hundred bytes. The server's planner keys with it.
 */
export const nativeSha256Hex: Sha256Hex = (text) => hash('sha256', text, 'hex');
